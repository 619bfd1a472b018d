package org.opencsc.adopters;

import org.opencsc.platform.Coded;

/** Why a family left the adoption process; some reasons belong to one part of the journey only. */
public enum LeavingReason implements Coded {
    WITHDREW("Withdrew (the family’s decision)"),
    NOT_SUITABLE("Not suitable to go on to stage two"),
    NOT_APPROVED("Not approved by the agency decision maker"),
    RESIGNED("Resigned after approval"),
    APPROVAL_ENDED("Approval ended by the agency"),
    TRANSFERRED("Moved to another adoption agency"),
    OTHER("Other reason");

    private final String label;

    LeavingReason(String label) {
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

    /** Why the reason cannot apply to a family at a stage, or null when it can. */
    String problemAt(FamilyStage stage) {
        return switch (this) {
            case NOT_SUITABLE -> stage == FamilyStage.STAGE_ONE || stage == FamilyStage.BETWEEN_STAGES ? null
                    : "a family is found not suitable at the end of stage one";
            case NOT_APPROVED -> stage == FamilyStage.STAGE_TWO ? null : "the agency decision maker decides on approval at the end of stage two";
            case RESIGNED, APPROVAL_ENDED -> stage.approved() ? null : "only approved adopters resign or have their approval ended";
            default -> null;
        };
    }
}
