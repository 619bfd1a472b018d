package org.opencsc.child;

/**
 * Published inside the transaction that changed a child's key events, so that whatever is
 * derived from them (statutory due dates) is re-derived before the change commits.
 */
public record CaseEventsChanged(long personId) {
}
