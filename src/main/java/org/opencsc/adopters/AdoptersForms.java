package org.opencsc.adopters;

import org.opencsc.platform.DateParts;

/** What the adoption team types. */
public final class AdoptersForms {

    private AdoptersForms() {
    }

    /** A family's enquiry with its first adopter and, when there are two, the second; fastTrack is blank or a {@link FastTrack} code. */
    public record FamilyForm(DateParts enquiryDate, String fastTrack, String firstGivenName, String firstFamilyName, String firstSex,
                             String firstEthnicity, String firstDisability, String secondGivenName, String secondFamilyName, String secondSex,
                             String secondEthnicity, String secondDisability) {
        public FamilyForm {
            enquiryDate = DateParts.orEmpty(enquiryDate);
        }
    }

    /** A step of the journey that is a date: stage one starting or ending, the application, fostering for adoption. */
    public record StepForm(DateParts date) {
        public StepForm {
            date = DateParts.orEmpty(date);
        }
    }

    /** The adoption panel's recommendation and the agency decision maker's approval. */
    public record ApprovalForm(DateParts panelDate, DateParts decisionDate) {
        public ApprovalForm {
            panelDate = DateParts.orEmpty(panelDate);
            decisionDate = DateParts.orEmpty(decisionDate);
        }
    }

    public record LeavingForm(DateParts leftDate, String reason, String notes) {
        public LeavingForm {
            leftDate = DateParts.orEmpty(leftDate);
        }
    }
}
