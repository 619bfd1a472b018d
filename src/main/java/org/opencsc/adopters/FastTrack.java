package org.opencsc.adopters;

import org.opencsc.platform.Coded;

/** Why a family goes straight to stage two, with no stage one: they have been assessed before. */
public enum FastTrack implements Coded {
    FOSTER_CARERS("Approved foster carers"),
    PREVIOUS_ADOPTERS("Adopted before");

    private final String label;

    FastTrack(String label) {
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
