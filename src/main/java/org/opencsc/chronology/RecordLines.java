package org.opencsc.chronology;

import java.util.List;
import java.util.Set;

/**
 * The lines one part of the record gives the chronology, read through that feature's public
 * service in one or a few queries for the whole child, never one per event.
 */
interface RecordLines {

    /** The key-event sources these lines describe in more detail, so the bare key event is not shown as well. */
    Set<String> describes();

    List<ChronologyLine> linesFor(KeyEvents keyEvents);
}
