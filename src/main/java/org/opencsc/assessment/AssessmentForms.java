package org.opencsc.assessment;

import java.util.List;
import org.opencsc.platform.DateParts;

/** What the worker and the manager type about an assessment. */
public final class AssessmentForms {

    private AssessmentForms() {
    }

    public record StartForm(DateParts startDate) {
        public StartForm {
            startDate = DateParts.orEmpty(startDate);
        }
    }

    /** The assessment's content; submitted for authorisation when {@code submit} is true. */
    public record DetailsForm(DateParts childSeenDate, String seenAlone, List<String> factors, String summary, String outcome, Long version) {
        public DetailsForm {
            childSeenDate = DateParts.orEmpty(childSeenDate);
            factors = factors == null ? List.of() : List.copyOf(factors);
        }

        static DetailsForm of(Assessment assessment) {
            return new DetailsForm(DateParts.of(assessment.childSeenDate()),
                    assessment.seenAlone() == null ? null : assessment.seenAlone().toString(),
                    assessment.factors().stream().map(Factor::code).toList(), assessment.summary(),
                    assessment.outcome() == null ? null : assessment.outcome().code(), assessment.version());
        }
    }

    public record AuthoriseForm(DateParts authorisedDate) {
        public AuthoriseForm {
            authorisedDate = DateParts.orEmpty(authorisedDate);
        }
    }
}
