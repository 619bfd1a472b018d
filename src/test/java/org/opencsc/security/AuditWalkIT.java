package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.IntegrationTest;
import org.opencsc.assessment.AssessmentForms;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.childinneed.CinForms;
import org.opencsc.childinneed.CinPlanService;
import org.opencsc.frontdoor.FrontDoorForms;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.DateParts;
import org.opencsc.protection.ProtectionForms;
import org.opencsc.protection.ProtectionService;
import org.opencsc.work.CaseNoteService;
import org.opencsc.work.NoteForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every GET mapping in the application, as {@link AuthorisationRulesIT} walks every mapping
 * for its rule, and holds each to the audit: a page or API of a child's record that answers 200
 * must have written an audit row for that child; a list must have written its row; anything else
 * must say that it shows no child's record. A new page cannot be added without one of the three.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditWalkIT {

    /** A child's own record: the page or API takes the child's id as its first path variable. */
    private static final Pattern CHILD_SCOPED = Pattern.compile("^(/api)?/children/\\{id}(/.*)?$");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** The record behind a path variable, by the path segment before it: the ids of this child's records of that kind. */
    private static final Map<String, String> RECORDS_BY_SEGMENT = Map.ofEntries(
            Map.entry("adoption", "select id from adoption_plan where person_id = :child"),
            Map.entry("assessments", "select id from assessment where person_id = :child"),
            Map.entry("care", "select id from care_period where person_id = :child"),
            Map.entry("placements", "select pl.id from placement pl join care_period c on c.id = pl.period_id where c.person_id = :child"),
            Map.entry("case-audits", "select id from case_audit where person_id = :child"),
            Map.entry("events", "select id from significant_event where person_id = :child"),
            Map.entry("cin-plans", "select id from cin_plan where person_id = :child"),
            Map.entry("contacts", "select id from contact where person_id = :child"),
            Map.entry("pre-proceedings", "select id from pre_proceedings where person_id = :child"),
            Map.entry("proceedings", "select id from care_proceedings where person_id = :child"),
            Map.entry("cp-plans", "select id from cp_plan where person_id = :child"),
            Map.entry("enquiries", "select id from s47_enquiry where person_id = :child"),
            Map.entry("homeless-pathways", "select id from homeless_pathway where person_id = :child"),
            Map.entry("missing", "select id from missing_episode where person_id = :child"),
            Map.entry("notes", "select id from case_note where person_id = :child"),
            Map.entry("private-fostering", "select id from private_fostering_arrangement where person_id = :child"),
            Map.entry("service-referrals", "select id from service_referral where person_id = :child"),
            Map.entry("strategy-discussions", "select id from strategy_discussion where person_id = :child"));
    private static final String COURT_ASSESSMENTS = """
            select a.id from pre_proceedings_assessment a join pre_proceedings p on p.id = a.pre_proceedings_id where p.person_id = :child
            """;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChildRecordService records;
    @Autowired
    RecordPartsService parts;
    @Autowired
    CaseNoteService notes;
    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProtectionService protection;
    @Autowired
    CinPlanService cinPlans;
    @Autowired
    org.opencsc.care.CareService care;
    @Autowired
    org.opencsc.care.MissingFromCareService missing;
    @Autowired
    org.opencsc.permanence.AdoptionService adoption;
    @Autowired
    org.opencsc.services.ServiceReferralService serviceReferrals;
    @Autowired
    org.opencsc.homeless.HomelessPathwayService homelessPathways;
    @Autowired
    org.opencsc.leavingcare.LeavingCareService leavingCare;
    @Autowired
    org.opencsc.carers.PrivateFosteringService privateFostering;
    @Autowired
    org.opencsc.courts.PreProceedingsService preProceedings;
    @Autowired
    org.opencsc.courts.CareProceedingsService courtProceedings;
    @Autowired
    org.opencsc.chronology.ChronologyService chronology;
    @Autowired
    org.opencsc.quality.CaseAuditService caseAudits;

    private final Map<Role, StaffUser> users = new EnumMap<>(Role.class);
    private final List<Long> children = new ArrayList<>();
    private long team;
    private StaffUser manager;
    private StaffUser worker;

    record Get(String pattern, HandlerMethod handler) {
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    /** Children with as many parts of a record as the services make: each child-scoped page has one to show. */
    @BeforeAll
    void childrenWithEveryPartOfARecord() {
        manager = staff.create(Role.TEAM_MANAGER);
        users.put(Role.TEAM_MANAGER, manager);
        TestStaff.signInAs(manager);
        var suffix = String.valueOf(System.nanoTime() % 100000);

        var child = records.create(PersonForms.child("Walk", "Audited" + suffix, "8", "8", "2011"));
        parts.addAddress(child, new RecordPartsService.AddressForm("3 Elm Row", null, "Northwold", "HA8 7QT", on("2019-05-01")));
        parts.addWarning(child, new RecordPartsService.WarningForm("Dog at property", "Ask for it to be shut away",
                on("2026-01-01"), on("2026-03-01")));
        parts.addRelationship(child, new RecordPartsService.RelationshipForm("MOTHER", null, "Aoife", "Audited" + suffix,
                on("1985-01-01"), "FAMILY_MEMBER", true, DateParts.EMPTY));
        notes.finalise(child, new NoteForm(null, "HOME_VISIT", "Visit", "Saw the child at home.", DateParts.of(LocalDate.now()), null));
        chronology.add(child, new org.opencsc.chronology.ChronologyForms.EventForm(on("2025-04-02"), "HEALTH",
                "Broken arm after a fall at school.", "Missed a week of school.", "Hospital discharge letter", null));
        privateFostering.notify(child, new org.opencsc.carers.CarersForms.ArrangementForm("Mrs Byrne", "2 Elm Row, Northwold", null,
                on("2026-08-03"), on("2026-08-10")));
        var pre = preProceedings.start(child, new org.opencsc.courts.CourtForms.StartForm(on("2026-09-01"), on("2026-09-02")));
        preProceedings.commission(child, pre, new org.opencsc.courts.CourtForms.AssessmentForm("PARENTING", "Mother",
                on("2026-09-03"), on("2026-10-30")));
        team = jdbc.sql("insert into team (authority_id, name, service) select id, 'Audit walk team ' || :n, 'cin' from authority limit 1 returning id")
                .param("n", System.nanoTime()).query(Long.class).single();
        worker = staff.create(Role.SOCIAL_WORKER);
        jdbc.sql("update staff_user set team_id = :team where id in (:ids)").param("team", team)
                .param("ids", List.of(worker.id(), manager.id())).update();
        parts.allocate(child, new RecordPartsService.AllocationForm(team, worker.id(), on("2026-01-05")));
        caseAudits.start(child);
        children.add(child);

        var inCare = records.create(PersonForms.child("Walk", "InCare" + suffix, "2", "2", "2012"));
        var period = care.start(inCare, new org.opencsc.care.CareForms.StartForm(on("2026-06-01"), "C2", "U4", "PR1",
                "Mr and Mrs Doyle", "HA8 7QT", null, "4", "false"));
        care.move(inCare, period, new org.opencsc.care.CareForms.MoveForm(on("2026-08-03"), "CHILD", "K2", "PR4",
                "Oak House", null, "SC123456", null, "false"));
        missing.record(inCare, new org.opencsc.care.CareForms.MissingForm("A", on("2026-10-04"), "22:15", DateParts.EMPTY, "", "false"));
        adoption.decide(inCare, new org.opencsc.permanence.PermanenceForms.DecisionForm(on("2026-07-01")));
        serviceReferrals.refer(inCare, new org.opencsc.services.ServiceReferralForms.ReferralForm("CAMHS", "CAMHS North",
                on("2026-09-01"), "Low mood."));
        courtProceedings.apply(inCare, new org.opencsc.courts.CourtForms.ApplicationForm("CARE_ORDER",
                on("2026-06-01"), "Northwold Family Court", "NW26C00001"));
        children.add(inCare);

        var homeless = records.create(PersonForms.child("Walk", "Homeless" + suffix, "11", "4", "2009"));
        homelessPathways.present(homeless, new org.opencsc.homeless.HomelessPathwayForms.PresentationForm(
                on("2026-11-02"), "15:20", "HOUSING", "Northwold housing options", on("2026-11-02"),
                "true", "BED_AND_BREAKFAST", on("2026-11-02")));
        children.add(homeless);

        var careLeaver = records.create(PersonForms.child("Walk", "Leaver" + suffix, "20", "3", "2008"));
        var leftCare = care.start(careLeaver, new org.opencsc.care.CareForms.StartForm(on("2023-06-05"), "C2", "U4", "PR1",
                "Mr and Mrs Kaur", null, null, null, "false"));
        care.end(careLeaver, leftCare, new org.opencsc.care.CareForms.EndForm(on("2026-03-20"), "E17"));
        leavingCare.startSupport(careLeaver, new org.opencsc.leavingcare.LeavingCareForms.StartSupportForm(on("2026-03-20"), "P. Okafor"));
        children.add(careLeaver);

        // Through the front door to a child protection plan, with a child in need plan before it.
        var protectedChild = records.create(PersonForms.child("Walk", "Protected" + suffix, "9", "9", "2017"));
        var contact = frontDoor.recordContact(protectedChild, new FrontDoorForms.ContactForm(on("2025-05-01"), "6", "Concerns reported."));
        frontDoor.decide(protectedChild, contact, new FrontDoorForms.DecisionForm(on("2025-05-01"), "REFERRAL", "Threshold met.", "N1"));
        var assessment = assessments.start(protectedChild, new AssessmentForms.StartForm(on("2025-05-02")));
        assessments.save(protectedChild, assessment, new AssessmentForms.DetailsForm(on("2025-05-06"), "true", List.of("3A", "4B"),
                "Analysis", "STRATEGY_DISCUSSION", null), true);
        assessments.authorise(protectedChild, assessment, new AssessmentForms.AuthoriseForm(on("2025-06-10")));
        cinPlans.start(protectedChild, new CinForms.PlanForm(on("2025-06-11"), "Keep the child safe at home"));
        protection.recordStrategyDiscussion(protectedChild, new ProtectionForms.StrategyForm(on("2025-06-12"), "Police, health, school",
                "SECTION_47", "Disclosure at school", on("2025-06-12")));
        var enquiry = protection.forPerson(protectedChild).openEnquiry().orElseThrow();
        protection.holdInitialConference(protectedChild, enquiry.id(),
                new ProtectionForms.InitialConferenceForm(on("2025-06-20"), "R. Chair", "PLAN", "NEG"));
        children.add(protectedChild);

        // A section 47 enquiry still waiting for its conference.
        var enquired = records.create(PersonForms.child("Walk", "Enquiry" + suffix, "1", "3", "2016"));
        var second = frontDoor.recordContact(enquired, new FrontDoorForms.ContactForm(on("2026-06-01"), "6", "Concerns reported."));
        frontDoor.decide(enquired, second, new FrontDoorForms.DecisionForm(on("2026-06-01"), "REFERRAL", "Threshold met.", "N1"));
        protection.recordStrategyDiscussion(enquired, new ProtectionForms.StrategyForm(on("2026-06-03"), "Police", "SECTION_47",
                "Unexplained injury", on("2026-06-03")));
        children.add(enquired);
        TestStaff.signOut();
    }

    @AfterAll
    void signOut() {
        TestStaff.signOut();
    }

    private List<Get> gets() {
        var gets = new ArrayList<Get>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!HandlerRules.ours(handler) || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                return;
            }
            info.getPatternValues().forEach(pattern -> gets.add(new Get(pattern, handler)));
        });
        return gets;
    }

    /** A member of staff whose role has every permission the handler's rule names (a team manager where that will do). */
    private StaffUser allowed(HandlerMethod handler) {
        return users.computeIfAbsent(HandlerRules.roleAllowed(handler, Role.TEAM_MANAGER), staff::create);
    }

    private long lastAuditRow() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private boolean auditedSince(long after, long child) {
        return jdbc.sql("select exists (select 1 from audit_event where id > :after and (person_id = :child or :child = any(shown_person_ids)))")
                .param("after", after).param("child", child).query(Boolean.class).single();
    }

    /** The paths this pattern stands for with this child: each path variable filled with the ids of the child's records of its kind. */
    private List<String> pathsFor(String pattern, long child) {
        var paths = new ArrayList<>(List.of(""));
        var segments = pattern.substring(1).split("/");
        for (var i = 0; i < segments.length; i++) {
            var segment = segments[i];
            var variable = VARIABLE.matcher(segment);
            List<String> values;
            if (!variable.matches()) {
                values = List.of(segment);
            } else if (i > 0 && segments[i - 1].equals("children")) {
                values = List.of(String.valueOf(child));
            } else {
                var before = i > 0 ? segments[i - 1] : "";
                var sql = before.equals("assessments") && pattern.contains("pre-proceedings") ? COURT_ASSESSMENTS : RECORDS_BY_SEGMENT.get(before);
                values = sql == null ? List.of("0")
                        : jdbc.sql(sql).param("child", child).query(Long.class).list().stream().map(String::valueOf).toList();
            }
            var next = new ArrayList<String>();
            for (var path : paths) {
                for (var value : values) {
                    next.add(path + "/" + value);
                }
            }
            paths = next;
        }
        return paths.stream().limit(8).toList();
    }

    /** The answer's status; an exception that escaped the application counts as a 500. */
    private int statusOf(String path, StaffUser user) {
        try {
            return mvc.perform(get(path).with(TestStaff.as(user))).andReturn().getResponse().getStatus();
        } catch (Exception failed) {
            return 500;
        }
    }

    @Test
    void everyGetMappingIsAChildsRecordAListOrSaysItShowsNoChild() {
        var gets = gets();
        assertThat(gets).hasSizeGreaterThan(100);
        var unclassified = new TreeSet<String>();
        for (var get : gets) {
            var kinds = (CHILD_SCOPED.matcher(get.pattern()).matches() ? 1 : 0)
                    + (HandlerRules.annotation(get.handler(), ListsChildren.class) != null ? 1 : 0)
                    + (HandlerRules.annotation(get.handler(), ShowsNoChildRecord.class) != null ? 1 : 0);
            if (kinds != 1) {
                unclassified.add(get.pattern() + " (" + get.handler().getShortLogMessage() + ")");
            }
        }
        assertThat(unclassified).as("GET mappings that are not exactly one of: a child's record (/children/{id}...), @ListsChildren, "
                + "@ShowsNoChildRecord").isEmpty();
    }

    @Test
    void everyPageAndApiOfAChildsRecordThatAnswersAuditsTheRead() throws Exception {
        var answered = new TreeSet<String>();
        var unaudited = new TreeSet<String>();
        var failed = new TreeSet<String>();
        for (var get : gets()) {
            if (!CHILD_SCOPED.matcher(get.pattern()).matches()) {
                continue;
            }
            var user = allowed(get.handler());
            for (var child : children) {
                for (var path : pathsFor(get.pattern(), child)) {
                    var before = lastAuditRow();
                    var status = statusOf(path, user);
                    if (status >= 500) {
                        failed.add("GET " + path + " answered " + status);
                    }
                    if (status != 200) {
                        continue;
                    }
                    answered.add(get.pattern());
                    if (!auditedSince(before, child)) {
                        unaudited.add("GET " + get.pattern() + " as " + path);
                    }
                    // One answer per child and mapping is enough: the next child is read in another state.
                    break;
                }
            }
        }
        assertThat(unaudited).as("reads of a child's record that answered 200 and wrote no audit row for the child").isEmpty();
        // A record in a state its page does not expect is answered, never a server error.
        assertThat(failed).as("child-scoped pages that failed").isEmpty();
        // Not vacuous: most of the child-scoped pages and APIs answered with a record to show.
        assertThat(answered).as("child-scoped mappings that answered 200").hasSizeGreaterThan(100);
        assertThat(answered).anyMatch(p -> p.startsWith("/api/children/{id}"))
                .contains("/children/{id}/cp-plans/{planId}", "/children/{id}/assessments/{assessmentId}",
                        "/children/{id}/notes/{noteId}/correct", "/api/children/{id}/protection");
    }

    @Test
    void everyListThatAnswersWritesItsRowWithTheChildrenItShowed() throws Exception {
        var answered = new TreeSet<String>();
        var unaudited = new TreeSet<String>();
        for (var get : gets()) {
            var list = HandlerRules.annotation(get.handler(), ListsChildren.class);
            if (list == null || CHILD_SCOPED.matcher(get.pattern()).matches()) {
                continue;
            }
            var path = VARIABLE.matcher(get.pattern()).replaceAll(m -> m.group(1).equals("teamId") || get.pattern().contains("teams/")
                    ? String.valueOf(team) : "1");
            var user = allowed(get.handler());
            var before = lastAuditRow();
            if (statusOf(path, user) != 200) {
                continue;
            }
            answered.add(get.pattern());
            var rows = jdbc.sql("select count(*) from audit_event where id > :after and action = 'LIST' and username = :user and detail like :list")
                    .param("after", before).param("user", user.username()).param("list", "%" + list.value() + "%").query(Long.class).single();
            if (rows != 1) {
                unaudited.add(get.pattern() + " wrote " + rows + " list rows");
            }
        }
        assertThat(unaudited).isEmpty();
        assertThat(answered).as("lists that answered 200").hasSizeGreaterThan(15);
    }

    @Test
    void aWorkersListNamesTheChildrenItShowedAndNoneByName() throws Exception {
        var before = lastAuditRow();
        assertThat(statusOf("/performance/workload/workers/" + worker.id(), manager)).isEqualTo(200);
        record ListRow(String detail, List<Long> shown) {
        }
        var row = jdbc.sql("select detail, shown_person_ids from audit_event where id > :after and action = 'LIST'")
                .param("after", before).query((rs, n) -> new ListRow(rs.getString("detail"),
                        List.of((Long[]) rs.getArray("shown_person_ids").getArray()))).single();
        assertThat(row.shown()).contains(children.getFirst());
        assertThat(row.detail()).doesNotContain("Audited").doesNotContain("Walk");
    }

    @Test
    void aRestrictedRecordAnswersNotFoundAndWritesNoViewOnlyTheRefusal() throws Exception {
        TestStaff.signInAs(manager);
        var hidden = records.create(PersonForms.child("Walk", "Hidden" + System.nanoTime() % 100000, "1", "1", "2015"));
        records.restrict(hidden, "Adoption", List.of(manager.id()));
        TestStaff.signOut();
        var outsider = staff.create(Role.TEAM_MANAGER);
        var before = lastAuditRow();
        for (var path : List.of("/children/" + hidden, "/children/" + hidden + "/journey", "/api/children/" + hidden)) {
            assertThat(mvc.perform(get(path).with(TestStaff.as(outsider))).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(jdbc.sql("select action from audit_event where id > :after and person_id = :child").param("after", before)
                .param("child", hidden).query(String.class).list()).containsOnly("REFUSED").hasSize(3);
    }

    @Test
    void aPageThatReadsTheChildManyTimesWritesOneViewAndAChangeWritesNoViewBesideIt() throws Exception {
        var child = children.getFirst();
        var before = lastAuditRow();
        mvc.perform(get("/children/" + child).with(TestStaff.as(manager))).andReturn();
        assertThat(jdbc.sql("select count(*) from audit_event where id > :after and person_id = :child and action = 'VIEW'")
                .param("after", before).param("child", child).query(Long.class).single()).isEqualTo(1);

        // The API answers 201 with the note it made and read back: the CREATE tells the read, so no VIEW is written beside it.
        before = lastAuditRow();
        var created = mvc.perform(post("/api/children/" + child + "/notes").with(TestStaff.as(manager)).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"PHONE_CALL\", \"subject\": \"Call\", \"body\": \"School called.\", \"occurredOn\": \"2026-02-01\"}"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(jdbc.sql("select action from audit_event where id > :after and person_id = :child").param("after", before)
                .param("child", child).query(String.class).list()).containsExactly("CREATE");
    }
}
