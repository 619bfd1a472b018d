package org.opencsc.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Clocks derived by an older rule table are derived again on start; current ones are left alone. */
@IntegrationTest
class RuleChangeCatchUpIT {

    @Autowired
    TimescaleService timescales;
    @Autowired
    ChildRecordService records;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void clocksDerivedByAnotherRuleTableAreDerivedAgainAndThenLeftAlone() {
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        long child;
        try {
            child = records.create(PersonForms.child("Rule", "Change" + System.nanoTime() % 10000, "1", "1", "2016"));
            records.recordEvent(child, CaseEventKind.CONTACT_RECEIVED, LocalDate.parse("2026-04-02"), "test");
        } finally {
            TestStaff.signOut();
        }
        timescales.rederiveIfRulesChanged();
        assertThat(timescales.rederiveIfRulesChanged()).as("current: nothing to do").isEmpty();

        // As after an upgrade that added a rule: the stored clocks lack it, whatever the child's records say.
        jdbc.sql("update timescale_rules set fingerprint = 'an older rule table'").update();
        jdbc.sql("delete from statutory_clock where person_id = :child").param("child", child).update();
        var done = timescales.rederiveIfRulesChanged();
        assertThat(done).isPresent();
        assertThat(jdbc.sql("select due_on from statutory_clock where person_id = :child and rule = 'MASH_DECISION_DUE'").param("child", child)
                .query(LocalDate.class).single()).isEqualTo("2026-04-07");
        assertThat(jdbc.sql("select fingerprint from timescale_rules").query(String.class).single()).isEqualTo(RuleTableFingerprint.current());
        assertThat(timescales.rederiveIfRulesChanged()).isEmpty();
    }
}
