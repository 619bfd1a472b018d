package org.opencsc.protection;

import org.opencsc.platform.Coded;

/** Category of abuse on a child protection plan: the CIN census codes. */
public enum CategoryOfAbuse implements Coded {
    NEG("Neglect"),
    PHY("Physical abuse"),
    SAB("Sexual abuse"),
    EMO("Emotional abuse"),
    MUL("Multiple");

    private final String label;

    CategoryOfAbuse(String label) {
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
