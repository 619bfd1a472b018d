package org.opencsc.returns.legacy;

/**
 * Why a value, a row or a child was not taken as sent. An error refuses the child (nothing of
 * theirs is saved) or rejects the row; a conversion or a value left out is reported and the child
 * is imported.
 */
enum ProblemReason {
    FILE_NOT_SENT(false, "file not in the set"),
    FILE_NOT_APPLIED(false, "file staged and checked, not yet applied to records"),
    MISSING_COLUMN(true, "column missing from the file"),
    UNKNOWN_COLUMN(false, "column not in the schema: ignored"),
    WRONG_FIELD_COUNT(true, "row has the wrong number of values"),
    BROKEN_QUOTING(true, "row's quoting is broken"),
    NOT_UTF8(true, "value is not UTF-8 text"),
    BLANK(true, "value must not be blank"),
    NOT_A_DATE(true, "not a date"),
    TWO_DIGIT_YEAR(true, "date with a two-digit year: century not certain"),
    DATE_CONVERTED(false, "date converted from yyyy-mm-dd"),
    UNKNOWN_CODE(true, "code not in the current list"),
    CODE_CONVERTED(false, "old or spelled-out code converted to the current one"),
    NOT_A_NUMBER(true, "not a whole number"),
    NOT_IN_HEADER(true, "child not in header.csv"),
    DUPLICATE_CHILD(true, "child appears more than once in a file that has one row per child"),
    DATE_OF_BIRTH_DIFFERS(true, "date of birth differs from header.csv"),
    NO_EPISODES(true, "child has no episodes"),
    EPISODES_OVERLAP(true, "episodes overlap or leave a gap inside a period of care"),
    OPEN_EPISODE_NOT_LAST(true, "an episode with no end date is followed by another"),
    CARE_HISTORY_REFUSED(true, "episodes do not make a period of care the records can hold"),
    NO_REASON_CEASED(true, "episode ended with no reason (REC)"),
    REASON_CEASED_ON_OPEN_EPISODE(false, "reason ceased given for an episode with no end date: ignored"),
    STARTED_BEFORE_EXTRACT(false, "first episode is not a start of care (RNE not S): period recorded from its DECOM"),
    RNE_DIFFERS(false, "RNE differs from what changed: recorded as what changed"),
    NEED_CHANGES_IN_PERIOD(false, "category of need (CIN) changes within a period of care: the period keeps that of its first episode"),
    REVIEW_OUTSIDE_CARE(true, "review date outside every period of care"),
    REVIEW_PARTICIPATION_AGE(true, "review participation code does not fit the child's age (PN0 is for under 4s only)"),
    MISSING_ENDS_BEFORE_START(true, "missing episode ends before it starts"),
    NOT_LOOKED_AFTER_ALL_YEAR(false, "OC2 row of a child not looked after for the whole collection year (or the year is not known): kept in staging"),
    VALUE_KEPT(false, "value has no certain place in the records: kept in staging"),
    PREVIOUS_PERMANENCE_KEPT(false, "previous permanence order (not Z1): its place in the records is not certain, kept in staging"),
    UPN_CHECK_LETTER(false, "UPN check letter is wrong: UPN not recorded"),
    VALUE_LEFT_OUT(false, "value does not fit the record (postcode or URN): left out"),
    RECORD_REFUSED(true, "the child's record refused the value"),
    LA_CHILD_ID_TAKEN(true, "LA child ID already used by a record not from this import");

    private final boolean error;
    private final String label;

    ProblemReason(boolean error, String label) {
        this.error = error;
        this.label = label;
    }

    boolean error() {
        return error;
    }

    String label() {
        return label;
    }
}
