package org.opencsc.returns;

import org.opencsc.child.HiddenRecords;

/**
 * One DfE validation rule failing on one child's record: the rule's code and message as the DfE
 * publishes them, the child it fires on (person id for the link; the return's child reference,
 * which is what the DfE's own tools show), and the recorded event, named and linked, that must
 * change to put it right.
 *
 * @param returnName the return the rule belongs to, as named on the command line ("cin-census")
 * @param code       the DfE's code for the rule ("8590", "103")
 * @param personId   the child's person id, or null where the failure is about the whole return
 * @param childReference the child's identifier in the return (LAchildID / CHILD)
 * @param event      the recorded event it fires on, in words ("Referral of 03/05/2025")
 * @param link       the page of that event, or of the child, inside the application; null for a failure about the whole return
 */
public record RuleFailure(String returnName, String code, Severity severity, String message,
                          Long personId, String childReference, String event, String link) {

    /** What is shown of a failure on a child the reader may not see: that there is one, and nothing of whose. */
    public RuleFailure restricted() {
        return new RuleFailure(returnName, code, severity, message, null, HiddenRecords.LABEL, HiddenRecords.LABEL, null);
    }

    /** A failure masked by {@link #restricted()}. */
    public boolean hidden() {
        return personId == null && HiddenRecords.LABEL.equals(childReference) && HiddenRecords.LABEL.equals(event);
    }

    /**
     * The order of failures as a reader sees them: those on children they may see in the order the
     * return found them, then the masked ones together, by what is still shown of them (severity,
     * rule, message), so that where a masked failure falls says nothing of whose it is.
     */
    public static java.util.Comparator<RuleFailure> maskedLast() {
        return HiddenRecords.visibleFirst(RuleFailure::hidden, (a, b) -> 0,
                java.util.Comparator.comparing(RuleFailure::severity).thenComparing(RuleFailure::code)
                        .thenComparing(RuleFailure::message, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    }
}
