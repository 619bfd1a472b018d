package org.opencsc.care;

import java.util.Map;

/**
 * The fostering households a child may be placed with, as the placement forms offer them. The
 * carers feature provides it, so that care need not know how approvals are kept.
 */
public interface CarerHouseholds {

    /** Household id to the words shown ("Doyle household, connected person (temporary approval until ...)") of every household that may care now. */
    Map<Long, String> available();

    /**
     * Why a placement starting on a day cannot be with the household, or null when it can: a household
     * that is not approved, a day outside a connected person's temporary approval, or a temporary
     * approval not said to be one.
     */
    String placementProblem(long householdId, java.time.LocalDate start, boolean temporaryApproval);

    /** On what basis a child lives with the household, e.g. "Connected person (temporary approval until 21 June 2026)"; null if unknown. */
    String legalBasis(long householdId);
}
