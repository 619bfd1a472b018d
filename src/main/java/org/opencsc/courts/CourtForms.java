package org.opencsc.courts;

import org.opencsc.platform.DateParts;

/** What staff type at each step of pre-proceedings and care proceedings. */
public final class CourtForms {

    private CourtForms() {
    }

    /** The legal gateway (legal planning) meeting's decision to start pre-proceedings, and the letter before proceedings that follows it. */
    public record StartForm(DateParts gatewayDate, DateParts letterDate) {
        public StartForm {
            gatewayDate = DateParts.orEmpty(gatewayDate);
            letterDate = DateParts.orEmpty(letterDate);
        }
    }

    public record MeetingForm(DateParts meetingDate, String parentsRepresented, String summary) {
        public MeetingForm {
            meetingDate = DateParts.orEmpty(meetingDate);
        }
    }

    public record AssessmentForm(String kind, String subject, DateParts commissionedDate, DateParts dueDate) {
        public AssessmentForm {
            commissionedDate = DateParts.orEmpty(commissionedDate);
            dueDate = DateParts.orEmpty(dueDate);
        }
    }

    public record ReportForm(DateParts receivedDate) {
        public ReportForm {
            receivedDate = DateParts.orEmpty(receivedDate);
        }
    }

    /** Whether a family group decision-making meeting was offered and, if held, when (CIN census 2025/26). */
    public record FamilyGroupForm(String offered, DateParts heldDate) {
        public FamilyGroupForm {
            heldDate = DateParts.orEmpty(heldDate);
        }
    }

    public record DecisionForm(String decision, DateParts endDate) {
        public DecisionForm {
            endDate = DateParts.orEmpty(endDate);
        }
    }

    public record ApplicationForm(String kind, DateParts issuedDate, String court, String caseNumber) {
        public ApplicationForm {
            issuedDate = DateParts.orEmpty(issuedDate);
        }
    }

    public record HearingForm(String kind, DateParts hearingDate, String outcome) {
        public HearingForm {
            hearingDate = DateParts.orEmpty(hearingDate);
        }
    }

    public record ExtensionForm(DateParts grantedDate, String weeks, String reason) {
        public ExtensionForm {
            grantedDate = DateParts.orEmpty(grantedDate);
        }
    }

    /** An order made in the proceedings chosen; a final order concludes them. */
    public record OrderForm(String proceedings, String kind, DateParts orderDate) {
        public OrderForm {
            orderDate = DateParts.orEmpty(orderDate);
        }
    }
}
