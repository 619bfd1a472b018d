package org.opencsc.protection;

import java.time.LocalDate;
import java.util.List;

/** What child protection work is on a child's record. */
public final class ProtectionRecords {

    private ProtectionRecords() {
    }

    public record StrategyDiscussion(long id, long personId, long referralId, LocalDate discussionDate, String attendees,
                                     StrategyDecision decision, String rationale, long version) {
    }

    /** A section 47 enquiry and the ICPC target worked out from its strategy discussion. */
    public record Enquiry(long id, long personId, long strategyDiscussionId, LocalDate startDate, LocalDate icpcTargetDate,
                          LocalDate endDate, String outcome) {
        public boolean open() {
            return endDate == null;
        }

        public boolean conferenceNotRequired() {
            return "NO_CONFERENCE".equals(outcome);
        }
    }

    public record Conference(long id, String kind, Long s47Id, Long planId, LocalDate conferenceDate, String chair, String decision) {
        public boolean initial() {
            return "INITIAL".equals(kind);
        }
    }

    public record PlanAction(long id, String action, String owner, LocalDate dueDate, LocalDate doneDate) {
    }

    public record CoreGroup(long id, LocalDate meetingDate, String attendees, String progress) {
    }

    /** A plan with what it says, who meets about it, and the number of plans before it (derived, for the census). */
    public record CpPlan(long id, long personId, long referralId, LocalDate startDate, CategoryOfAbuse initialCategory,
                         CategoryOfAbuse latestCategory, String outcomes, LocalDate endDate, PlanEndReason endReason,
                         int previousPlans, long version, List<PlanAction> actions, List<CoreGroup> coreGroups,
                         List<Conference> reviews) {
        public boolean open() {
            return endDate == null;
        }
    }

    public record ChildProtection(List<StrategyDiscussion> strategyDiscussions, List<Enquiry> enquiries, List<Conference> initialConferences,
                                  List<CpPlan> plans) {
        public java.util.Optional<Enquiry> openEnquiry() {
            return enquiries.stream().filter(Enquiry::open).findFirst();
        }

        public java.util.Optional<CpPlan> openPlan() {
            return plans.stream().filter(CpPlan::open).findFirst();
        }
    }
}
