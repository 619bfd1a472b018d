package org.opencsc.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CareForms.CarePlanForm;
import org.opencsc.care.CareForms.EndForm;
import org.opencsc.care.CareForms.InterviewForm;
import org.opencsc.care.CareForms.LegalStatusForm;
import org.opencsc.care.CareForms.LongTermForm;
import org.opencsc.care.CareForms.MissingForm;
import org.opencsc.care.CareForms.MoveForm;
import org.opencsc.care.CareForms.ReturnForm;
import org.opencsc.care.CareForms.ReviewForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.MissingEpisode.RhiStanding;
import org.opencsc.child.CaseStatus;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestApiTokens;
import org.opencsc.security.TestStaff;
import org.opencsc.timescales.StatutoryClock;
import org.opencsc.timescales.StatutoryRule;
import org.opencsc.timescales.TimescaleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A looked-after child's record on the real database: episodes derived, conflicts refused whole, clocks re-derived, audit written. */
@IntegrationTest
class ChildInCareIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    CareService care;
    @Autowired
    MissingFromCareService missing;
    @Autowired
    TimescaleService timescales;
    @Autowired
    TestStaff staff;
    @Autowired
    TestApiTokens apiTokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.opencsc.work.WorkListService workLists;

    StaffUser worker;
    long child;

    @BeforeEach
    void aChild() {
        worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        child = records.create(PersonForms.child("Cared", "For" + System.nanoTime() % 100000, "14", "2", "2015"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private static StartForm fostered(String date, String status) {
        return new StartForm(on(date), status, "U6", "PR1", "Mr and Mrs Adebayo", "nw1 4ab", null, "6.5", "false");
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where period_id in (select id from care_period where person_id = :p)")
                .param("p", child).query(Long.class).single();
    }

    private List<StatutoryClock> running(StatutoryRule rule) {
        return timescales.clocksFor(child).stream().filter(c -> c.rule() == rule && c.running()).toList();
    }

    @Test
    void aPeriodOfCareIsRecordedAndItsEpisodesAreDerivedAsTheSsda903DefinesThem() {
        var period = care.start(child, fostered("2026-03-02", "V2"));
        assertThat(records.visible(child).caseStatus()).isEqualTo(CaseStatus.LOOKED_AFTER);
        care.changeLegalStatus(child, period, new LegalStatusForm(on("2026-04-13"), "C1"));
        care.move(child, period, new MoveForm(on("2026-06-01"), "CREQB", "K2", "PR4", "Oak House", "NW2 1AA", "SC123456", "14", "false"));
        care.changeLegalStatus(child, period, new LegalStatusForm(on("2026-07-06"), "C2"));
        care.move(child, period, new MoveForm(on("2026-09-07"), "CARPL", "U4", "PR1", "Ms Khan", "NW3 2BB", null, null, "false"));

        var saved = care.period(child, period);
        assertThat(saved.episodes()).extracting(e -> e.start().toString(), e -> e.reasonNew().code(), Episode::legalStatus, e -> e.placement().place(),
                Episode::reasonEnded).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2026-03-02", "S", "V2", "U6", "X1"),
                org.assertj.core.groups.Tuple.tuple("2026-04-13", "L", "C1", "U6", "X1"),
                org.assertj.core.groups.Tuple.tuple("2026-06-01", "P", "C1", "K2", "X1"),
                org.assertj.core.groups.Tuple.tuple("2026-07-06", "L", "C2", "K2", "X1"),
                org.assertj.core.groups.Tuple.tuple("2026-09-07", "P", "C2", "U4", null));
        assertThat(saved.placements().getFirst().unplannedEnding()).as("the carer asked for the child to leave").isTrue();
        assertThat(saved.placements().get(1).unplannedEnding()).as("a move in the care plan").isFalse();
        assertThat(saved.placements().getFirst().postcode()).isEqualTo("NW1 4AB");
        assertThat(saved.placementsInYearTo(LocalDate.parse("2026-11-30"))).isEqualTo(3);

        care.end(child, period, new EndForm(on("2026-11-02"), "E4A"));
        var ended = care.period(child, period);
        assertThat(ended.episodes().getLast().reasonEnded()).isEqualTo("E4A");
        assertThat(ended.episodes().getLast().end()).isEqualTo("2026-11-02");
        assertThat(ended.placements().getLast().end()).isEqualTo("2026-11-02");
        assertThat(records.visible(child).caseStatus()).isNotEqualTo(CaseStatus.LOOKED_AFTER);
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE)).as("no visits are due once care has ended").isEmpty();
    }

    @Test
    void becomingLookedAfterStartsTheCarePlanReviewAndVisitClocksAndEachStepStopsThem() {
        var period = care.start(child, fostered("2026-10-05", "C1"));
        assertThat(running(StatutoryRule.CARE_PLAN_DUE).getFirst().dueOn()).isEqualTo("2026-10-19");
        assertThat(running(StatutoryRule.FIRST_CARE_REVIEW_DUE).getFirst().dueOn()).isEqualTo("2026-11-02");
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE).getFirst().dueOn()).isEqualTo("2026-10-12");

        care.agreeCarePlan(child, period, new CarePlanForm(on("2026-10-01"), "RETURN_HOME", "Rehabilitation home with support."));
        care.review(child, period, new ReviewForm(on("2026-10-30"), "J. Whitfield", "PN1", on("2026-10-28"), "Contact with mother weekly."));
        assertThat(running(StatutoryRule.CARE_PLAN_DUE)).isEmpty();
        assertThat(running(StatutoryRule.FIRST_CARE_REVIEW_DUE)).isEmpty();
        assertThat(running(StatutoryRule.CARE_REVIEW_DUE).getFirst().dueOn()).isEqualTo("2027-01-30");

        care.move(child, period, new MoveForm(on("2026-11-16"), "CARPL", "P1", "PR0", "Mother", null, null, null, "false"));
        assertThat(running(StatutoryRule.STATUTORY_VISIT_DUE).getFirst().dueOn()).as("placed with a parent on an interim care order: weekly")
                .isEqualTo("2026-11-23");
    }

    @Test
    void aPlacementTakesAnSsda903CodeInUseOnItsStartH5BeforeApril2025AndK3After() {
        var period = care.start(child, fostered("2024-11-04", "V2"));
        care.move(child, period, new MoveForm(on("2025-02-03"), "CARPL", "H5", "PR4", "Elm Court", "NW2 1AA", "SC123456", null, "false"));
        assertThatThrownBy(() -> care.move(child, period, new MoveForm(on("2025-06-02"), "CARPL", "H5", "PR4", "Elm Court", "NW2 1AA", "SC123456",
                null, "false"))).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().all())
                        .anySatisfy(problem -> assertThat(problem.message()).contains("H5", "1 April 2025", "K3")));
        care.move(child, period, new MoveForm(on("2025-06-02"), "CARPL", "K3", "PR4", "Ash House", "NW2 1AA", "SC654321", null, "false"));
        assertThat(care.period(child, period).episodes()).extracting(e -> e.placement().place()).containsExactly("U6", "H5", "K3");
    }

    @Test
    void aChildPlacedForAdoptionWithoutAPlacementOrderIsRefusedAndNothingIsSaved() {
        var period = care.start(child, fostered("2026-01-05", "C2"));
        var before = rows("placement");
        assertThatThrownBy(() -> care.move(child, period, new MoveForm(on("2026-06-01"), "CARPL", "A6", "PR1", "Mr and Mrs Lee", null, null, null, "false")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().all()).anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo("place");
                    assertThat(problem.message()).contains("A6", "1 June 2026", "E1", "C2");
                }));
        assertThat(rows("placement")).isEqualTo(before);
        assertThat(care.period(child, period).currentPlacement().orElseThrow().place()).isEqualTo("U6");

        care.changeLegalStatus(child, period, new LegalStatusForm(on("2026-05-18"), "E1"));
        care.move(child, period, new MoveForm(on("2026-06-01"), "CARPL", "A6", "PR1", "Mr and Mrs Lee", null, null, null, "false"));
        assertThat(care.period(child, period).episodes().getLast().reasonNew()).isEqualTo(ReasonNewEpisode.P);
    }

    @Test
    void overlappingPeriodsMovesBeforeThePlacementAndReviewsBeforeCareAreRefusedWithTheirDates() {
        var period = care.start(child, fostered("2026-03-02", "V2"));
        assertThatThrownBy(() -> care.start(child, fostered("2026-05-01", "V2"))).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems().all()).extracting(p -> p.field() + ": " + p.message())
                        .contains("startDate: The child has been looked after since 2 March 2026: periods of care must not overlap"));
        assertThatThrownBy(() -> care.move(child, period, new MoveForm(on("2026-02-20"), "CARPL", "U4", "PR1", "Ms Khan", null, null, null, "false")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().all()).extracting(p -> p.message())
                        .contains("Date of the move (20 February 2026) must be after the start of the current placement (2 March 2026)"));
        assertThatThrownBy(() -> care.review(child, period, new ReviewForm(on("2026-02-27"), "J. Whitfield", "PN1", DateParts.EMPTY, "Recommendations")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().all()).extracting(p -> p.message())
                        .contains("Date of the review (27 February 2026) must not be before the start of the period of care (2 March 2026)"));
        assertThat(jdbc.sql("select count(*) from care_review where person_id = :p").param("p", child).query(Long.class).single()).isZero();
    }

    @Test
    void aReviewNeedsTheParticipationCodeThatFitsTheChildsAge() {
        var period = care.start(child, fostered("2026-03-02", "C2"));
        assertThatThrownBy(() -> care.review(child, period, new ReviewForm(on("2026-03-27"), "J. Whitfield", "PN0", DateParts.EMPTY, "Carry on")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().all())
                        .extracting(p -> p.field() + ": " + p.message()).contains("participation: PN0 is only for a child under 4 at the review; the child was 11"));
        var toddler = records.create(PersonForms.child("Young", "Child" + System.nanoTime() % 10000, "1", "6", "2024"));
        var toddlersPeriod = care.start(toddler, fostered("2026-03-02", "C2"));
        assertThatThrownBy(() -> care.review(toddler, toddlersPeriod, new ReviewForm(on("2026-03-27"), "J. Whitfield", "PN1", DateParts.EMPTY, "Carry on")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("choose PN0");
        care.review(toddler, toddlersPeriod, new ReviewForm(on("2026-03-27"), "J. Whitfield", "PN0", DateParts.EMPTY, "Carry on"));
    }

    @Test
    void placementDetailsAreCheckedFieldByField() {
        assertThatThrownBy(() -> care.start(child, new StartForm(on("2026-03-02"), "XX", "K2", "PR4", " ", "not a postcode", null, "far", "false")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().all())
                        .extracting(p -> p.field()).contains("legalStatus", "carer", "postcode", "urn", "distanceMiles"));
        assertThatThrownBy(() -> care.start(child, new StartForm(on("2026-03-02"), "C1", "U4", "PR1", "Ms Khan", null, null, null, "true")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Temporary approval applies to a placement with a relative or friend");
        assertThat(jdbc.sql("select count(*) from care_period where person_id = :p").param("p", child).query(Long.class).single()).isZero();
    }

    @Test
    void aMissingEpisodeAndItsReturnHomeInterviewAreTimedToTheMinute() {
        var id = missing.record(child, new MissingForm("M", on("2026-11-02"), "21:30", DateParts.EMPTY, "", "true"));
        assertThat(missing.episode(child, id).rhiStanding(missing.now())).isEqualTo(RhiStanding.STILL_MISSING);
        assertThatThrownBy(() -> missing.recordReturn(child, id, new ReturnForm(on("2026-11-02"), "20:00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after they went missing (2 November 2026 at 21:30)");
        missing.recordReturn(child, id, new ReturnForm(on("2026-11-03"), "7.45"));
        var back = missing.episode(child, id);
        assertThat(back.rhiDueBy()).isEqualTo(LocalDateTime.parse("2026-11-06T07:45").atZone(ClockZone.UK).toInstant());
        assertThatThrownBy(() -> missing.recordInterview(child, id, new InterviewForm(on("2026-11-04"), "25:00", "true", DateParts.EMPTY, "", "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().all()).extracting(p -> p.field())
                        .containsExactly("offeredTime"));
        missing.recordInterview(child, id, new InterviewForm(on("2026-11-04"), "09:00", "true", on("2026-11-06"), "07:45", "A. Rahman",
                "Stayed with a friend; safety plan agreed."));
        assertThat(missing.episode(child, id).rhiStanding(missing.now())).isEqualTo(RhiStanding.COMPLETED_IN_TIME);
        assertThat(records.journey(child)).anySatisfy(event -> assertThat(event.kind().name()).isEqualTo("WENT_MISSING"));
    }

    @Test
    void theCareRecordIsReadAndChangedThroughTheApiWithTheSameRulesAndAudit() throws Exception {
        TestStaff.signOut();
        var auth = apiTokens.bearer(worker);
        mvc.perform(post("/api/children/" + child + "/care").with(auth).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"startDate":"2026-09-01","legalStatus":"C2","place":"A5","provider":"PR1","carer":"Mr and Mrs Lee"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("place"));
        mvc.perform(post("/api/children/" + child + "/care").with(auth).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"startDate":"2026-09-01","legalStatus":"C2","place":"U4","provider":"PR1","carer":"Mr and Mrs Lee"}
                                """))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/children/" + child + "/care").with(auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].episodes[0].reasonNew").value("S"))
                .andExpect(jsonPath("$[0].episodes[0].legalStatus").value("C2"));
        var audited = jdbc.sql("select count(*) from audit_event where person_id = :p and detail like 'Viewed the care record%'")
                .param("p", child).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aRestrictedChildsCareRecordIsNotFoundForOthers() throws Exception {
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        records.restrict(child, "Adoption", List.of());
        TestStaff.signOut();
        mvc.perform(get("/api/children/" + child + "/care").with(apiTokens.bearer(worker))).andExpect(status().isNotFound());
        mvc.perform(get("/api/children/" + child + "/missing").with(apiTokens.bearer(worker))).andExpect(status().isNotFound());
        mvc.perform(get("/api/children/" + child + "/care").with(apiTokens.bearer(manager))).andExpect(status().isOk());
    }

    @Test
    void aLongTermAgreementIsRecordedOncePerPlacement() {
        var period = care.start(child, fostered("2026-01-05", "C2"));
        care.agreeLongTerm(child, period, new LongTermForm(on("2026-06-01")));
        assertThat(care.period(child, period).currentPlacement().orElseThrow().longTermFrom()).isEqualTo("2026-06-01");
        assertThatThrownBy(() -> care.agreeLongTerm(child, period, new LongTermForm(on("2026-07-01"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("agreed as long-term on 1 June 2026");
    }

    @Test
    void anUnplannedEndingAsksForADisruptionMeetingThatRecordsItsLearning() {
        var period = care.start(child, fostered("2026-01-05", "C2"));
        care.move(child, period, new MoveForm(on("2026-04-06"), "CREQB", "U4", "PR1", "Ms Khan", null, null, null, "false"));
        care.move(child, period, new MoveForm(on("2026-07-06"), "CARPL", "U4", "PR1", "Mr and Mrs Obi", null, null, null, "false"));
        var placements = care.period(child, period).placements();
        var disrupted = placements.get(0).id();
        var planned = placements.get(1).id();
        assertThatThrownBy(() -> care.recordDisruptionMeeting(child, period, disrupted,
                new CareForms.DisruptionForm(on("2026-04-01"), "Carers, social worker", "Respite offered too late.")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Date of the meeting (1 April 2026) must not be before the end of the placement (6 April 2026)");
        care.recordDisruptionMeeting(child, period, disrupted, new CareForms.DisruptionForm(on("2026-04-20"), "Carers, social worker, IRO",
                "Respite offered too late; the next carers get support from the first week."));
        assertThat(care.disruptionMeetings(child).get(disrupted).learning()).startsWith("Respite offered too late");
        assertThatThrownBy(() -> care.recordDisruptionMeeting(child, period, disrupted,
                new CareForms.DisruptionForm(on("2026-04-21"), "Carers", "Again")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already recorded");
        assertThatThrownBy(() -> care.recordDisruptionMeeting(child, period, planned,
                new CareForms.DisruptionForm(on("2026-07-20"), "Carers", "Nothing")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ended as planned");
    }

    @Test
    void anIrosListShowsReviewsDueAndOverdueButNotRestrictedChildrenToOthers() {
        care.start(child, fostered("2020-01-06", "C2"));
        var iro = staff.create(Role.IRO);
        TestStaff.signInAs(iro);
        var lines = workLists.reviewsDue(1, 0).reviews();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.child().personId()).isEqualTo(child);
            assertThat(line.clock().rule()).isEqualTo(StatutoryRule.FIRST_CARE_REVIEW_DUE);
            assertThat(line.clock().dueOn()).isEqualTo("2020-02-03");
        });
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        records.restrict(child, "High-profile case", List.of());
        TestStaff.signInAs(iro);
        assertThat(workLists.reviewsDue(1, 0).reviews()).noneMatch(line -> line.child().personId() == child);
    }
}
