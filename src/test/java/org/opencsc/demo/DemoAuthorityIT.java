package org.opencsc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CareService;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.CaseStatus;
import org.opencsc.child.NhsNumber;
import org.opencsc.child.Upn;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class DemoAuthorityIT {

    @Autowired
    DemoAuthorityGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    CareService care;
    @Autowired
    org.opencsc.leavingcare.LeavingCareService leavingCare;
    @Autowired
    TestStaff staff;
    @Autowired
    org.opencsc.returns.StatutoryReturns returns;
    @Autowired
    org.opencsc.returns.annexa.AnnexA annexA;
    @Autowired
    org.opencsc.returns.dfeapi.DfeApi dfeApi;

    DemoAuthorityGenerator.DemoSummary summary;
    @Autowired
    org.opencsc.carers.CarersService carers;
    @Autowired
    org.opencsc.adopters.AdoptersService adopters;
    @Autowired
    java.time.Clock clock;
    @Autowired
    PlantedReturnErrors plantedErrors;
    @Autowired
    org.opencsc.workload.WorkloadApi workload;

    @BeforeAll
    void loadTheSmallAuthority() throws Exception {
        summary = generator.load(DemoProfile.SMALL, DemoAuthorityGenerator.DEFAULT_SEED);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoChildrenBreakNoCinCensusRuleThatIsAnErrorAndFewQueries() {
        var year = org.opencsc.returns.CollectionYear.latestEndedBy(LocalDate.now(org.opencsc.platform.ClockZone.UK));
        var demo = java.util.Set.copyOf(jdbc.sql("select id from person where created_by = 'demo'").query(Long.class).list());
        var failures = returns.named("cin-census").orElseThrow().validate(year, org.opencsc.returns.ExportProgress.NONE).stream()
                .filter(f -> f.personId() != null && demo.contains(f.personId())).toList();
        assertThat(failures).filteredOn(f -> f.severity() == org.opencsc.returns.Severity.ERROR).isEmpty();
        assertThat(failures).as("queries are for a person to explain, so there are few").hasSizeLessThan(60);
    }

    @Test
    void theDemosAnnexAHasRowsOnEveryListAndItsDfePayloadsMeetTheSchema(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        var today = LocalDate.now(org.opencsc.platform.ClockZone.UK);
        var workbook = annexA.exportAsAt(today, directory, org.opencsc.returns.ExportProgress.NONE);
        try (var in = java.nio.file.Files.newInputStream(workbook); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(11);
            for (var sheet : book) {
                assertThat(sheet.getLastRowNum()).as(sheet.getSheetName() + " has rows below its headings").isPositive();
            }
        }
        var payloads = dfeApi.exportSince(today.minusYears(1), directory, org.opencsc.returns.ExportProgress.NONE);
        assertThat(payloads).as("every demo child, 100 to a file, each checked against the DfE's schema as it is written")
                .hasSizeGreaterThanOrEqualTo(25);
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

    @Test
    void everyLookedAfterChildHasAnOpenPeriodOfCareWithALegalStatusAndAPlacement() {
        assertThat(count("select count(*) from person p where p.created_by = 'demo' and p.case_status = 'LOOKED_AFTER' and not exists"
                + " (select 1 from care_period c where c.person_id = p.id and c.end_date is null)")).isZero();
        assertThat(count("select count(*) from care_period c join person p on p.id = c.person_id where p.created_by = 'demo'"
                + " and c.end_date is null")).isEqualTo(summary.lookedAfter());
        assertThat(demo("care_period", "not exists (select 1 from care_legal_status s where s.period_id = x.id)")).isZero();
        assertThat(demo("care_period", "not exists (select 1 from placement pl where pl.period_id = x.id)")).isZero();
        // Looked-after events all come from records now: none is left without one.
        assertThat(count("select count(*) from case_event e join person p on p.id = e.person_id where p.created_by = 'demo'"
                + " and e.kind in ('BECAME_LOOKED_AFTER', 'CEASED_LOOKED_AFTER', 'PLACEMENT_STARTED') and e.source <> 'care_period'")).isZero();
    }

    @Test
    void everyPeriodReadsBackWithEpisodesThatBuildAndTheKeyEventsTheApplicationWouldWrite() {
        var people = jdbc.sql("select distinct c.person_id from care_period c join person p on p.id = c.person_id"
                + " where p.created_by = 'demo' and not p.restricted order by 1").query(Long.class).list();
        assertThat(people).hasSizeGreaterThan(250);
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        try {
            for (var person : people) {
                for (var period : care.periods(person)) {
                    var episodes = period.episodes();
                    assertThat(episodes).as("episodes of period " + period.id()).isNotEmpty();
                    assertThat(episodes).as("placed for adoption only under a placement order, period " + period.id())
                            .allMatch(e -> !e.placement().place().matches("A[56]") || e.legalStatus().equals("E1"));
                    assertThat(milestonesOnTheJourney(period)).as("key events of period " + period.id())
                            .containsExactlyInAnyOrderElementsOf(period.milestones().stream().map(m -> m.kind() + " " + m.date()).toList());
                }
            }
        } finally {
            TestStaff.signOut();
        }
    }

    private List<String> milestonesOnTheJourney(CarePeriod period) {
        return jdbc.sql("select kind, event_date from case_event where source = 'care_period' and source_id = :id")
                .param("id", period.id()).query((r, n) -> r.getString("kind") + " " + r.getObject("event_date", LocalDate.class)).list();
    }

    /** How many rows of a table with a person_id belong to demo people and meet a condition. */
    @Test
    void fosteringHouseholdsHaveReviewsLateAndTemporaryApprovalsNearOrPastExpiry() {
        assertThat(count("select count(*) from carer_household where recorded_by = 'demo'")).isGreaterThanOrEqualTo(50);
        assertThat(count("select count(*) from carer_household where recorded_by = 'demo' and kind = 'CONNECTED_PERSON'")).isGreaterThan(10);
        assertThat(count("select count(*) from connected_person_approval where recorded_by = 'demo' and extended_to is not null")).isPositive();
        assertThat(count("select count(*) from carer_approval_review where recorded_by = 'demo' and review_date > now()")).isZero();
        var work = carers.workList();
        var today = java.time.LocalDate.now();
        assertThat(work.reviewsDue()).anyMatch(v -> v.household().reviewStanding(today) == org.opencsc.carers.ReviewSchedule.Standing.LATE);
        assertThat(work.temporaryApprovals()).anyMatch(v -> v.household().temporaryApproval().standing(today)
                == org.opencsc.carers.ApprovalTimeline.Standing.EXPIRING_SOON);
        assertThat(work.temporaryApprovals()).anyMatch(v -> v.household().temporaryApproval().standing(today)
                == org.opencsc.carers.ApprovalTimeline.Standing.EXPIRED);
        assertThat(work.vacancies()).isNotEmpty();
    }

    @Test
    void adoptiveFamiliesAreAtEveryStageSomeLateSomeWaitingLongSomeLeftAndAFewAdopted() {
        assertThat(count("select count(*) from adoptive_family where recorded_by = 'demo'")).isGreaterThanOrEqualTo(36);
        assertThat(count("select count(*) from adoptive_family f where recorded_by = 'demo' and not exists"
                + " (select 1 from adopter a where a.family_id = f.id)")).as("every family has an adopter").isZero();
        assertThat(count("select count(*) from adoptive_family where recorded_by = 'demo' and greatest(enquiry_on, stage_one_started_on,"
                + " stage_one_ended_on, application_on, panel_on, approved_on, fostering_for_adoption_on, left_on) > current_date")).isZero();
        assertThat(count("select count(*) from adopter_match where recorded_by = 'demo' and greatest(matched_on, placed_on, order_on) > current_date"))
                .isZero();
        assertThat(count("select count(*) from adoptive_family where recorded_by = 'demo' and fast_track is not null")).isPositive();
        assertThat(count("select count(*) from adoptive_family where recorded_by = 'demo' and fostering_for_adoption_on is not null")).isPositive();
        // The work list masks matched children by its reader, as every page does: read it as the adoption team.
        TestStaff.signInAs(staff.create(Role.FOSTERING_ADOPTION_WORKER));
        org.opencsc.adopters.AdoptersService.WorkList work;
        try {
            work = adopters.workList(null);
        } finally {
            TestStaff.signOut();
        }
        for (var stage : org.opencsc.adopters.FamilyStage.values()) {
            assertThat(work.counts().get(stage)).as(stage.label()).isPositive();
        }
        var late = org.opencsc.adopters.StageClock.Standing.LATE;
        assertThat(work.families()).anyMatch(v -> v.stage() == org.opencsc.adopters.FamilyStage.STAGE_ONE && v.stageOne().standing() == late);
        assertThat(work.families()).anyMatch(v -> v.stage() == org.opencsc.adopters.FamilyStage.STAGE_TWO && v.stageTwo().standing() == late);
        assertThat(work.families()).anyMatch(v -> v.stage() == org.opencsc.adopters.FamilyStage.STAGE_ONE && v.stageOne().standing() != late);
        assertThat(work.waiting()).anyMatch(v -> v.daysWaiting() > 240);
        assertThat(work.leftThisYear()).extracting(v -> v.family().leftReason()).contains(org.opencsc.adopters.LeavingReason.WITHDREW,
                org.opencsc.adopters.LeavingReason.NOT_APPROVED);
        assertThat(work.families()).anyMatch(v -> v.stage() == org.opencsc.adopters.FamilyStage.ADOPTED && v.family().childrenPlaced() > 0);
    }

    @Test
    void courtWorkMatchesTheCareRecordsWithOpenCasesPast26WeeksExtensionsAndConcludedOrders() {
        assertThat(count("select count(*) from care_legal_status s join care_period c on c.id = s.period_id join person p on p.id = c.person_id"
                + " where p.created_by = 'demo' and s.code = 'C1' and not exists (select 1 from care_proceedings x join court_order o"
                + " on o.proceedings_id = x.id where x.person_id = c.person_id and o.kind = 'INTERIM_CARE_ORDER' and o.order_date = s.start_date)"))
                .as("every interim care order on the care record was made in proceedings").isZero();
        assertThat(count("select count(*) from care_legal_status s join care_period c on c.id = s.period_id join person p on p.id = c.person_id"
                + " where p.created_by = 'demo' and s.code = 'C2' and not exists (select 1 from care_proceedings x join court_order o"
                + " on o.proceedings_id = x.id where x.person_id = c.person_id and o.kind = 'CARE_ORDER' and o.order_date = s.start_date)"))
                .as("every full care order on the care record concluded proceedings").isZero();
        assertThat(demo("care_proceedings", "x.concluded_date is null and x.application_kind = 'CARE_ORDER' and x.issued_date + (182"
                + " + 7 * (select coalesce(sum(e.weeks), 0) from proceedings_extension e where e.proceedings_id = x.id))::int < current_date"))
                .as("open past the 26 weeks").isPositive();
        assertThat(count("select count(distinct proceedings_id) from proceedings_extension where recorded_by <> 'test'")).isPositive();
        assertThat(count("select count(*) from proceedings_extension where weeks > 8")).isZero();
        assertThat(count("select count(*) from care_proceedings x where x.concluded_date is not null and not exists"
                + " (select 1 from court_order o where o.proceedings_id = x.id and o.final and o.order_date = x.concluded_date)")).isZero();
        var finals = jdbc.sql("select distinct o.kind from court_order o join care_proceedings x on x.id = o.proceedings_id join person p"
                + " on p.id = x.person_id where p.created_by = 'demo' and o.final").query(String.class).set();
        assertThat(finals).contains("CARE_ORDER", "PLACEMENT_ORDER", "SUPERVISION_ORDER", "NO_ORDER");
        assertThat(demo("pre_proceedings", "x.end_date is null")).as("open pre-proceedings").isPositive();
        assertThat(demo("pre_proceedings", "x.decision = 'ISSUE'")).isPositive();
        assertThat(demo("pre_proceedings", "x.decision in ('STEP_DOWN_CP', 'STEP_DOWN_CIN')")).isPositive();
        assertThat(demo("pre_proceedings", "x.fgdm_date is not null")).isPositive();
        assertThat(demo("pre_proceedings", "x.letter_date > current_date or x.end_date > current_date")).isZero();
    }

    @Test
    void theLatestSsda903HasNoDfeErrorsForEveryChildInCareHasTheReferralTheyCameFromAndEveryMatchItsAdopters() {
        assertThat(demo("care_period", "not exists (select 1 from referral r where r.person_id = x.person_id and r.primary_need is not null"
                + " and r.referral_date <= x.start_date)")).as("periods of care without a category of need").isZero();
        assertThat(demo("adoption_plan", "x.match_date is not null and not exists (select 1 from adopter_match m join adopter a"
                + " on a.family_id = m.family_id where m.person_id = x.person_id)")).as("matches without adopters").isZero();
        var demoChildren = java.util.Set.copyOf(jdbc.sql("select id from person where created_by = 'demo'").query(Long.class).list());
        var year = org.opencsc.returns.CollectionYear.latestEndedBy(LocalDate.now(clock));
        var errors = returns.named("ssda903").orElseThrow().validate(year, org.opencsc.returns.ExportProgress.NONE).stream()
                .filter(f -> f.severity() == org.opencsc.returns.Severity.ERROR && f.personId() != null && demoChildren.contains(f.personId()))
                .map(f -> f.code() + " " + f.childReference() + " " + f.event()).toList();
        assertThat(errors).isEmpty();
    }

    /** Last, since it spoils the clean demo the other checks look at. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void eachErrorPlantedInTheDemoIsFoundByTheRuleItBreaksOnTheChildItWasMadeOn() {
        var year = org.opencsc.returns.CollectionYear.latestEndedBy(LocalDate.now(clock));
        var planted = plantedErrors.plant(year);
        assertThat(planted).extracting(p -> p.returnName() + " " + p.code())
                .containsExactlyInAnyOrder("cin-census 4220", "ssda903 103", "cin-census 8790", "ssda903 574");
        for (var returnName : List.of("cin-census", "ssda903")) {
            var found = returns.named(returnName).orElseThrow().validate(year, org.opencsc.returns.ExportProgress.NONE).stream()
                    .filter(f -> f.severity() == org.opencsc.returns.Severity.ERROR && f.personId() != null)
                    .map(f -> f.code() + " on " + f.personId()).toList();
            assertThat(found).as(returnName).containsAll(planted.stream().filter(p -> p.returnName().equals(returnName))
                    .map(p -> p.code() + " on " + p.personId()).toList());
        }
    }

    private long demo(String table, String condition) {
        return count("select count(*) from " + table + " x join person p on p.id = x.person_id where p.created_by = 'demo' and (" + condition + ")");
    }

    private long demoPlacements(String condition) {
        return count("select count(*) from placement x join care_period c on c.id = x.period_id join person p on p.id = c.person_id"
                + " where p.created_by = 'demo' and (" + condition + ")");
    }

    @Test
    void placementsMoveWithReasonsAndRegisteredSettingsHaveTheirUrn() {
        assertThat(demoPlacements("x.place in ('K2', 'H5') and x.urn is null")).isZero();
        assertThat(demoPlacements("x.end_reason is not null")).isGreaterThan(50);
        assertThat(demoPlacements("x.unplanned_ending")).isPositive();
        assertThat(demoPlacements("x.unplanned_ending <> (x.end_reason not in ('CARPL', 'PLACE', 'CUSTOD'))")).isZero();
        assertThat(demoPlacements("x.long_term_from is not null")).isPositive();
        assertThat(demoPlacements("x.temporary_approval and x.end_date is null")).isPositive();
        assertThat(demoPlacements("x.place = 'P1' and x.provider <> 'PR0'")).isZero();
        // Care leavers left care at 18, staying put or moving to independence.
        assertThat(count("select count(*) from person p where p.created_by = 'demo' and p.case_status = 'CARE_LEAVER' and not exists"
                + " (select 1 from care_period c where c.person_id = p.id and c.end_date = p.date_of_birth + interval '18 years'"
                + " and c.reason_ceased in ('E17', 'E5', 'E6'))")).isZero();
    }

    @Test
    void reviewsHaveAnIroAndTheParticipationCodeTheApplicationAllows() {
        assertThat(demo("care_review", "true")).isGreaterThan(summary.lookedAfter());
        assertThat(demo("care_review", "x.review_date > current_date")).isZero();
        // PN0 is for a child under 4 at the review and only for them, as the application insists.
        var fitting = jdbc.sql("select x.review_date, x.participation, p.date_of_birth from care_review x join person p on p.id = x.person_id"
                        + " where p.created_by = 'demo'")
                .query((r, n) -> (Period.between(r.getObject("date_of_birth", LocalDate.class), r.getObject("review_date", LocalDate.class)).getYears() < 4)
                        == r.getString("participation").equals("PN0"))
                .list();
        assertThat(fitting).containsOnly(true);
        assertThat(count("select count(distinct x.iro) from care_review x join person p on p.id = x.person_id where p.created_by = 'demo'"))
                .isGreaterThan(2);
        assertThat(demo("care_plan", "true")).isGreaterThan(summary.lookedAfter());
    }

    @Test
    void lookedAfterChildrenAreVisitedAndTheVisitsWhereTheyWereSeenAreOnTheJourney() {
        assertThat(demo("visit", "x.kind = 'CLA'")).isGreaterThan(summary.lookedAfter() * 5L);
        assertThat(demo("visit", "x.kind = 'CLA' and not x.child_seen")).isPositive();
        assertThat(demo("visit", "x.kind = 'CLA' and x.visit_date > current_date")).isZero();
        assertThat(demo("visit", "x.kind = 'CLA' and x.child_seen and not exists (select 1 from case_event e where e.source = 'visit'"
                + " and e.source_id = x.id and e.kind = 'CARE_VISIT' and e.event_date = x.visit_date)")).isZero();
    }

    @Test
    void someChildrenWentMissingAndWereOfferedReturnHomeInterviews() {
        var episodes = demo("missing_episode", "true");
        assertThat(episodes).isGreaterThan(10);
        assertThat(demo("case_event", "x.kind = 'WENT_MISSING' and x.source = 'missing_episode'")).isEqualTo(episodes);
        assertThat(demo("missing_episode", "x.rhi_completed_at <= x.returned_at + interval '72 hours'")).isPositive();
        assertThat(demo("missing_episode", "x.rhi_completed_at > x.returned_at + interval '72 hours'")).isPositive();
        assertThat(demo("missing_episode", "x.rhi_accepted = false")).isPositive();
        assertThat(demo("missing_episode", "x.returned_at > now() - interval '3 days' and x.rhi_completed_at is null")).isBetween(1L, 3L);
        assertThat(demo("missing_episode", "greatest(x.went_missing_at, x.returned_at, x.rhi_offered_at, x.rhi_completed_at) > now()")).isZero();
    }

    @Test
    void theDerivedClocksIncludeRunningReviewAndVisitClocksForChildrenInCare() {
        assertThat(demo("statutory_clock", "x.rule = 'STATUTORY_VISIT_DUE' and x.met_on is null")).isGreaterThan(summary.lookedAfter() / 2);
        assertThat(demo("statutory_clock", "x.rule in ('CARE_REVIEW_DUE', 'FIRST_CARE_REVIEW_DUE') and x.met_on is null"))
                .isGreaterThan(summary.lookedAfter() / 2);
        assertThat(demo("statutory_clock", "x.rule = 'STATUTORY_VISIT_DUE' and x.met_on is not null")).isPositive();
        // A few are overdue, as in any authority, but most are not.
        assertThat(demo("statutory_clock", "x.rule = 'STATUTORY_VISIT_DUE' and x.met_on is null and x.due_on < current_date"))
                .isPositive().isLessThan(summary.lookedAfter() / 4);
    }

    @Test
    void careLeaversHaveSupportAPersonalAdviserPathwayPlansAndBirthdayContacts() {
        var careLeavers = count("select count(*) from person p where p.created_by = 'demo' and p.case_status = 'CARE_LEAVER'");
        assertThat(careLeavers).isPositive();
        assertThat(count("select count(*) from person p where p.created_by = 'demo' and p.case_status = 'CARE_LEAVER' and not exists"
                + " (select 1 from care_leaver_support s where s.person_id = p.id and s.end_date is null"
                + " and exists (select 1 from personal_adviser a where a.support_id = s.id))")).isZero();
        assertThat(demo("case_event", "x.kind = 'CARE_LEAVER_SUPPORT_STARTED' and x.source <> 'care_leaver_support'")).isZero();
        assertThat(demo("pathway_plan", "true")).isGreaterThan(careLeavers);
        assertThat(demo("pathway_plan", "x.plan_date > current_date")).isZero();
        assertThat(demo("statutory_clock", "x.rule = 'PATHWAY_PLAN_REVIEW_DUE' and x.met_on is null")).isEqualTo(careLeavers);
        // OC3: activity and accommodation are known exactly when the young person is in touch.
        assertThat(demo("care_leaver_contact", "true")).isPositive();
        assertThat(demo("care_leaver_contact", "(x.in_touch = 'YES') = (x.activity = '0' or x.accommodation = '0')")).isZero();
        assertThat(demo("care_leaver_contact", "x.contact_date not between (p.date_of_birth + make_interval(years => x.age)) - interval '3 months'"
                + " and (p.date_of_birth + make_interval(years => x.age)) + interval '1 month'")).isZero();
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        try {
            var sample = jdbc.sql("select p.id from person p where p.created_by = 'demo' and p.case_status = 'CARE_LEAVER' and not p.restricted"
                    + " order by p.id limit 20").query(Long.class).list();
            for (var person : sample) {
                assertThat(leavingCare.leavingCare(person).category()).as("care leaver " + person)
                        .isIn(org.opencsc.leavingcare.CareLeaverCategory.FORMER_RELEVANT, org.opencsc.leavingcare.CareLeaverCategory.QUALIFYING);
            }
        } finally {
            TestStaff.signOut();
        }
    }

    @Test
    void childrenInCareHaveHealthAssessmentsDentalChecksSdqsSchoolsAndPepsWithTheEventsTheApplicationWrites() {
        var assessments = demo("health_assessment", "true");
        assertThat(assessments).isGreaterThan(summary.lookedAfter());
        assertThat(demo("health_assessment", "x.kind = 'INITIAL'")).isGreaterThan(summary.lookedAfter() / 2);
        assertThat(demo("case_event", "x.kind in ('HEALTH_ASSESSMENT_UNDER_5', 'HEALTH_ASSESSMENT_5_OR_OVER') and x.source = 'health_assessment'"))
                .isEqualTo(assessments);
        // The event says whether the child was under 5 on the day, which times the next assessment.
        assertThat(count("select count(*) from case_event e join health_assessment h on h.id = e.source_id and e.source = 'health_assessment'"
                + " join person p on p.id = h.person_id where e.kind <> case when extract(year from age(h.assessment_date, p.date_of_birth)) < 5"
                + " then 'HEALTH_ASSESSMENT_UNDER_5' else 'HEALTH_ASSESSMENT_5_OR_OVER' end")).isZero();
        assertThat(demo("case_event", "x.kind = 'HEALTH_ASSESSMENT_UNDER_5'")).isPositive();
        var dental = demo("dental_check", "true");
        assertThat(dental).isGreaterThan(summary.lookedAfter() / 2);
        assertThat(demo("case_event", "x.kind = 'DENTAL_CHECK' and x.source = 'dental_check'")).isEqualTo(dental);
        assertThat(demo("immunisation_status", "not x.up_to_date")).isPositive();
        assertThat(demo("sdq", "x.score is not null")).isPositive();
        assertThat(demo("sdq", "x.reason is not null")).isPositive();
        assertThat(demo("school_attendance", "true")).isGreaterThan(summary.lookedAfter() / 2);

        var peps = demo("pep_meeting", "true");
        assertThat(peps).isGreaterThan(summary.lookedAfter());
        assertThat(demo("case_event", "x.kind = 'PEP_HELD' and x.source = 'pep'")).isEqualTo(peps);
        assertThat(demo("case_event", "x.kind = 'PEP_HELD' and x.source <> 'pep'")).as("no PEP without its meeting").isZero();

        assertThat(demo("health_assessment", "x.assessment_date > current_date")).isZero();
        assertThat(demo("pep_meeting", "not exists (select 1 from care_period c where c.person_id = x.person_id and c.start_date <= x.meeting_date"
                + " and (c.end_date is null or x.meeting_date < c.end_date))")).as("every PEP while looked after").isZero();
        assertThat(demo("statutory_clock", "x.rule = 'HEALTH_ASSESSMENT_REVIEW_DUE' and x.met_on is null")).isGreaterThan(summary.lookedAfter() / 2);
        // A few are overdue, as in any authority, but most are not.
        assertThat(demo("statutory_clock", "x.rule in ('INITIAL_HEALTH_ASSESSMENT_DUE', 'HEALTH_ASSESSMENT_REVIEW_DUE', 'DENTAL_CHECK_DUE')"
                + " and x.met_on is null and x.due_on < current_date")).isLessThan(summary.lookedAfter() / 4);
    }

    @Test
    void homeless16And17YearOldsTakeEveryOutcomeAndOneOpenPathwayIsLate() {
        for (var outcome : org.opencsc.homeless.PathwayOutcome.values()) {
            assertThat(demo("homeless_pathway", "x.outcome = '" + outcome.name() + "'")).as(outcome.label()).isPositive();
        }
        assertThat(demo("homeless_pathway", "age(x.presented_date, p.date_of_birth) < interval '16 years'"
                + " or age(x.presented_date, p.date_of_birth) >= interval '18 years'")).isZero();
        assertThat(demo("homeless_pathway", "greatest(x.presented_date, x.referred_date, x.assessment_completed, x.closed_date) > current_date"))
                .isZero();
        assertThat(demo("homeless_pathway", "x.s20_decision = 'DECLINED' and x.advice_date is null")).isZero();
        // Open and late whatever the day: referred 40 days ago, which is more than 10 working days in any year.
        assertThat(demo("homeless_pathway", "x.closed_date is null and x.assessment_completed is null and x.referred_date <= current_date - 40"))
                .isPositive();
        assertThat(demo("homeless_pathway", "x.closed_date is null and x.referred_date = current_date")).isPositive();
        assertThat(demo("homeless_pathway", "x.outcome = 'ACCOMMODATED_S20' and not exists (select 1 from care_period c where c.person_id ="
                + " x.person_id and c.start_date between x.presented_date and x.closed_date)")).as("accommodated means looked after").isZero();
        assertThat(demo("homeless_pathway", "true")).isLessThan(summary.children() / 20);
    }

    @Test
    void someChildrenInCareWereReferredToMentalHealthAndOtherServicesAndSomeStillWait() {
        assertThat(demo("service_referral", "true")).isGreaterThan(summary.lookedAfter() / 10);
        assertThat(demo("service_referral", "x.service = 'CAMHS'")).isPositive();
        assertThat(demo("service_referral", "x.first_seen is null and x.closed_date is null and x.accepted is distinct from false")).isPositive();
        assertThat(demo("service_referral", "x.first_seen is not null")).isPositive();
        assertThat(demo("service_referral", "greatest(x.referred_date, x.decision_date, x.first_seen, x.closed_date) > current_date")).isZero();
    }

    @Autowired
    org.opencsc.performance.IndicatorFacts indicators;

    @Test
    void everyIndicatorHasFactsOnTheDemoAuthorityAndItsSumsEqualThem() {
        indicators.rebuild();
        var empty = java.util.Arrays.stream(org.opencsc.performance.Indicator.values())
                .filter(i -> jdbc.sql("select count(*) from indicator_fact where indicator = :i").param("i", i.name()).query(Long.class).single() == 0)
                .toList();
        assertThat(empty).as("indicators the demo gives nothing to count").isEmpty();
        assertThat(count("""
                select count(*) from (select indicator, month, team_id, breakdown, count(*) filter (where outcome <> 'P') as counted
                                      from indicator_fact group by 1, 2, 3, 4) f
                full join indicator_month m using (indicator, month, team_id, breakdown)
                where coalesce(f.counted, 0) <> coalesce(m.counted, 0)
                """)).isZero();
    }

    @Autowired
    org.opencsc.chronology.ChronologyService chronology;

    @Test
    void someChildrenInCareHaveSignificantEventsAddedByHandOneCorrectedAndShownInTheirChronology() {
        assertThat(demo("significant_event", "x.version = 1")).isGreaterThan(summary.lookedAfter() / 10);
        assertThat(demo("significant_event", "x.event_date > current_date")).isZero();
        var corrected = count("""
                select min(x.person_id) from significant_event x join person p on p.id = x.person_id
                where p.created_by = 'demo' and not p.restricted and x.version = 2 and x.correction_reason is not null
                """);
        assertThat(corrected).as("the demo always has a corrected significant event").isPositive();
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        try {
            var lines = chronology.lines(corrected);
            assertThat(lines).filteredOn(org.opencsc.chronology.ChronologyLine::byHand).anySatisfy(line -> {
                assertThat(line.corrected()).isTrue();
                assertThat(line.event()).startsWith("Significant event: ");
            });
            assertThat(lines).extracting(org.opencsc.chronology.ChronologyLine::event).contains("Became looked after");
        } finally {
            TestStaff.signOut();
        }
    }

    @Autowired
    org.opencsc.quality.CaseAuditsApi caseAudits;

    @Test
    void caseAuditsCoverTwoYearsEachMonthWithModerationThatAgreedAndModerationThatChangedTheGrade() {
        var thisMonth = java.time.YearMonth.now(clock);
        var months = caseAudits.monthlyGrades(null, thisMonth.minusMonths(23), thisMonth);
        assertThat(months).hasSize(24).allSatisfy(month -> assertThat(month.counts().total()).as(month.month().toString()).isGreaterThanOrEqualTo(8));
        assertThat(months.stream().mapToInt(m -> m.outstanding()).sum()).isPositive();
        assertThat(months.stream().mapToInt(m -> m.inadequate()).sum()).isPositive();
        var monthsWith = "select count(distinct date_trunc('month', x.finalised_on)) from case_audit x join person p on p.id = x.person_id"
                + " where p.created_by = 'demo' and x.finalised_on >= date_trunc('month', current_date) - interval '23 months' and ";
        assertThat(count(monthsWith + "x.moderated_grade = x.overall_grade")).as("months with an agreed moderation").isEqualTo(24);
        assertThat(count(monthsWith + "x.moderated_grade <> x.overall_grade and x.moderation_reason is not null"))
                .as("months where moderation changed a grade").isEqualTo(24);
        assertThat(demo("case_audit", "x.moderator_id is not null")).isGreaterThan(demo("case_audit", "x.finalised_on is not null") / 4);
        assertThat(demo("case_audit", "x.finalised_on is null")).as("drafts in progress").isPositive();
        assertThat(demo("case_audit", "greatest(x.started_on, x.finalised_on, x.moderated_on) > current_date")).isZero();
        assertThat(demo("case_audit", "x.finalised_on is not null and (select count(*) from case_audit_answer a where a.audit_id = x.id) <> 10"))
                .as("every finalised audit grades every question of its template").isZero();
        assertThat(caseAudits.themes(null, thisMonth.minusMonths(23), thisMonth)).hasSizeGreaterThanOrEqualTo(6);
    }

    @Autowired
    org.opencsc.permanence.AdoptionService adoption;
    @Autowired
    org.opencsc.care.PlacementStabilityService stability;

    @Test
    void adoptionsAndOrdersAgreeWithTheCareHistoriesTheyEnd() {
        assertThat(count("select count(*) from care_period where reason_ceased in ('E11', 'E12') and person_id in (select id from person where created_by = 'demo')")).as("children adopted").isPositive();
        assertThat(count("""
                select count(*) from care_period p where p.reason_ceased in ('E11', 'E12') and p.person_id in (select id from person where created_by = 'demo') and not exists (
                  select 1 from adoption_plan a where a.person_id = p.person_id and a.order_date = p.end_date
                  and a.consent_dispensed = (p.reason_ceased = 'E12'))
                """)).as("every adoption order on the day care ended, E12 when consent was dispensed with").isZero();
        assertThat(count("""
                select count(*) from placement pl join care_period p on p.id = pl.period_id where pl.place in ('A3', 'A4', 'A5', 'A6') and p.person_id in (select id from person where created_by = 'demo')
                and not exists (select 1 from adoption_plan a where a.person_id = p.person_id and a.placed_date = pl.start_date
                  and a.foster_carer_adoption = (pl.place in ('A3', 'A5')))
                """)).as("every placement for adoption recorded as the move to the matched adopters").isZero();
        assertThat(count("select count(*) from care_period where reason_ceased in ('E41', 'E45', 'E46', 'E47', 'E48') and person_id in (select id from person where created_by = 'demo')")).isPositive();
        assertThat(count("""
                select count(*) from care_period p where p.reason_ceased in ('E41', 'E45', 'E46', 'E47', 'E48') and p.person_id in (select id from person where created_by = 'demo') and not exists (
                  select 1 from permanence_order o where o.care_period_id = p.id and o.order_date = p.end_date and o.reason_ceased = p.reason_ceased)
                """)).as("every special guardianship or child arrangements order that ended care").isZero();
        assertThat(count("select count(*) from adoption_plan where order_date is null and ceased_date is null and person_id in (select id from person where created_by = 'demo')")).as("adoptions in progress").isPositive();
        assertThat(count("select count(*) from adoption_plan where ceased_date is not null and person_id in (select id from person where created_by = 'demo')")).as("plans reversed").isPositive();

        var today = LocalDate.now();
        var scorecard = adoption.scorecard(today);
        assertThat(scorecard.adopted()).as("the scorecard counts every demo adoption order of the three years, and any a test made")
                .isGreaterThanOrEqualTo((int) count("select count(*) from care_period where reason_ceased in ('E11', 'E12')"
                        + " and end_date > current_date - interval '3 years' and person_id in (select id from person where created_by = 'demo')"));
        assertThat(scorecard.a1().children()).isEqualTo(scorecard.adopted());
    }

    @Test
    void placementStabilityCountsEveryChildLookedAfterToday() {
        TestStaff.signInAs(staff.create(Role.TEAM_MANAGER));
        try {
            var figures = stability.on(LocalDate.now());
            assertThat(figures.lookedAfter()).as("other tests' children share the database")
                    .isEqualTo((int) count("select count(*) from care_period where start_date <= current_date and (end_date is null or end_date > current_date)"))
                    .isGreaterThanOrEqualTo(summary.lookedAfter());
            // The list names only children the reader may see; the count takes in restricted ones too.
            var restrictedInCare = (int) count("select count(distinct c.person_id) from care_period c join person p on p.id = c.person_id"
                    + " where p.restricted and c.start_date <= current_date and (c.end_date is null or c.end_date > current_date)");
            assertThat(figures.threeOrMore()).hasSizeBetween(figures.threeOrMorePlacements() - restrictedInCare, figures.threeOrMorePlacements())
                    .allMatch(c -> c.placementsInYear() >= 3);
            assertThat(figures.longTermCounted()).isPositive();
            assertThat(figures.longTermStable()).isBetween(1, figures.longTermCounted() - 1);
            assertThat(figures.notStable()).hasSizeBetween(figures.longTermCounted() - figures.longTermStable() - restrictedInCare,
                    figures.longTermCounted() - figures.longTermStable());
        } finally {
            TestStaff.signOut();
        }
    }

    @Test
    void someWorkersAreOverTheWorkloadThresholdSomeCasesAreHighlyComplexAndSomeWorkersPartTime() {
        assertThat(count("select count(*) from case_complexity where recorded_by = 'demo' and level = 'HIGH' and superseded_at is null"))
                .isGreaterThan(20);
        assertThat(jdbc.sql("select w.fte from working_pattern w join staff_user u on u.id = w.staff_user_id where u.username = 'sw2'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("0.8");
        TestStaff.signInAs(staff.create(Role.HEAD_OF_SERVICE));
        try {
            var teams = workload.teams();
            var demoTeams = teams.stream().filter(t -> t.teamName().startsWith("Child in Need Team") || t.teamName().startsWith("Children in Care Team")
                    || t.teamName().startsWith("Child Protection Team") || t.teamName().startsWith("Assessment Team")).toList();
            assertThat(demoTeams).hasSizeGreaterThanOrEqualTo(6);
            assertThat(demoTeams).as("some workers over the threshold").anySatisfy(t -> assertThat(t.workersOverThreshold()).isPositive());
            assertThat(demoTeams.stream().mapToInt(t -> t.workers() - t.workersOverThreshold()).sum()).as("and some not").isPositive();
        } finally {
            TestStaff.signOut();
        }
    }

    @Autowired
    org.opencsc.oversight.OversightApi oversight;

    @Test
    void managersOverseeOpenCasesMostlyOnTimeSomeLateSomeNotProgressingSoBothListsHaveChildren() {
        var open = count("select count(*) from person where created_by = 'demo' and case_status in"
                + " ('LOOKED_AFTER', 'CHILD_PROTECTION', 'CHILD_IN_NEED', 'ASSESSMENT', 'REFERRAL')");
        assertThat(demo("oversight_entry", "true")).isGreaterThan(open);
        assertThat(demo("oversight_entry", "x.kind = 'SUPERVISION'")).isPositive();
        assertThat(count("select count(*) from oversight_entry o join person p on p.id = o.person_id where p.created_by = 'demo' and not exists"
                + " (select 1 from oversight_action a where a.entry_id = o.id)")).as("every entry has an action").isZero();
        assertThat(demo("oversight_entry", "not exists (select 1 from case_event e where e.source = 'oversight_entry' and e.source_id = x.id"
                + " and e.kind = 'OVERSIGHT_RECORDED' and e.event_date = x.held_on)")).as("every entry is on the journey").isZero();
        assertThat(demo("oversight_entry", "x.held_on > current_date")).isZero();
        assertThat(demo("statutory_clock", "x.rule = 'OVERSIGHT_DUE' and x.met_on is null")).as("every open case has oversight due").isEqualTo(open);
        var late = demo("statutory_clock", "x.rule = 'OVERSIGHT_DUE' and x.met_on is null and x.due_on < current_date");
        assertThat(late).as("some late, most not").isPositive().isLessThan(open / 4);
        TestStaff.signInAs(staff.create(Role.TEAM_MANAGER));
        try {
            assertThat(oversight.lateCount(null)).as("other tests' children share the database").isGreaterThanOrEqualTo(late);
            var drift = oversight.driftCounts(null);
            assertThat(drift.get("NOT_PROGRESSING")).isPositive();
            assertThat(drift.get("VISIT_OVERDUE")).isPositive();
            assertThat(drift.get(org.opencsc.oversight.OversightApi.ANY_REASON)).isPositive();
        } finally {
            TestStaff.signOut();
        }
    }
}
