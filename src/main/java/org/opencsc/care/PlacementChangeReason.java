package org.opencsc.care;

import org.opencsc.platform.Coded;

/** Why a placement ended (SSDA903 REASON_PLACE_CHANGE). */
public enum PlacementChangeReason implements Coded {
    CARPL("CARPL", "Change to or carrying out of the care plan"),
    CLOSE("CLOSE", "Resignation or closure of the provision"),
    ALLEG("ALLEG", "Allegation (section 47)"),
    STAND("STAND", "Concern about standards of care"),
    APPRR("APPRR", "Approval removed"),
    CREQB("CREQB", "Carer asked for the placement to end because of the child's behaviour"),
    CREQO("CREQO", "Carer asked for the placement to end for another reason"),
    CHILD("CHILD", "Child asked for the placement to end"),
    LAREQ("LAREQ", "The responsible authority asked for the placement to end"),
    PLACE("PLACE", "Change in the status of the placement only"),
    CUSTOD("CUSTOD", "Custody arrangement"),
    OTHER("OTHER", "Other");

    private final String code;
    private final String label;

    PlacementChangeReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Endings that nobody planned: each asks for a disruption meeting. */
    boolean unplanned() {
        return this != CARPL && this != PLACE && this != CUSTOD;
    }
}
