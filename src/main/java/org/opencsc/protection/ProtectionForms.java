package org.opencsc.protection;

import org.opencsc.platform.DateParts;

/** What staff type about strategy discussions, enquiries, conferences, plans and core groups. */
public final class ProtectionForms {

    private ProtectionForms() {
    }

    public record StrategyForm(DateParts discussionDate, String attendees, String decision, String rationale, DateParts s47StartDate) {
        public StrategyForm {
            discussionDate = DateParts.orEmpty(discussionDate);
            s47StartDate = DateParts.orEmpty(s47StartDate);
        }
    }

    public record NoConferenceForm(DateParts endDate, String reason) {
        public NoConferenceForm {
            endDate = DateParts.orEmpty(endDate);
        }
    }

    public record InitialConferenceForm(DateParts conferenceDate, String chair, String decision, String category) {
        public InitialConferenceForm {
            conferenceDate = DateParts.orEmpty(conferenceDate);
        }
    }

    public record ReviewConferenceForm(DateParts conferenceDate, String chair, String decision, String latestCategory, String endReason) {
        public ReviewConferenceForm {
            conferenceDate = DateParts.orEmpty(conferenceDate);
        }
    }

    public record CoreGroupForm(DateParts meetingDate, String attendees, String progress) {
        public CoreGroupForm {
            meetingDate = DateParts.orEmpty(meetingDate);
        }
    }

    public record PlanForm(String outcomes, String action, String owner, DateParts actionDueDate) {
        public PlanForm {
            actionDueDate = DateParts.orEmpty(actionDueDate);
        }
    }
}
