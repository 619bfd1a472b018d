package org.opencsc.child;

/** The LA child ID given when none is typed: stable, unique and easy to read out on the phone. */
public final class LaChildId {

    private LaChildId() {
    }

    public static String forRecord(long personId) {
        return "C" + String.format("%07d", personId);
    }
}
