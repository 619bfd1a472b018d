package org.opencsc.care;

import java.util.Map;

/**
 * The fostering households a child may be placed with, as the placement forms offer them. The
 * carers feature provides it, so that care need not know how approvals are kept.
 */
public interface CarerHouseholds {

    /** Household id to the words shown ("Doyle household, connected person (temporary approval until ...)") of every household that may care now. */
    Map<Long, String> available();

    /** On what basis a child lives with the household, e.g. "Connected person (temporary approval until 21 June 2026)"; null if unknown. */
    String legalBasis(long householdId);
}
