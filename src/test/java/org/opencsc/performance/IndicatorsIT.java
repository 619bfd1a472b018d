package org.opencsc.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.IntegrationTest;
import org.opencsc.assessment.AssessmentForms.AuthoriseForm;
import org.opencsc.assessment.AssessmentForms.DetailsForm;
import org.opencsc.assessment.AssessmentForms.StartForm;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.protection.ProtectionForms.InitialConferenceForm;
import org.opencsc.protection.ProtectionForms.ReviewConferenceForm;
import org.opencsc.protection.ProtectionForms.StrategyForm;
import org.opencsc.protection.ProtectionService;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.StatutoryReturns;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;

/**
 * The indicators are counted from the same records as the returns: the CIN and child protection
 * figures for a collection year agree with the CIN census made for it, whatever else the database
 * holds; the monthly sums stay equal to their facts through every incremental change; and the
 * children behind a figure hide restricted records from those who may not see them.
 */
@IntegrationTest
class IndicatorsIT {

    private static final CollectionYear YEAR = new CollectionYear(2026);
    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    IndicatorFacts facts;
    @Autowired
    IndicatorRepository repository;
    @Autowired
    PerformanceDashboards dashboards;
    @Autowired
    IndicatorComparisons comparisons;
    @Autowired
    StatutoryReturns returns;
    @Autowired
    ChildRecordService records;
    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProtectionService protection;
    @Autowired
    TestStaff staff;
    @Autowired
    org.opencsc.care.CareService care;
    @Autowired
    org.opencsc.care.MissingFromCareService missing;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path out;

    StaffUser worker;
    StaffUser manager;

