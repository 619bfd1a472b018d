package org.opencsc.permanence;

import org.opencsc.care.ReasonCeased;
import org.opencsc.platform.Coded;

/**
 * Who the special guardians are, which is what the SSDA903 reason for leaving care records: the
 * child's foster carers or not, relatives or friends or not.
 */
public enum SpecialGuardians implements Coded {
    FOSTER_CARERS_FAMILY(ReasonCeased.E45, "The child's foster carers, who are relatives or friends"),
    FOSTER_CARERS_OTHER(ReasonCeased.E46, "The child's foster carers, who are not relatives or friends"),
    OTHER_CARERS_FAMILY(ReasonCeased.E47, "Relatives or friends who were not the child's foster carers"),
    OTHER_CARERS(ReasonCeased.E48, "Other carers, not the child's foster carers nor relatives or friends");

    private final ReasonCeased reasonCeased;
    private final String label;

    SpecialGuardians(ReasonCeased reasonCeased, String label) {
        this.reasonCeased = reasonCeased;
        this.label = label;
    }

    @Override
    public String code() {
        return reasonCeased.code();
    }

    @Override
    public String label() {
        return label;
    }

    ReasonCeased reasonCeased() {
        return reasonCeased;
    }

    boolean wereFosterCarers() {
        return this == FOSTER_CARERS_FAMILY || this == FOSTER_CARERS_OTHER;
    }

    boolean family() {
        return this == FOSTER_CARERS_FAMILY || this == OTHER_CARERS_FAMILY;
    }
}
