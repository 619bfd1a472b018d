package org.opencsc.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A drill-down masks a restricted child the reader may not see before it sorts: the masked line
 * comes after every named one, so where it falls among the surnames says nothing of theirs.
 */
@IntegrationTest
class MaskedRowsOrderIT {

    @Autowired
    PerformanceDashboards dashboards;
    @Autowired
    ChildRecordService records;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CurrentAuthority authority;

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private void fact(long personId, long team, YearMonth month) {
        jdbc.sql("""
                        insert into indicator_fact (authority_id, indicator, subject_id, person_id, team_id, month, outcome)
                        values (:authority, :indicator, :person, :person, :team, :month, 'C')
                        """)
                .param("authority", authority.id()).param("indicator", Indicator.REFERRALS.name()).param("person", personId)
                .param("team", team).param("month", month.atDay(1)).update();
    }

    @Test
    void aRestrictedChildsLineSortsAfterEveryNamedLineWhateverTheirSurname() {
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        var first = records.create(PersonForms.child("Ann", "Abbott", "1", "1", "2015"));
        var middle = records.create(PersonForms.child("Mia", "Middleton", "1", "1", "2015"));
        var last = records.create(PersonForms.child("Zed", "Zulu", "1", "1", "2015"));
        records.restrict(middle, "Child of a member of staff", List.of());
        var team = 900_000_000L + System.nanoTime() % 1_000_000;
        var month = YearMonth.of(2001, 1);
        for (var child : List.of(first, middle, last)) {
            fact(child, team, month);
        }

        TestStaff.signInAs(staff.create(Role.HEAD_OF_SERVICE));
        var lines = dashboards.children(Indicator.REFERRALS, month, team, null, null, 1).lines();
        assertThat(lines).extracting(PerformanceDashboards.ChildLine::name).containsExactly("Abbott, Ann", "Zulu, Zed", "Restricted record");
        assertThat(lines.getLast().personId()).isNull();
        assertThat(lines.getLast().reference()).isNull();
        assertThat(dashboards.children(Indicator.REFERRALS, month, team, null, null, 0).lines()).as("page 0 is the first").hasSize(3);

        TestStaff.signInAs(manager);
        assertThat(dashboards.children(Indicator.REFERRALS, month, team, null, null, 1).lines())
                .extracting(PerformanceDashboards.ChildLine::name).containsExactly("Abbott, Ann", "Middleton, Mia", "Zulu, Zed");
    }
}
