package org.opencsc.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencsc.platform.Coded;
import org.opencsc.protection.InitialConferenceDecision;
import org.opencsc.protection.ProtectionRecords.Conference;
import org.opencsc.protection.ProtectionService;
import org.opencsc.protection.ReviewDecision;
import org.springframework.stereotype.Component;

/** Strategy discussions and their decision, section 47 enquiries and their outcome, conferences and plans with their category of abuse. */
@Component
class ProtectionLines implements RecordLines {

    private final ProtectionService protection;

    ProtectionLines(ProtectionService protection) {
        this.protection = protection;
    }

    @Override
    public Set<String> describes() {
        return Set.of("strategy_discussion", "s47_enquiry", "cp_conference", "cp_plan");
    }

    @Override
    public List<ChronologyLine> linesFor(KeyEvents key) {
        var record = protection.forPerson(key.personId());
        var lines = new ArrayList<ChronologyLine>();
        var journey = key.page("journey");
        for (var discussion : record.strategyDiscussions()) {
            lines.add(ChronologyLine.generated(discussion.discussionDate(), Strand.PROTECTION, "Strategy discussion held",
                    discussion.decision() == null ? "" : "Decision: " + discussion.decision().label(),
                    key.recordedBy("strategy_discussion", discussion.discussionDate()), journey));
        }
        for (var enquiry : record.enquiries()) {
            lines.add(ChronologyLine.generated(enquiry.startDate(), Strand.PROTECTION, "Section 47 enquiry started",
                    "Initial conference due by " + Summaries.date(enquiry.icpcTargetDate()), key.recordedBy("s47_enquiry", enquiry.startDate()), journey));
            if (enquiry.endDate() != null) {
                lines.add(ChronologyLine.generated(enquiry.endDate(), Strand.PROTECTION, "Section 47 enquiry ended", Summaries.oneLine(enquiry.outcome()),
                        key.recordedBy("s47_enquiry", enquiry.endDate()), journey));
            }
        }
        for (var conference : record.initialConferences()) {
            lines.add(conference(key, conference, "Initial child protection conference held", journey));
        }
        for (var plan : record.plans()) {
            var page = key.page("cp-plans/" + plan.id());
            lines.add(ChronologyLine.generated(plan.startDate(), Strand.PROTECTION, "Child protection plan started",
                    "Category: " + plan.initialCategory().label() + (plan.previousPlans() > 0 ? "; previous plans: " + plan.previousPlans() : ""),
                    key.recordedBy("cp_plan", plan.startDate()), page));
            for (var review : plan.reviews()) {
                lines.add(conference(key, review, "Review child protection conference held", page));
            }
            if (plan.endDate() != null) {
                lines.add(ChronologyLine.generated(plan.endDate(), Strand.PROTECTION, "Child protection plan ended",
                        plan.endReason() == null ? "" : plan.endReason().label(), key.recordedBy("cp_plan", plan.endDate()), page));
            }
        }
        return lines;
    }

    private static ChronologyLine conference(KeyEvents key, Conference conference, String event, String page) {
        var decision = Coded.fromCode(InitialConferenceDecision.class, conference.decision()).map(Coded::label)
                .or(() -> Coded.fromCode(ReviewDecision.class, conference.decision()).map(Coded::label))
                .orElse(conference.decision() == null ? "" : conference.decision());
        return ChronologyLine.generated(conference.conferenceDate(), Strand.PROTECTION, event, "Decision: " + decision,
                key.recordedBy("cp_conference", conference.conferenceDate()), page);
    }
}
