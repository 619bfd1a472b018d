package org.opencsc.homeless;

import org.opencsc.platform.Coded;

/** Where the young person first asked for help: either must refer to children's services at once. */
public enum PresentedTo implements Coded {
    HOUSING("The housing service"),
    CHILDRENS_SERVICES("Children's services");

    private final String label;

    PresentedTo(String label) {
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
