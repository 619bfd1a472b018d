package org.opencsc.platform;

/** Someone else saved the record after this person opened it: their save must not overwrite it. */
public class RecordChangedException extends RuntimeException {

    public RecordChangedException(String what) {
        super(what + " was changed by someone else after you opened it");
    }
}
