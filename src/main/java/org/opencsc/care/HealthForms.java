package org.opencsc.care;

import org.opencsc.platform.DateParts;

/** What staff type about a looked-after child's health and education: strings, so a rejected form shows what was typed. */
public final class HealthForms {

    private HealthForms() {
    }

    public record AssessmentForm(String kind, DateParts assessmentDate, String assessedBy, String outcome) {
        public AssessmentForm {
            assessmentDate = DateParts.orEmpty(assessmentDate);
        }
    }

    public record DentalCheckForm(DateParts checkDate) {
        public DentalCheckForm {
            checkDate = DateParts.orEmpty(checkDate);
        }
    }

    public record ImmunisationsForm(DateParts recordedDate, String upToDate) {
        public ImmunisationsForm {
            recordedDate = DateParts.orEmpty(recordedDate);
        }
    }

    /** A total score, or the SSDA903 reason no questionnaire was completed: one or the other. */
    public record SdqForm(DateParts sdqDate, String score, String reason) {
        public SdqForm {
            sdqDate = DateParts.orEmpty(sdqDate);
        }
    }

    public record SchoolForm(String schoolName, String urn, DateParts fromDate, DateParts toDate) {
        public SchoolForm {
            fromDate = DateParts.orEmpty(fromDate);
            toDate = DateParts.orEmpty(toDate);
        }
    }

    public record PepForm(DateParts meetingDate, String school, String targets) {
        public PepForm {
            meetingDate = DateParts.orEmpty(meetingDate);
        }
    }
}
