package org.opencsc.childinneed;

import org.opencsc.platform.DateParts;

/** What staff type about a child in need plan. */
public final class CinForms {

    private CinForms() {
    }

    public record PlanForm(DateParts startDate, String outcomes) {
        public PlanForm {
            startDate = DateParts.orEmpty(startDate);
        }
    }

    public record ReviewForm(DateParts reviewDate, String decision, String progress) {
        public ReviewForm {
            reviewDate = DateParts.orEmpty(reviewDate);
        }
    }

    public record EndForm(DateParts endDate) {
        public EndForm {
            endDate = DateParts.orEmpty(endDate);
        }
    }
}
