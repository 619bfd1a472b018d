package org.opencsc.leavingcare;

import org.opencsc.platform.DateParts;

/** What staff type about a care leaver. */
public final class LeavingCareForms {

    private LeavingCareForms() {
    }

    public record StartSupportForm(DateParts startDate, String adviser) {
        public StartSupportForm {
            startDate = DateParts.orEmpty(startDate);
        }
    }

    public record AdviserForm(DateParts fromDate, String adviser) {
        public AdviserForm {
            fromDate = DateParts.orEmpty(fromDate);
        }
    }

    public record EndSupportForm(DateParts endDate, String reason) {
        public EndSupportForm {
            endDate = DateParts.orEmpty(endDate);
        }
    }

    public record PathwayPlanForm(DateParts planDate, String summary) {
        public PathwayPlanForm {
            planDate = DateParts.orEmpty(planDate);
        }
    }

    public record BirthdayContactForm(String age, DateParts contactDate, String inTouch, String activity, String accommodation) {
        public BirthdayContactForm {
            contactDate = DateParts.orEmpty(contactDate);
        }
    }
}
