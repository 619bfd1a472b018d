package org.opencsc.oversight;

import org.opencsc.platform.Coded;

/**
 * Why a child's plan may be drifting: each a sign, read from the child's events, clocks and the
 * last oversight, that help has run long without making a difference. The definitions are shown
 * on the drift page; each is one column of the drift query.
 */
public enum DriftReason implements Coded {
    CP_PLAN_OVER_15_MONTHS("Child protection plan open 15 months to 2 years",
            "The child's current child protection plan started more than 15 months ago, and not more than 2 years ago.", "cp_over_15_months"),
    CP_PLAN_OVER_2_YEARS("Child protection plan open over 2 years",
            "The child's current child protection plan started more than 2 years ago.", "cp_over_2_years"),
    REPEAT_CP_PLAN("Second or subsequent child protection plan",
            "The child is on a child protection plan now and has been on at least one before.", "repeat_cp_plan"),
    REPEAT_REFERRALS("3 or more referrals in 12 months",
            "Three or more referrals about the child were received in the last 12 months.", "repeat_referrals"),
    RE_REFERRAL("Re-referral within 12 months",
            "The child's latest referral, received in the last 12 months, came within 12 months of the referral before it.", "re_referral"),
    REVIEW_OVERDUE("Review overdue",
            "A child in need review, child protection review conference or looked-after review is past its due date.", "review_overdue"),
    VISIT_OVERDUE("Visit overdue",
            "A child in need visit, child protection visit or statutory visit to a looked-after child is past its due date.", "visit_overdue"),
    NOT_PROGRESSING("Not progressing at last oversight",
            "The latest management oversight or supervision entry recorded that the plan is not progressing.", "not_progressing");

    private final String label;
    private final String definition;
    private final String column;

    DriftReason(String label, String definition, String column) {
        this.label = label;
        this.definition = definition;
        this.column = column;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** The drift query's column for this reason: a fixed name, never typed by a user. */
    String column() {
        return column;
    }
}
