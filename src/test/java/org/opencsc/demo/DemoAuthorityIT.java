package org.opencsc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.IntegrationTest;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.CaseStatus;
import org.opencsc.child.NhsNumber;
import org.opencsc.child.Upn;
import org.opencsc.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAuthorityIT {

    @Autowired
    DemoAuthorityGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    DemoAuthorityGenerator.DemoSummary summary;

    @BeforeAll
    void loadTheSmallAuthority() throws Exception {
        summary = generator.load(DemoProfile.SMALL, DemoAuthorityGenerator.DEFAULT_SEED);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theSmallAuthorityHasAboutThreeHundredLookedAfterAndFifteenHundredOpenCases() {
        assertThat(summary.children()).isBetween(2_500, 2_510);
        assertThat(summary.lookedAfter()).isBetween(250, 350);
        assertThat(summary.openCases()).isBetween(1_300, 1_700);
        assertThat(count("select count(*) from person where created_by = 'demo' and case_status = 'LOOKED_AFTER'"))
                .isEqualTo(summary.lookedAfter());
    }

    @Test
    void everyIdentifierIsValidAndUnique() {
        var upns = jdbc.sql("select upn from person where created_by = 'demo' and upn is not null").query(String.class).list();
        var nhs = jdbc.sql("select nhs_number from person where created_by = 'demo' and nhs_number is not null").query(String.class).list();
        assertThat(upns).hasSizeGreaterThan(1_000).allMatch(Upn::isValid).doesNotHaveDuplicates();
        assertThat(nhs).hasSizeGreaterThan(3_000).allMatch(NhsNumber::isValid).doesNotHaveDuplicates();
    }

    @Test
    void openChildrenAreAllocatedToATeamAndMostToAWorker() {
        var open = count("select count(*) from person where created_by = 'demo' and kind in ('CHILD', 'UNBORN')"
                + " and case_status not in ('CLOSED', 'NOT_OPEN')");
        var allocated = count("select count(distinct a.person_id) from allocation a join person p on p.id = a.person_id"
                + " where p.created_by = 'demo' and a.end_date is null");
        var withWorker = count("select count(distinct a.person_id) from allocation a join person p on p.id = a.person_id"
                + " where p.created_by = 'demo' and a.end_date is null and a.worker_id is not null");
        assertThat(allocated).isEqualTo(open);
        assertThat((double) withWorker / open).isBetween(0.9, 0.99);
        assertThat(count("select count(*) from allocation a join staff_user u on u.id = a.worker_id"
                + " where u.username = 'sw1' and a.end_date is null")).as("sw1's caseload").isBetween(10L, 60L);
    }

    @Test
    void theDemoSignInsExistWithTheirRolesAndPasswordDemo() {
        for (var signIn : StaffRoster.DEMO_SIGN_INS) {
            var row = jdbc.sql("select role, password_hash from staff_user where username = :u").param("u", signIn.username())
                    .query((r, n) -> List.of(r.getString("role"), r.getString("password_hash"))).single();
            assertThat(Role.valueOf(row.get(0))).isEqualTo(signIn.role());
            assertThat(passwords.matches("demo", row.get(1))).isTrue();
        }
        assertThat(count("select count(*) from staff_user where username = 'inspector1' and access_expires_at > now()")).isEqualTo(1);
    }

    @Test
    void theStoredStatusIsTheOneDerivedFromTheEvents() {
        var sample = jdbc.sql("select id, case_status from person where created_by = 'demo' and kind = 'CHILD' order by id limit 300")
                .query((r, n) -> new Object[] {r.getLong("id"), CaseStatus.valueOf(r.getString("case_status"))}).list();
        for (var child : sample) {
            var events = jdbc.sql("select id, person_id, kind, event_date from case_event where person_id = :id order by event_date, id")
                    .param("id", child[0])
                    .query((r, n) -> new CaseEvent(r.getLong("id"), r.getLong("person_id"), CaseEventKind.valueOf(r.getString("kind")),
                            r.getObject("event_date", LocalDate.class), "demo", "demo", null))
                    .list();
            assertThat(CaseStatus.derive(events)).as("child " + child[0]).isEqualTo(child[1]);
            assertThat(events).allMatch(e -> !e.date().isAfter(LocalDate.now()));
        }
    }

    @Test
    void familiesHaveSiblingsParentsAndAddresses() {
        assertThat(count("select count(*) from relationship r join person p on p.id = r.person_id where p.created_by = 'demo'"
                + " and r.kind in ('SIBLING', 'HALF_SIBLING')")).isGreaterThan(500);
        assertThat(count("select count(*) from relationship r join person p on p.id = r.person_id where p.created_by = 'demo'"
                + " and r.kind = 'MOTHER' and r.parental_responsibility")).isGreaterThan(2_000);
        assertThat(count("select count(*) from person p where p.created_by = 'demo' and not exists"
                + " (select 1 from address a where a.person_id = p.id and a.end_date is null)")).isZero();
        assertThat(count("select count(*) from person where created_by = 'demo' and restricted")).isEqualTo(summary.restricted());
    }

    @Test
    void theSameSeedMakesTheSameAuthority() {
        assertThat(generator.fingerprint(DemoProfile.SMALL, 7)).isEqualTo(generator.fingerprint(DemoProfile.SMALL, 7))
                .isNotEqualTo(generator.fingerprint(DemoProfile.SMALL, 8));
    }
}
