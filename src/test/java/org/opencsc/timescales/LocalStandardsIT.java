package org.opencsc.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.opencsc.timescales.TimescaleService.StandardForm;
import org.springframework.beans.factory.annotation.Autowired;

/** A local standard is a setting: changing it re-derives every running clock that follows it. */
@IntegrationTest
class LocalStandardsIT {

    @Autowired
    TimescaleService timescales;
    @Autowired
    ChildRecordService records;
    @Autowired
    TestStaff staff;

    @AfterEach
    void backToTheDefault() {
        TestStaff.signInAs(staff.create(Role.ADMINISTRATOR));
        timescales.changeStandard(new StandardForm("CP_VISIT_FREQUENCY", "10", "WORKING_DAYS"));
        TestStaff.signOut();
    }

    private LocalDate visitDue(long child) {
        return timescales.clocksFor(child).stream().filter(c -> c.rule() == StatutoryRule.CP_VISIT_DUE && c.running())
                .findFirst().orElseThrow().dueOn();
    }

    @Test
    void weeklyChildProtectionVisitsMoveTheDueDateForEveryChild() {
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        var child = records.create(PersonForms.child("Weekly", "Visits", "1", "2", "2018"));
        records.recordEvent(child, CaseEventKind.REFERRAL_RECEIVED, LocalDate.parse("2026-01-05"), "test");
        records.recordEvent(child, CaseEventKind.CP_PLAN_STARTED, LocalDate.parse("2026-02-02"), "test");
        assertThat(visitDue(child)).isEqualTo("2026-02-16");

        TestStaff.signInAs(staff.create(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> timescales.changeStandard(new StandardForm("CP_VISIT_FREQUENCY", "0", "WORKING_DAYS")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount");
        var recomputed = timescales.changeStandard(new StandardForm("CP_VISIT_FREQUENCY", "5", "WORKING_DAYS"));
        assertThat(recomputed.children()).isPositive();
        assertThat(timescales.localStandards().get(LocalStandard.CP_VISIT_FREQUENCY)).isEqualTo(Timescale.workingDays(5));
        assertThat(visitDue(child)).isEqualTo("2026-02-09");
    }
}
