package org.opencsc.homeless;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.opencsc.platform.DateParts;

/** What staff type at each step of the pathway; each step's form shows what is recorded, to change or add to. */
public final class HomelessPathwayForms {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private HomelessPathwayForms() {
    }

    /** The young person presents: when, to whom, the referral to children's services, and where they slept that night. */
    public record PresentationForm(DateParts presentedDate, String presentedTime, String presentedTo, String housingReferrer,
                                   DateParts referredDate, String emergencyNeeded, String emergencyKind, DateParts emergencyDate) {
        public PresentationForm {
            presentedDate = DateParts.orEmpty(presentedDate);
            referredDate = DateParts.orEmpty(referredDate);
            emergencyDate = DateParts.orEmpty(emergencyDate);
        }

        static PresentationForm of(HomelessPathway p) {
            return new PresentationForm(DateParts.of(p.presentedDate()), time(p.presentedTime()), code(p.presentedTo()), p.housingReferrer(),
                    DateParts.of(p.referredDate()), String.valueOf(p.emergencyNeeded()), code(p.emergencyKind()), DateParts.of(p.emergencyDate()));
        }
    }

    /** The joint assessment with housing: the young person seen, the assessment started, who leads and who is housing's officer. */
    public record AssessmentForm(DateParts seenDate, DateParts assessmentStarted, String leadWorker, String housingOfficer) {
        public AssessmentForm {
            seenDate = DateParts.orEmpty(seenDate);
            assessmentStarted = DateParts.orEmpty(assessmentStarted);
        }

        static AssessmentForm of(HomelessPathway p) {
            return new AssessmentForm(DateParts.of(p.seenDate()), DateParts.of(p.assessmentStarted()), p.leadWorker(), p.housingOfficer());
        }
    }

    /** Independent advice about what section 20 means, and the young person's decision. */
    public record DecisionForm(DateParts adviceDate, String adviceBy, String decision, DateParts decisionDate) {
        public DecisionForm {
            adviceDate = DateParts.orEmpty(adviceDate);
            decisionDate = DateParts.orEmpty(decisionDate);
        }

        static DecisionForm of(HomelessPathway p) {
            return new DecisionForm(DateParts.of(p.adviceDate()), p.adviceBy(), code(p.decision()), DateParts.of(p.decisionDate()));
        }
    }

    /** The assessment completed, its outcome, housing's decision, and the close. */
    public record OutcomeForm(DateParts assessmentCompleted, String outcome, String housingDecision, DateParts closedDate) {
        public OutcomeForm {
            assessmentCompleted = DateParts.orEmpty(assessmentCompleted);
            closedDate = DateParts.orEmpty(closedDate);
        }

        static OutcomeForm of(HomelessPathway p) {
            return new OutcomeForm(DateParts.of(p.assessmentCompleted()), code(p.outcome()), code(p.housingDecision()),
                    DateParts.of(p.closedDate()));
        }
    }

    private static String code(org.opencsc.platform.Coded value) {
        return value == null ? null : value.code();
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.format(TIME);
    }
}
