package org.opencsc.child;

import java.time.LocalDate;

/** One line of a search result or a list of people. */
public record PersonSummary(
        long id,
        PersonKind kind,
        String laChildId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        CaseStatus caseStatus,
        String postcode,
        String allocatedWorker,
        boolean restricted) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
