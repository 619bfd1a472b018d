package org.opencsc.care;

import org.opencsc.platform.DateParts;

/** What staff type about a child in care. */
public final class CareForms {

    private CareForms() {
    }

    /** Where the child goes to live: the same fields start a period of care and move the child. */
    public record PlacementFields(String place, String provider, String carer, String postcode, String urn, String distanceMiles,
                                  String temporaryApproval, String carerHousehold) {
    }

    public record StartForm(DateParts startDate, String legalStatus, String place, String provider, String carer, String postcode, String urn,
                            String distanceMiles, String temporaryApproval, String carerHousehold) {
        public StartForm {
            startDate = DateParts.orEmpty(startDate);
        }

        /** Without a fostering household chosen. */
        public StartForm(DateParts startDate, String legalStatus, String place, String provider, String carer, String postcode, String urn,
                      String distanceMiles, String temporaryApproval) {
            this(startDate, legalStatus, place, provider, carer, postcode, urn, distanceMiles, temporaryApproval, null);
        }

        PlacementFields placement() {
            return new PlacementFields(place, provider, carer, postcode, urn, distanceMiles, temporaryApproval, carerHousehold);
        }
    }

    public record MoveForm(DateParts moveDate, String endReason, String place, String provider, String carer, String postcode, String urn,
                           String distanceMiles, String temporaryApproval, String carerHousehold) {
        public MoveForm {
            moveDate = DateParts.orEmpty(moveDate);
        }

        /** Without a fostering household chosen. */
        public MoveForm(DateParts moveDate, String endReason, String place, String provider, String carer, String postcode, String urn,
                      String distanceMiles, String temporaryApproval) {
            this(moveDate, endReason, place, provider, carer, postcode, urn, distanceMiles, temporaryApproval, null);
        }

        PlacementFields placement() {
            return new PlacementFields(place, provider, carer, postcode, urn, distanceMiles, temporaryApproval, carerHousehold);
        }
    }

    public record LegalStatusForm(DateParts changeDate, String legalStatus) {
        public LegalStatusForm {
            changeDate = DateParts.orEmpty(changeDate);
        }
    }

    public record LongTermForm(DateParts agreedDate) {
        public LongTermForm {
            agreedDate = DateParts.orEmpty(agreedDate);
        }
    }

    public record EndForm(DateParts endDate, String reasonCeased) {
        public EndForm {
            endDate = DateParts.orEmpty(endDate);
        }
    }

    public record CarePlanForm(DateParts agreedDate, String permanencePlan, String summary) {
        public CarePlanForm {
            agreedDate = DateParts.orEmpty(agreedDate);
        }
    }

    public record ReviewForm(DateParts reviewDate, String iro, String participation, DateParts iroContactDate, String recommendations) {
        public ReviewForm {
            reviewDate = DateParts.orEmpty(reviewDate);
            iroContactDate = DateParts.orEmpty(iroContactDate);
        }
    }

    public record MissingForm(String kind, DateParts missingDate, String missingTime, DateParts returnedDate, String returnedTime,
                              String reportedToPolice) {
        public MissingForm {
            missingDate = DateParts.orEmpty(missingDate);
            returnedDate = DateParts.orEmpty(returnedDate);
        }
    }

    public record ReturnForm(DateParts returnedDate, String returnedTime) {
        public ReturnForm {
            returnedDate = DateParts.orEmpty(returnedDate);
        }
    }

    public record InterviewForm(DateParts offeredDate, String offeredTime, String accepted, DateParts completedDate, String completedTime,
                                String interviewer, String findings) {
        public InterviewForm {
            offeredDate = DateParts.orEmpty(offeredDate);
            completedDate = DateParts.orEmpty(completedDate);
        }
    }

    public record DisruptionForm(DateParts meetingDate, String attendees, String learning) {
        public DisruptionForm {
            meetingDate = DateParts.orEmpty(meetingDate);
        }
    }
}
