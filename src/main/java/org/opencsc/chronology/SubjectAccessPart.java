package org.opencsc.chronology;

import java.util.List;
import org.opencsc.child.Person;
import org.opencsc.chronology.SubjectAccessDocument.Section;

/** The sections one part of the record gives a subject access document, read through that feature's public service. */
interface SubjectAccessPart {

    List<Section> sections(Person child);
}
