package org.opencsc.assessment;

import java.time.LocalDate;
import java.util.List;

/** A single assessment: started, the child seen, factors found, submitted by the worker and authorised by a manager. */
public record Assessment(long id, long personId, long referralId, LocalDate startDate, LocalDate childSeenDate, Boolean seenAlone,
                         List<Factor> factors, String summary, AssessmentOutcome outcome, LocalDate submittedDate, String submittedBy,
                         LocalDate authorisedDate, String authorisedBy, long version) {

    public boolean authorised() {
        return authorisedDate != null;
    }

    public boolean awaitingAuthorisation() {
        return submittedDate != null && authorisedDate == null;
    }

    public String stage() {
        return authorised() ? "Authorised" : awaitingAuthorisation() ? "Awaiting authorisation" : "In progress";
    }
}
