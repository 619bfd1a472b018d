package org.opencsc.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.timescales.TimescaleService;
import org.opencsc.timescales.WorkingDayCalendar;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes a realistic, repeatable demo authority: the same seed always gives the same teams,
 * staff, families and histories (dated from the day it is loaded). Everything is loaded with
 * COPY in one transaction, so a failed load leaves nothing behind.
 */
@Component
public class DemoAuthorityGenerator {

    public static final long DEFAULT_SEED = 20_261_122L;

    /** What was loaded and how long it took. */
    public record DemoSummary(String profile, int children, int people, int lookedAfter, int openCases, int restricted,
                              Map<String, Integer> rowsByTable, Duration took) {
    }

    /** Tables whose identity is handed out in memory, in the order their rows must be copied. */
    private static final List<String> TABLES = List.of("team", "staff_user", "person", "address", "relationship", "allocation",
            "contact", "referral", "assessment", "strategy_discussion", "s47_enquiry", "cp_plan", "cp_plan_action", "cp_conference", "core_group",
            "cin_plan", "cin_review", "care_period", "care_legal_status", "placement", "care_plan", "care_review", "missing_episode",
            "health_assessment", "dental_check", "immunisation_status", "sdq", "school_attendance", "pep_meeting",
            "care_leaver_support", "personal_adviser", "pathway_plan", "care_leaver_contact", "service_referral", "homeless_pathway", "visit",
            "case_event", "case_note", "significant_event", "professional_involvement", "warning_note", "person_other_name", "carer_household", "carer_approval_review",
            "connected_person_approval", "adoption_plan", "permanence_order", "adoptive_family", "adopter", "adopter_match",
            "pre_proceedings", "pre_proceedings_meeting", "pre_proceedings_assessment", "care_proceedings", "court_hearing",
            "proceedings_extension", "court_order", "oversight_entry", "oversight_action", "audit_template", "audit_template_question",
            "case_audit");

    /** Not a table: the latest audit template version already in the authority, so the demo's template comes after it. */
    private static final String TEMPLATE_VERSION = "audit_template version";

    private final DataSource dataSource;
    private final CurrentAuthority authority;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final TimescaleService timescales;
    private final org.opencsc.performance.IndicatorFacts indicators;

    DemoAuthorityGenerator(DataSource dataSource, CurrentAuthority authority, PasswordEncoder passwords, Clock clock,
                           WorkingDayCalendar calendar, TimescaleService timescales, org.opencsc.performance.IndicatorFacts indicators) {
        this.indicators = indicators;
        this.calendar = calendar;
        this.timescales = timescales;
        this.dataSource = dataSource;
        this.authority = authority;
        this.passwords = passwords;
        this.clock = clock;
    }

    public DemoSummary load(DemoProfile profile, long seed) throws Exception {
        var started = System.nanoTime();
        var authorityId = authority.id();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                var rows = new CopyBatch();
                var tally = build(profile, seed, currentMaximums(connection), passwords.encode("demo"), rows);
                var counts = rows.copyInto(connection);
                moveSequencesPastCopiedRows(connection);
                try (var analyse = connection.createStatement()) {
                    analyse.execute("analyze");
                }
                connection.commit();
                // Due dates are derived, never loaded: the same rules as for any recorded event make them.
                timescales.recomputeAll();
                try (var comparisons = dataSource.getConnection()) {
                    ComparisonValues.enter(comparisons, authorityId, tally.lookedAfter());
                }
                // The dashboards read facts derived from the loaded records: derive them now rather than on the next tick.
                indicators.rebuild();
                var byTable = new HashMap<String, Integer>();
                counts.forEach((table, count) -> byTable.merge(table.substring(0, table.indexOf(' ')), count, Integer::sum));
                return new DemoSummary(profile.name(), tally.children(), tally.people(), tally.lookedAfter(), tally.openCases(),
                        tally.restricted(), Map.copyOf(byTable), Duration.ofNanos(System.nanoTime() - started));
            } catch (Exception failed) {
                connection.rollback();
                throw failed;
            }
        }
    }

    private Households.Tally build(DemoProfile profile, long seed, Map<String, Long> maximums, String passwordHash, CopyBatch rows) {
        var ids = new IdBlock(maximums);
        var random = new SplittableRandom(seed);
        var today = LocalDate.now(clock);
        // Everything is dated from the day of loading, not the instant, so a seed always makes the same rows that day.
        var loadedAt = today.atStartOfDay(clock.getZone()).toInstant();
        var roster = new StaffRoster(profile, ids, random, authority.id(), passwordHash, loadedAt, rows);
        new WorkloadRecords(rows, authority.id(), loadedAt).workingPatterns(roster);
        var households = new Households(profile, random, ids, rows, roster, authority.id(), today, clock.getZone(), calendar);
        var tally = households.build();
        new FosteringHouseholds(random, ids, rows, authority.id(), today, loadedAt).build(Math.max(24, tally.lookedAfter() / 5));
        var adopters = new AdoptiveFamilyRecords(random, ids, rows, authority.id(), today, loadedAt);
        adopters.build(Math.max(36, tally.lookedAfter() / 8));
        // Each child matched with adopters has them on the adopters' record too, so the child's adoption and the
        // adopters' journey tell the same story (and the SSDA903 can say who adopted the child). The families
        // waiting today are left waiting.
        for (var child : households.matchedForAdoption()) {
            adopters.adopting(child.personId(), child.matched(), child.placed(), child.adopted());
        }
        // Audits have their own random sequence, so adding them left every other demo record as it was.
        new CaseAuditRecords(new SplittableRandom(seed ^ 0x5EED_A0D1L), ids, rows, authority.id(), today, loadedAt, roster)
                .build(households.auditable(), (int) (maximums.getOrDefault(TEMPLATE_VERSION, 0L) + 1));
        return tally;
    }

    /** The fingerprint of what a seed makes, without loading it. */
    String fingerprint(DemoProfile profile, long seed) {
        var rows = new CopyBatch();
        build(profile, seed, Map.of(), "fixed-hash", rows);
        return rows.digest();
    }

    /** True when the authority has no people yet, so a demo can be loaded without mixing with real records. */
    public boolean authorityIsEmpty() throws SQLException {
        try (var connection = dataSource.getConnection();
             var check = connection.prepareStatement("select not exists (select 1 from person where authority_id = ?)"
                     + " and not exists (select 1 from staff_user where authority_id = ?)")) {
            check.setShort(1, authority.id());
            check.setShort(2, authority.id());
            try (var result = check.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static Map<String, Long> currentMaximums(Connection connection) throws SQLException {
        var maximums = new HashMap<String, Long>();
        try (var statement = connection.createStatement()) {
            for (var table : TABLES) {
                try (var result = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    result.next();
                    maximums.put(table, result.getLong(1));
                }
            }
            try (var result = statement.executeQuery("select coalesce(max(version), 0) from audit_template")) {
                result.next();
                maximums.put(TEMPLATE_VERSION, result.getLong(1));
            }
        }
        return maximums;
    }

    private static void moveSequencesPastCopiedRows(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (var table : TABLES) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select coalesce(max(id), 0) + 1 from "
                        + table + "), false)");
            }
        }
    }
}
