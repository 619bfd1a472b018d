package org.opencsc.adopters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.adopters.AdoptersForms.ApprovalForm;
import org.opencsc.adopters.AdoptersForms.FamilyForm;
import org.opencsc.adopters.AdoptersForms.LeavingForm;
import org.opencsc.adopters.AdoptersForms.StepForm;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.permanence.AdoptiveFamilies;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestApiTokens;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Adoptive families on the real database: each step in order or refused naming the field and the conflict, nothing half-saved, every change audited. */
@IntegrationTest
class AdoptersIT {

    @Autowired
    AdoptersService adopters;
    @Autowired
    AdoptiveFamilies port;
    @Autowired
    ChildRecordService records;
    @Autowired
    org.opencsc.child.TestChildren children;
    @Autowired
    TestStaff staff;
    @Autowired
    TestApiTokens apiTokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    StaffUser worker;

    @BeforeEach
    void signIn() {
        worker = staff.create(Role.FOSTERING_ADOPTION_WORKER);
        TestStaff.signInAs(worker);
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static StepForm on(String iso) {
        return new StepForm(date(iso));
    }

    private static DateParts date(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private static FamilyForm couple(String surname, String enquiry, String fastTrack) {
        return new FamilyForm(date(enquiry), fastTrack, "Ada", surname, "F", "BAFR", "NO", "Chidi", surname, "M", "BAFR", "YES");
    }

    private static FamilyForm single(String surname, String enquiry) {
        return new FamilyForm(date(enquiry), null, "Sam", surname, "M", "WBRI", "NOT_KNOWN", null, null, null, null, null);
    }

    private long audited(long family) {
        return jdbc.sql("select count(*) from audit_event where username = :u and detail ~* :d")
                .param("u", worker.username()).param("d", "adoptive family " + family + "[^0-9]").query(Long.class).single();
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().all().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    private long approvedFamily(String surname) {
        var id = adopters.addFamily(couple(surname, "2025-09-01", null));
        adopters.startStageOne(id, on("2025-09-15"));
        adopters.endStageOne(id, on("2025-11-10"));
        adopters.receiveApplication(id, on("2025-12-01"));
        adopters.approve(id, new ApprovalForm(date("2026-03-20"), date("2026-03-31")));
        return id;
    }

    @Test
    void aFamilyGoesFromEnquiryThroughBothStagesToApprovalAndFosteringForAdoption() {
        var id = adopters.addFamily(couple("Okafor" + System.nanoTime() % 1000, "2025-12-31", null));
        assertThat(adopters.family(id).stage()).isEqualTo(FamilyStage.ENQUIRY);
        assertThat(adopters.family(id).family().adopters()).hasSize(2).extracting(a -> a.disability()).containsExactly(AdopterDisability.NO,
                AdopterDisability.YES);
        assertThat(audited(id)).isEqualTo(1);

        adopters.startStageOne(id, on("2025-12-31"));
        var started = adopters.family(id);
        assertThat(started.stage()).isEqualTo(FamilyStage.STAGE_ONE);
        assertThat(started.stageOne().due()).as("31 December + 2 months").isEqualTo("2026-02-28");
        assertThat(started.stageOne().standing()).as("never ended, long past due").isEqualTo(StageClock.Standing.LATE);

        adopters.endStageOne(id, on("2026-03-02"));
        assertThat(adopters.family(id).stageOne().standing()).isEqualTo(StageClock.Standing.ENDED_LATE);
        assertThat(adopters.family(id).stage()).isEqualTo(FamilyStage.BETWEEN_STAGES);
        adopters.receiveApplication(id, on("2026-04-30"));
        assertThat(adopters.family(id).stageTwo().due()).isEqualTo("2026-08-30");
        adopters.approve(id, new ApprovalForm(date("2026-08-20"), date("2026-08-28")));
        var approved = adopters.family(id);
        assertThat(approved.stage()).isEqualTo(FamilyStage.APPROVED);
        assertThat(approved.stageTwo().standing()).isEqualTo(StageClock.Standing.ENDED_IN_TIME);
        assertThat(approved.daysWaiting()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2026-08-28"), adopters.today()));
        adopters.approveForFosteringForAdoption(id, on("2026-09-01"));
        assertThat(audited(id)).isEqualTo(6);

        var rows = adopters.annexA().stream().filter(r -> r.familyId() == id).toList();
        assertThat(rows).hasSize(2).allMatch(AnnexAAdopter::fosteringForAdoption);
        assertThat(rows.getFirst()).extracting(AnnexAAdopter::gender, AnnexAAdopter::ethnicity, AnnexAAdopter::enquiry, AnnexAAdopter::stageOneStarted,
                        AnnexAAdopter::stageOneEnded, AnnexAAdopter::stageTwoStarted, AnnexAAdopter::stageTwoEnded, AnnexAAdopter::approved)
                .containsExactly("F", "BAFR", LocalDate.parse("2025-12-31"), LocalDate.parse("2025-12-31"), LocalDate.parse("2026-03-02"),
                        LocalDate.parse("2026-04-30"), LocalDate.parse("2026-08-28"), LocalDate.parse("2026-08-28"));
        assertThat(adopters.workList(FamilyStage.APPROVED).waiting()).anyMatch(v -> v.family().id() == id);
        assertThat(adopters.workList(FamilyStage.STAGE_ONE).families()).noneMatch(v -> v.family().id() == id);
    }

    @Test
    void stepsOutOfOrderOrContradictoryAreRefusedNamingTheFieldAndNothingIsSaved() {
        var id = adopters.addFamily(single("Byrne", "2026-01-05"));
        assertThat(problems(() -> adopters.receiveApplication(id, on("2026-02-01")))).containsExactly("date: Stage two starts after stage one: record "
                + "the decision to proceed at the end of stage one first, or, for approved foster carers or previous adopters, add the family on the fast track");
        assertThat(problems(() -> adopters.approve(id, new ApprovalForm(date("2026-02-01"), date("2026-02-02"))))).containsExactly(
                "decisionDate: Approval comes at the end of stage two, which has not started: record the application first");
        assertThat(problems(() -> adopters.endStageOne(id, on("2026-02-01")))).containsExactly(
                "date: Stage one has not started: record the registration of interest accepted first");
        assertThat(problems(() -> adopters.startStageOne(id, on("2026-01-04")))).containsExactly(
                "date: Date the registration of interest was accepted (4 January 2026) must not be before the enquiry (5 January 2026)");
        var tomorrow = adopters.today().plusDays(1);
        assertThat(problems(() -> adopters.startStageOne(id, new StepForm(DateParts.of(tomorrow))))).containsExactly(
                "date: Date the registration of interest was accepted must be today or in the past");
        assertThat(adopters.family(id).stage()).isEqualTo(FamilyStage.ENQUIRY);
        assertThat(audited(id)).as("only the enquiry").isEqualTo(1);

        adopters.startStageOne(id, on("2026-01-20"));
        assertThat(problems(() -> adopters.startStageOne(id, on("2026-01-21")))).containsExactly("date: Stage one already started on 20 January 2026");
        adopters.endStageOne(id, on("2026-03-02"));
        assertThat(problems(() -> adopters.receiveApplication(id, on("2026-09-03")))).containsExactly("date: Date the application was received "
                + "(3 September 2026) is more than 6 months after stage one ended (2 March 2026): the family must go through stage one again, as a new enquiry");
        adopters.receiveApplication(id, on("2026-09-02"));
        assertThat(problems(() -> adopters.approve(id, new ApprovalForm(date("2026-10-10"), date("2026-10-01"))))).containsExactly(
                "decisionDate: Date of the agency decision maker’s approval (1 October 2026) must not be before the adoption panel (10 October 2026)");
        assertThat(problems(() -> adopters.approveForFosteringForAdoption(id, on("2026-10-01")))).containsExactly(
                "date: Only approved adopters can foster for adoption: Byrne family are not approved yet");
        assertThat(problems(() -> adopters.leave(id, new LeavingForm(date("2026-10-01"), "NOT_SUITABLE", null)))).containsExactly(
                "reason: Reason for leaving “Not suitable to go on to stage two” does not fit a family at stage two: a family is found not suitable at the end"
                        + " of stage one");
        assertThat(problems(() -> adopters.leave(id, new LeavingForm(date("2026-09-01"), "NOT_APPROVED", null)))).containsExactly(
                "leftDate: Date the family left the process (1 September 2026) must not be before the last step recorded (2 September 2026)");
        assertThat(adopters.family(id).family().leftOn()).isNull();

        adopters.leave(id, new LeavingForm(date("2026-10-01"), "NOT_APPROVED", "The decision maker did not agree the panel's recommendation."));
        var left = adopters.family(id);
        assertThat(left.stage()).isEqualTo(FamilyStage.LEFT);
        assertThat(left.family().stageReached()).isEqualTo(FamilyStage.STAGE_TWO);
        assertThat(left.stageTwo().ended()).isEqualTo("2026-10-01");
        assertThat(problems(() -> adopters.leave(id, new LeavingForm(date("2026-10-02"), "WITHDREW", null)))).containsExactly(
                "leftDate: Byrne family left the adoption process on 1 October 2026 (not approved by the agency decision maker): nothing more can be recorded");
        assertThat(adopters.workList(null).leftThisYear()).anyMatch(v -> v.family().id() == id);
        assertThat(audited(id)).isEqualTo(5);
    }

    @Test
    void aFastTrackFamilyGoesStraightToStageTwo() {
        var id = adopters.addFamily(couple("Doyle", "2026-02-02", "FOSTER_CARERS"));
        assertThat(problems(() -> adopters.startStageOne(id, on("2026-02-03")))).containsExactly(
                "date: Doyle family is on the fast track (approved foster carers): they go straight to stage two with their application");
        adopters.receiveApplication(id, on("2026-02-10"));
        assertThat(adopters.family(id).stageOne()).isNull();
        assertThat(adopters.family(id).stage()).isEqualTo(FamilyStage.STAGE_TWO);
    }

    @Test
    void aHalfFilledSecondAdopterIsRefusedAndNoFamilyIsSaved() {
        var before = jdbc.sql("select count(*) from adoptive_family").query(Long.class).single();
        var form = new FamilyForm(date("2026-02-02"), "SOMETIMES", "Ada", "Quinn", "F", "WIRI", "NO", "Pat", null, null, null, null);
        assertThat(problems(() -> adopters.addFamily(form))).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactly(
                "fastTrack", "secondFamilyName", "secondSex", "secondEthnicity", "secondDisability");
        assertThat(problems(() -> adopters.addFamily(new FamilyForm(DateParts.EMPTY, null, null, null, null, null, null, null, null, null, null, null))))
                .contains("enquiryDate: Enter the date the enquiry was received", "firstGivenName: Enter the first adopter’s given name",
                        "firstDisability: Select the first adopter’s disability");
        assertThat(jdbc.sql("select count(*) from adoptive_family").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void thePortMatchesSiblingsOnOneDayCountsThemPlacedAndRecordsTheOrder() {
        var id = approvedFamily("Mensah");
        var first = children.record(PersonForms.child("Ama", "Boateng", "3", "3", "2022"));
        var second = children.record(PersonForms.child("Kwame", "Boateng", "4", "4", "2023"));
        assertThat(port.awaitingMatch()).containsEntry(id, "Mensah family, approved 31 March 2026");
        assertThat(port.name(id)).isEqualTo("Mensah family");
        assertThat(port.name(-1)).isNull();
        assertThat(port.matchProblem(id, LocalDate.parse("2026-03-30"))).isEqualTo(
                "Mensah family were not approved as adopters by 30 March 2026: the agency decision maker approved them on 31 March 2026");
        assertThat(port.matchProblem(id, LocalDate.parse("2026-05-04"))).isNull();

        port.matched(id, first, LocalDate.parse("2026-05-04"));
        port.matched(id, second, LocalDate.parse("2026-05-04"));
        assertThat(port.awaitingMatch()).doesNotContainKey(id);
        assertThat(port.matchProblem(id, LocalDate.parse("2026-06-01"))).isEqualTo(
                "Mensah family are already matched with another child (since 4 May 2026): that match must end first");
        assertThatThrownBy(() -> port.matched(id, first, LocalDate.parse("2026-05-04"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already matched with this child");
        assertThat(adopters.family(id).stage()).isEqualTo(FamilyStage.MATCHED);

        assertThat(problems(() -> port.childPlaced(id, first, LocalDate.parse("2026-05-01")))).containsExactly(
                "placedDate: Date the child moved in (1 May 2026) must not be before the match (4 May 2026)");
        assertThat(problems(() -> port.adoptionOrderMade(id, first, LocalDate.parse("2026-06-01")))).containsExactly(
                "orderDate: An adoption order comes after the child moved in with Mensah family: record the day the child moved in first");
        port.childPlaced(id, first, LocalDate.parse("2026-06-01"));
        port.childPlaced(id, second, LocalDate.parse("2026-06-01"));
        var placed = adopters.family(id);
        assertThat(placed.stage()).isEqualTo(FamilyStage.PLACED);
        assertThat(placed.family().childrenPlaced()).isEqualTo(2);
        assertThat(problems(() -> adopters.leave(id, new LeavingForm(date("2026-07-01"), "WITHDREW", null)))).containsExactly(
                "leftDate: Mensah family are matched with a child (since 4 May 2026): the match must end before they leave");

        port.adoptionOrderMade(id, first, LocalDate.parse("2026-10-05"));
        port.adoptionOrderMade(id, second, LocalDate.parse("2026-10-05"));
        var adopted = adopters.family(id);
        assertThat(adopted.stage()).isEqualTo(FamilyStage.ADOPTED);
        assertThat(port.matchProblem(id, LocalDate.parse("2026-11-01"))).contains("a new approval is needed");
        var row = adopters.annexA().stream().filter(r -> r.familyId() == id).findFirst().orElseThrow();
        assertThat(row).extracting(AnnexAAdopter::matched, AnnexAAdopter::placed, AnnexAAdopter::childrenPlaced, AnnexAAdopter::adoptionOrder)
                .containsExactly(LocalDate.parse("2026-05-04"), LocalDate.parse("2026-06-01"), 2, LocalDate.parse("2026-10-05"));
        assertThat(jdbc.sql("select count(*) from audit_event where username = :u and person_id = :p and record_kind = 'adoptive_family' and record_id = :f")
                .param("u", worker.username()).param("p", first).param("f", id).query(Long.class).single()).as("matched, placed, order").isEqualTo(3);
    }

    @Test
    void aMatchThatEndsLeavesTheFamilyWaitingAgainAndALeftFamilyCannotBeMatched() {
        var id = approvedFamily("Kaur");
        var child = children.record(PersonForms.child("Jas", "Gill", "5", "5", "2021"));
        port.matched(id, child, LocalDate.parse("2026-04-10"));
        assertThat(problems(() -> port.matchEnded(id, child, LocalDate.parse("2026-04-01")))).containsExactly(
                "endDate: Date the match ended (1 April 2026) must not be before the match (10 April 2026)");
        port.matchEnded(id, child, LocalDate.parse("2026-05-01"));
        assertThat(adopters.family(id).stage()).isEqualTo(FamilyStage.APPROVED);
        assertThat(port.awaitingMatch()).containsKey(id);
        assertThat(problems(() -> port.childPlaced(id, child, LocalDate.parse("2026-05-02")))).containsExactly(
                "placedDate: Kaur family are not matched with this child");

        adopters.leave(id, new LeavingForm(date("2026-06-01"), "RESIGNED", null));
        assertThat(port.matchProblem(id, LocalDate.parse("2026-06-02"))).isEqualTo("Kaur family left the adoption process on 1 June 2026 (resigned after approval)");
        assertThat(port.awaitingMatch()).doesNotContainKey(id);
        var notApproved = adopters.addFamily(single("Lee", "2026-01-05"));
        assertThat(port.matchProblem(notApproved, LocalDate.parse("2026-06-02"))).isEqualTo("Lee family are not approved as adopters: they are at enquiry");
    }

    @Test
    void theApiListsFamiliesAndRefusesAStepWithTheFieldNamed() throws Exception {
        var id = adopters.addFamily(single("Walsh", "2026-01-05"));
        mvc.perform(post("/api/adopters/" + id + "/application").with(apiTokens.bearer(worker))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2026-02-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(post("/api/adopters/" + id + "/stage-one").with(apiTokens.bearer(worker))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2026-01-12\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/adopters/" + id).with(apiTokens.bearer(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("STAGE_ONE"))
                .andExpect(jsonPath("$.stageOne.due").value("2026-03-12"));
        mvc.perform(get("/api/adopters?stage=STAGE_ONE").with(apiTokens.bearer(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.families[?(@.family.id == " + id + ")]").exists());
        mvc.perform(get("/api/adopters/annex-a").with(apiTokens.bearer(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.familyId == " + id + ")].stageOneStarted").value("2026-01-12"));
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Test
    void theApiShowsAMatchWithARestrictedChildAsThePageDoesWithoutTheirRecordId() throws Exception {
        var id = approvedFamily("Sealed" + System.nanoTime() % 1000);
        var hidden = children.record(PersonForms.child("Noor", "Sealed", "6", "6", "2022"));
        port.matched(id, hidden, LocalDate.parse("2026-05-04"));
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        records.restrict(hidden, "Adoption", List.of());
        TestStaff.signInAs(worker);

        for (var path : List.of("/api/adopters/" + id, "/api/adopters", "/api/adopters?stage=MATCHED")) {
            var body = mvc.perform(get(path).with(TestStaff.as(worker))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).doesNotContain("\"personId\":" + hidden).contains("A child whose record you cannot see");
        }
        TestStaff.signInAs(worker);
        assertThat(adopters.family(id).family().matches()).singleElement().satisfies(m -> {
            assertThat(m.personId()).isNull();
            assertThat(m.matchedOn()).isEqualTo("2026-05-04");
        });
        assertThat(adopters.family(id).stage()).as("the stage still counts the match").isEqualTo(FamilyStage.MATCHED);

        // Named on the record, the manager sees the child as before.
        assertThat(mvc.perform(get("/api/adopters/" + id).with(TestStaff.as(manager))).andReturn().getResponse().getContentAsString())
                .contains("\"personId\":" + hidden);

        // No list of the API gives the restricted child's record id to someone not named on it.
        var lists = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getName().startsWith("org.opencsc."))
                .filter(e -> e.getKey().getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET))
                .flatMap(e -> e.getKey().getPatternValues().stream())
                .filter(p -> p.startsWith("/api/") && !p.contains("{")).toList();
        assertThat(lists).hasSizeGreaterThan(10);
        for (var path : lists) {
            var response = mvc.perform(get(path).with(TestStaff.as(worker))).andReturn().getResponse();
            assertThat(response.getContentAsString()).as(path).doesNotContain("\"personId\":" + hidden + ",").doesNotContain("\"personId\":" + hidden + "}");
        }
    }
}
