package org.opencsc.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.child.CaseEventKind.ASSESSMENT_COMPLETED;
import static org.opencsc.child.CaseEventKind.ASSESSMENT_STARTED;
import static org.opencsc.child.CaseEventKind.BECAME_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.CARE_LEAVER_SUPPORT_STARTED;
import static org.opencsc.child.CaseEventKind.CASE_CLOSED;
import static org.opencsc.child.CaseEventKind.CEASED_LOOKED_AFTER;
import static org.opencsc.child.CaseEventKind.CIN_PLAN_STARTED;
import static org.opencsc.child.CaseEventKind.CP_PLAN_ENDED;
import static org.opencsc.child.CaseEventKind.CP_PLAN_STARTED;
import static org.opencsc.child.CaseEventKind.EARLY_HELP_STARTED;
import static org.opencsc.child.CaseEventKind.REFERRAL_RECEIVED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

    private static List<CaseEvent> events(CaseEventKind... kinds) {
        var list = new ArrayList<CaseEvent>();
        var day = LocalDate.of(2025, 1, 6);
        for (int i = 0; i < kinds.length; i++) {
            list.add(new CaseEvent(i, 1, kinds[i], day.plusDays(i * 7L), "test", "sw1", Instant.EPOCH));
        }
        return list;
    }

    @Test
    void aChildWithNoEventsIsNotKnown() {
        assertThat(CaseStatus.derive(List.of())).isEqualTo(CaseStatus.NOT_OPEN);
    }

    @Test
    void followsTheJourneyFromReferralToProtection() {
        assertThat(CaseStatus.derive(events(REFERRAL_RECEIVED))).isEqualTo(CaseStatus.REFERRAL);
        assertThat(CaseStatus.derive(events(REFERRAL_RECEIVED, ASSESSMENT_STARTED))).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(CaseStatus.derive(events(REFERRAL_RECEIVED, ASSESSMENT_STARTED, ASSESSMENT_COMPLETED, CIN_PLAN_STARTED)))
                .isEqualTo(CaseStatus.CHILD_IN_NEED);
        assertThat(CaseStatus.derive(events(REFERRAL_RECEIVED, ASSESSMENT_STARTED, ASSESSMENT_COMPLETED, CP_PLAN_STARTED)))
                .isEqualTo(CaseStatus.CHILD_PROTECTION);
    }

    @Test
    void theMostIntensiveOpenStrandWins() {
        assertThat(CaseStatus.derive(events(EARLY_HELP_STARTED, REFERRAL_RECEIVED, CIN_PLAN_STARTED, CP_PLAN_STARTED)))
                .isEqualTo(CaseStatus.CHILD_PROTECTION);
        assertThat(CaseStatus.derive(events(CP_PLAN_STARTED, BECAME_LOOKED_AFTER))).isEqualTo(CaseStatus.LOOKED_AFTER);
    }

    @Test
    void endingAPlanFallsBackToWhatIsStillOpen() {
        assertThat(CaseStatus.derive(events(REFERRAL_RECEIVED, CIN_PLAN_STARTED, CP_PLAN_STARTED, CP_PLAN_ENDED)))
                .isEqualTo(CaseStatus.CHILD_IN_NEED);
    }

    @Test
    void closingTheCaseClosesEveryStrandOfTheReferralButNotEarlyHelp() {
        assertThat(CaseStatus.derive(events(REFERRAL_RECEIVED, ASSESSMENT_STARTED, CIN_PLAN_STARTED, CASE_CLOSED)))
                .isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseStatus.derive(events(EARLY_HELP_STARTED, REFERRAL_RECEIVED, CASE_CLOSED)))
                .isEqualTo(CaseStatus.EARLY_HELP);
    }

    @Test
    void aCareLeaverIsNoLongerLookedAfter() {
        assertThat(CaseStatus.derive(events(BECAME_LOOKED_AFTER, CEASED_LOOKED_AFTER, CARE_LEAVER_SUPPORT_STARTED)))
                .isEqualTo(CaseStatus.CARE_LEAVER);
    }
}
