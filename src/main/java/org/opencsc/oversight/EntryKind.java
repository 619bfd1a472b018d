package org.opencsc.oversight;

import org.opencsc.platform.Coded;

/** What a manager records on a case: their own oversight of it, or a supervision discussion with the worker. */
public enum EntryKind implements Coded {
    OVERSIGHT("Management oversight"),
    SUPERVISION("Case supervision");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
