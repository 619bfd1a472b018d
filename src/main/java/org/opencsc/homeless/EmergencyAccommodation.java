package org.opencsc.homeless;

import org.opencsc.platform.Coded;

/**
 * Where a young person with nowhere safe to stay slept on the night they presented. Bed and
 * breakfast is on the list although the guidance says it is never suitable for a 16 or 17-year-old:
 * refusing to record it would hide the very placements managers and inspectors need to see, so
 * it is recorded and shown as unsuitable wherever the pathway appears.
 */
public enum EmergencyAccommodation implements Coded {
    FOSTER_CARE("Emergency foster care"),
    SUPPORTED_LODGINGS("Supported lodgings"),
    SUPPORTED_ACCOMMODATION("Supported accommodation for young people"),
    CHILDRENS_HOME("Children's home"),
    NIGHTSTOP("Nightstop (trained volunteer host)"),
    FAMILY_OR_FRIENDS("Family or friends, checked as safe"),
    BED_AND_BREAKFAST("Bed and breakfast (never suitable)");

    private final String label;

    EmergencyAccommodation(String label) {
        this.label = label;
    }

    /** The guidance allows no bed and breakfast for 16 and 17-year-olds, not even for one night. */
    public boolean unsuitable() {
        return this == BED_AND_BREAKFAST;
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
