package org.opencsc.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.childinneed.CinPlanService;
import org.springframework.stereotype.Component;

/** Assessments (when the child was seen, the outcome, who authorised it) and child in need plans with their reviews. */
@Component
class AssessmentLines implements RecordLines {

    private final AssessmentService assessments;
    private final CinPlanService cinPlans;

    AssessmentLines(AssessmentService assessments, CinPlanService cinPlans) {
        this.assessments = assessments;
        this.cinPlans = cinPlans;
    }

    @Override
    public Set<String> describes() {
        return Set.of("assessment", "cin_plan", "cin_review");
    }

    @Override
    public List<ChronologyLine> linesFor(KeyEvents key) {
        var lines = new ArrayList<ChronologyLine>();
        for (var assessment : assessments.forPerson(key.personId())) {
            var page = key.page("assessments/" + assessment.id());
            var seen = assessment.childSeenDate() == null ? "child not yet seen"
                    : "child seen " + Summaries.date(assessment.childSeenDate()) + (Boolean.TRUE.equals(assessment.seenAlone()) ? " (alone)" : "");
            lines.add(ChronologyLine.generated(assessment.startDate(), Strand.ASSESSMENT, "Assessment started", seen,
                    key.recordedBy("assessment", assessment.startDate()), page));
            if (assessment.authorisedDate() != null) {
                var outcome = assessment.outcome() == null ? "" : "Outcome: " + assessment.outcome().label();
                lines.add(ChronologyLine.generated(assessment.authorisedDate(), Strand.ASSESSMENT, "Assessment authorised",
                        outcome + (assessment.factors().isEmpty() ? "" : "; " + assessment.factors().size() + " factors identified"),
                        assessment.authorisedBy(), page));
            }
        }
        var journey = key.page("journey");
        for (var plan : cinPlans.forPerson(key.personId())) {
            lines.add(ChronologyLine.generated(plan.startDate(), Strand.CHILD_IN_NEED, "Child in need plan started", Summaries.oneLine(plan.outcomes()),
                    key.recordedBy("cin_plan", plan.startDate()), journey));
            for (var review : plan.reviews()) {
                lines.add(ChronologyLine.generated(review.reviewDate(), Strand.CHILD_IN_NEED, "Child in need plan reviewed",
                        review.decision() == null ? Summaries.oneLine(review.progress()) : review.decision().label(),
                        key.recordedBy("cin_review", review.reviewDate()), journey));
            }
            if (plan.endDate() != null) {
                lines.add(ChronologyLine.generated(plan.endDate(), Strand.CHILD_IN_NEED, "Child in need plan ended", "",
                        key.recordedBy("cin_plan", plan.endDate()), journey));
            }
        }
        return lines;
    }
}
