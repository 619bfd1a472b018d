package org.opencsc.platform;

/** No such record, or one this person may not know exists: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
