package org.opencsc.adopters;

import org.opencsc.platform.Coded;

/** Whether a prospective adopter has a disability, as Annex A asks of each. */
public enum AdopterDisability implements Coded {
    YES("Has a disability"),
    NO("No disability"),
    NOT_KNOWN("Not known or not given");

    private final String label;

    AdopterDisability(String label) {
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