    @BeforeEach
    void signIn() {
        worker = staff.create(Role.SOCIAL_WORKER);
        manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(worker);
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    @Test
    void theCinAndChildProtectionFiguresForAYearAgreeWithTheCinCensusForIt() throws Exception {
        // Two journeys in the year so that every figure compared has something in it, whatever else is recorded.
        var first = protectedChild("Agree", "2025-05-01", "2025-06-12", "2025-06-20", "NEG");
        protection.holdReviewConference(first, protection.forPerson(first).openPlan().orElseThrow().id(),
                new ReviewConferenceForm(on("2025-09-15"), "R. Chair", "END", null, "NO_LONGER_AT_RISK"));
        // The second conference is late: 15 working days from 1 July 2025 is 22 July.
        protectedChild("Still", "2025-06-30", "2025-07-01", "2025-07-30", "PHY");
        facts.rebuild();

        var census = census();
        assertThat(figure(Indicator.REFERRALS)).as("referrals").isEqualTo(census.referrals).isPositive();
        assertThat(figure(Indicator.ASSESSMENTS_IN_45_DAYS)).as("assessments authorised").isEqualTo(census.assessments).isPositive();
        assertThat(figure(Indicator.SECTION_47_ENQUIRIES)).as("section 47 enquiries").isEqualTo(census.enquiries).isPositive();
        assertThat(figure(Indicator.ICPCS_IN_15_DAYS)).as("initial conferences").isEqualTo(census.conferences).isPositive();
        assertThat(met(Indicator.ICPCS_IN_15_DAYS)).as("initial conferences on time").isEqualTo(census.conferencesOnTime)
                .isLessThan(census.conferences);
        assertThat(figure(Indicator.CP_PLANS_STARTED)).as("plans started").isEqualTo(census.plansStarted).isPositive();
        assertThat(met(Indicator.REPEAT_CP_PLANS)).as("repeat plans").isEqualTo(census.repeatPlans);
        assertThat(figure(Indicator.CP_PLANS_OVER_2_YEARS)).as("plans ended").isEqualTo(census.plansEnded).isPositive();
        for (var category : census.startedByCategory.entrySet()) {
            assertThat(dashboards.totals(Indicator.CP_PLANS_STARTED, APRIL, MARCH, category.getKey()).counted())
                    .as("plans started under " + category.getKey()).isEqualTo(category.getValue());
        }
        assertThat(dashboards.totals(Indicator.CP_PLANS_BY_CATEGORY, MARCH, MARCH, null).counted()).as("plans open at 31 March")
                .isEqualTo(census.openAtEnd.values().stream().mapToLong(Long::longValue).sum()).isPositive();
        for (var category : census.openAtEnd.entrySet()) {
            assertThat(dashboards.totals(Indicator.CP_PLANS_BY_CATEGORY, MARCH, MARCH, category.getKey()).counted())
                    .as("plans open at 31 March under " + category.getKey()).isEqualTo(category.getValue());
        }
        assertThat(dashboards.totals(Indicator.CHILDREN_IN_NEED, MARCH, MARCH, null).counted()).as("children in need at 31 March")
                .isEqualTo(census.childrenInNeedAtEnd).isPositive();
    }

    @Test
    void aChangeToAChildsRecordMovesTheSumsByItsFactsOnTheNextRefresh() {
        facts.bringUpToDate();
        var may = YearMonth.of(2025, 5);
        var before = dashboards.totals(Indicator.REFERRALS, may, may, null).counted();
        var child = child("Refresh");
        refer(child, "2025-05-14");

        facts.bringUpToDate();

        assertThat(dashboards.totals(Indicator.REFERRALS, may, may, null).counted()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from indicator_fact where person_id = :id and indicator = 'CONTACTS'")
                .param("id", child).query(Long.class).single()).isEqualTo(1);
        assertSumsEqualFacts();
    }

    @Test
    void aPendingFactIsMissedOnceItsDayHasPassedAndTheSumsFollow() {
        // A plan that started yesterday: its first visit and core group are not yet due.
        var today = LocalDate.now(org.opencsc.platform.ClockZone.UK);
        protectedChild("Pending", today.minusDays(9).toString(), today.minusDays(6).toString(), today.minusDays(1).toString(), "EMO");
        facts.bringUpToDate();
        var pending = jdbc.sql("select count(*) from indicator_fact where outcome = 'P'").query(Long.class).single();
        var missedBefore = jdbc.sql("select count(*) from indicator_fact where outcome = 'N'").query(Long.class).single();
        assertThat(pending).as("visits, reviews and the like not yet due").isPositive();

        var decided = transactions.execute(status -> repository.decidePending(LocalDate.now().plusYears(3)));

        assertThat(decided).isPositive();
        assertThat(jdbc.sql("select count(*) from indicator_fact where outcome = 'P'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from indicator_fact where outcome = 'N'").query(Long.class).single())
                .isEqualTo(missedBefore + pending);
        assertSumsEqualFacts();
        facts.rebuild();
        assertThat(jdbc.sql("select count(*) from indicator_fact where outcome = 'P'").query(Long.class).single()).isEqualTo(pending);
    }

    @Test
    void aReturnHomeInterviewInTheSeventySecondHourIsOnTimeAndOneAMinuteLaterIsNot() {
        // Returned on Monday 2 June 2025 at 09:30; 72 hours later is Thursday 5 June at 09:30 (British summer time throughout).
        var onTime = returnedAndInterviewed("Prompt", "09:30");
        var late = returnedAndInterviewed("Slow", "09:31");
        facts.bringUpToDate();

        assertThat(outcome(Indicator.RETURN_INTERVIEWS_IN_72_HOURS, onTime)).isEqualTo("Y");
        assertThat(outcome(Indicator.RETURN_INTERVIEWS_IN_72_HOURS, late)).isEqualTo("N");
        assertThat(jdbc.sql("select month from indicator_fact where indicator = 'RETURN_INTERVIEWS_IN_72_HOURS' and person_id = :id")
                .param("id", late).query(LocalDate.class).single()).as("counted in the month of the return").isEqualTo(LocalDate.of(2025, 6, 1));
        assertSumsEqualFacts();
    }

    private long returnedAndInterviewed(String name, String completedAt) {
        var child = child(name);
        var period = care.start(child, new org.opencsc.care.CareForms.StartForm(on("2025-04-01"), "V2", "U1", "PR1", "Mr and Mrs Adebayo",
                "NW2 1AA", null, null, "false"));
        var episode = missing.record(child, new org.opencsc.care.CareForms.MissingForm("M", on("2025-06-01"), "22:00", on("2025-06-02"),
                "09:30", "true"));
        missing.recordInterview(child, episode, new org.opencsc.care.CareForms.InterviewForm(on("2025-06-03"), "10:00", "true", on("2025-06-05"),
                completedAt, "Independent advocate", "Went to a friend's house; no harm."));
        return child;
    }

    private String outcome(Indicator indicator, long child) {
        return jdbc.sql("select outcome from indicator_fact where indicator = :indicator and person_id = :id")
                .param("indicator", indicator.name()).param("id", child).query(String.class).single();
    }

    @Test
    void aRestrictedChildIsCountedButNotNamedToThoseWhoMayNotSeeThem() {
        var hidden = child("Hidden");
        refer(hidden, "2025-05-20");
        var open = child("Open");
        refer(open, "2025-05-20");
        TestStaff.signInAs(manager);
        records.restrict(hidden, "Child of a member of staff", List.of(manager.id()));
        facts.bringUpToDate();

        TestStaff.signInAs(staff.create(Role.HEAD_OF_SERVICE));
        var lines = allLines(Indicator.REFERRALS, YearMonth.of(2025, 5));
        assertThat(lines).anySatisfy(line -> assertThat(line.personId()).isEqualTo(open));
        assertThat(lines).noneSatisfy(line -> assertThat(line.personId()).isEqualTo(hidden));
        assertThat(lines).filteredOn(PerformanceDashboards.ChildLine::restricted)
                .allSatisfy(line -> assertThat(line.name()).isEqualTo("Restricted record"))
                .isNotEmpty();

        TestStaff.signInAs(manager);
        assertThat(allLines(Indicator.REFERRALS, YearMonth.of(2025, 5))).anySatisfy(line -> assertThat(line.personId()).isEqualTo(hidden));
    }

    @Test
    void nationalAndComparatorValuesAreCheckedAndShownBesideTheAuthoritysFigure() {
        TestStaff.signInAs(staff.create(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> comparisons.save(new ComparisonForm("re-referrals", "2024/25", "122", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems().all())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("national")));
        assertThatThrownBy(() -> comparisons.save(new ComparisonForm("re-referrals", "last year", "22", "20", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems().all())
                        .extracting(org.opencsc.platform.FieldProblems.Problem::field).contains("period", "comparatorName"));

        comparisons.save(new ComparisonForm("re-referrals", "2024/25", "22.4", "20.1", "Statistical neighbours"));

        var comparison = dashboards.trends(null).get(Indicator.RE_REFERRALS).comparison();
        assertThat(comparison.national()).isEqualTo(22.4);
        assertThat(comparison.comparator()).isEqualTo(20.1);
        assertThat(comparison.comparatorName()).isEqualTo("Statistical neighbours");
    }

    private List<PerformanceDashboards.ChildLine> allLines(Indicator indicator, YearMonth month) {
        var lines = new java.util.ArrayList<PerformanceDashboards.ChildLine>();
        for (int page = 1; ; page++) {
            var list = dashboards.children(indicator, month, null, null, null, page);
            lines.addAll(list.lines());
            if (!list.hasNext()) {
                return lines;
            }
        }
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private void assertSumsEqualFacts() {
        var mismatches = jdbc.sql("""
                select count(*) from (
                    select indicator, month, team_id, breakdown,
                           count(*) filter (where outcome <> 'P') as counted, count(*) filter (where outcome = 'Y') as met
                    from indicator_fact group by indicator, month, team_id, breakdown) f
                full join (select * from indicator_month where counted <> 0 or met <> 0) m
                  using (indicator, month, team_id, breakdown)
                where coalesce(f.counted, 0) <> coalesce(m.counted, 0) or coalesce(f.met, 0) <> coalesce(m.met, 0)
                """).query(Long.class).single();
        assertThat(mismatches).as("monthly sums that differ from their facts").isZero();
    }

    private long figure(Indicator indicator) {
        return dashboards.totals(indicator, APRIL, MARCH, null).counted();
    }

    private long met(Indicator indicator) {
        return dashboards.totals(indicator, APRIL, MARCH, null).met();
    }

    /** What the CIN census says for the year, counted from its XML. */
    private record CensusCounts(long referrals, long assessments, long enquiries, long conferences, long conferencesOnTime, long plansStarted,
                                long repeatPlans, long plansEnded, Map<String, Long> startedByCategory, Map<String, Long> openAtEnd,
                                long childrenInNeedAtEnd) {
    }

    private CensusCounts census() throws Exception {
        var file = returns.named("cin-census").orElseThrow().export(YEAR, out, ExportProgress.NONE).getFirst();
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        long referrals = 0, assessments = 0, enquiries = 0, conferences = 0, onTime = 0, started = 0, repeat = 0, ended = 0;
        var startedBy = new HashMap<String, Long>();
        var openAtEnd = new HashMap<String, Long>();
        var inNeed = new HashSet<String>();
        var children = document.getElementsByTagName("Child");
        for (int c = 0; c < children.getLength(); c++) {
            var child = (Element) children.item(c);
            var id = text(child, "LAchildID");
            var episodes = child.getElementsByTagName("CINdetails");
            for (int e = 0; e < episodes.getLength(); e++) {
                var episode = (Element) episodes.item(e);
                if (inYear(text(episode, "CINreferralDate"))) {
                    referrals++;
                }
                if (text(episode, "CINclosureDate") == null) {
                    inNeed.add(id);
                }
                for (var assessment : elements(episode, "Assessments")) {
                    if (inYear(text(assessment, "AssessmentAuthorisationDate"))) {
                        assessments++;
                    }
                }
                for (var enquiry : elements(episode, "Section47")) {
                    if (inYear(text(enquiry, "S47ActualStartDate"))) {
                        enquiries++;
                    }
                    var held = text(enquiry, "DateOfInitialCPC");
                    if (inYear(held)) {
                        conferences++;
                        if (held.compareTo(text(enquiry, "InitialCPCtarget")) <= 0) {
                            onTime++;
                        }
                    }
                }
                for (var plan : elements(episode, "ChildProtectionPlans")) {
                    var start = text(plan, "CPPstartDate");
                    var end = text(plan, "CPPendDate");
                    if (inYear(start)) {
                        started++;
                        startedBy.merge(text(plan, "InitialCategoryOfAbuse"), 1L, Long::sum);
                        if (Integer.parseInt(text(plan, "NumberOfPreviousCPP")) > 0) {
                            repeat++;
                        }
                    }
                    if (inYear(end)) {
                        ended++;
                    }
                    if (end == null) {
                        openAtEnd.merge(text(plan, "LatestCategoryOfAbuse"), 1L, Long::sum);
                    }
                }
            }
        }
        return new CensusCounts(referrals, assessments, enquiries, conferences, onTime, started, repeat, ended, startedBy, openAtEnd,
                inNeed.size());
    }

    private static boolean inYear(String date) {
        return date != null && !LocalDate.parse(date).isBefore(YEAR.start()) && !LocalDate.parse(date).isAfter(YEAR.end());
    }

    private static List<Element> elements(Element parent, String name) {
        var nodes = parent.getElementsByTagName(name);
        var list = new java.util.ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static String text(Element parent, String name) {
        var nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    private long protectedChild(String name, String referred, String strategy, String conference, String category) {
        var child = child(name);
        refer(child, referred);
        var assessment = assessments.start(child, new StartForm(on(referred)));
        assessments.save(child, assessment, new DetailsForm(on(referred), "true", List.of("3A"), "Analysis", "STRATEGY_DISCUSSION", null), true);
        TestStaff.signInAs(manager);
        assessments.authorise(child, assessment, new AuthoriseForm(on(strategy)));
        TestStaff.signInAs(worker);
        protection.recordStrategyDiscussion(child, new StrategyForm(on(strategy), "Police, health, school", "SECTION_47", "Disclosure", on(strategy)));
        var enquiry = protection.forPerson(child).openEnquiry().orElseThrow();
        protection.holdInitialConference(child, enquiry.id(), new InitialConferenceForm(on(conference), "R. Chair", "PLAN", category));
        return child;
    }

    private long child(String given) {
        return records.create(new PersonForm("CHILD", null, given, null, "Indicator" + System.nanoTime() % 100000, new DateParts("9", "9", "2016"),
                DateParts.EMPTY, "F", null, "WBRI", null, null, null, null, "English", null, null, false, List.of("NONE"), null));
    }

    private void refer(long child, String date) {
        var contact = frontDoor.recordContact(child, new ContactForm(on(date), "6", "Concerns reported."));
        frontDoor.decide(child, contact, new DecisionForm(on(date), "REFERRAL", "Threshold met.", "N1"));
    }

    private static DateParts on(String iso) {
        var date = LocalDate.parse(iso);
        return new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }
}
