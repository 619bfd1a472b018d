package org.opencsc.child;

import org.opencsc.platform.Coded;

/** Who a person on the record is. */
public enum PersonKind implements Coded {
    CHILD("Child"),
    UNBORN("Unborn child"),
    FAMILY_MEMBER("Family member"),
    CARER("Carer");

    private final String label;

    PersonKind(String label) {
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

    public boolean isChild() {
        return this == CHILD || this == UNBORN;
    }
}
