package org.opencsc.child;

import java.time.LocalDate;

/** A child on a team's or a worker's caseload: who, where they are in their journey, and who holds them. */
public record CaseloadEntry(long personId, String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
                            CaseStatus caseStatus, long teamId, String teamName, Long workerId, String workerName,
                            LocalDate allocatedOn) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public boolean unallocated() {
        return workerId == null;
    }
}
