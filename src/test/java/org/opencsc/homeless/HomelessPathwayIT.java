package org.opencsc.homeless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.homeless.HomelessPathwayForms.AssessmentForm;
import org.opencsc.homeless.HomelessPathwayForms.DecisionForm;
import org.opencsc.homeless.HomelessPathwayForms.OutcomeForm;
import org.opencsc.homeless.HomelessPathwayForms.PresentationForm;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The homeless pathway on the real database: what the joint guidance refuses, the audit trail, restricted records, and the way into care. */
@IntegrationTest
class HomelessPathwayIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    HomelessPathwayService pathways;
    @Autowired
    CareService care;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    StaffUser worker;
    long youngPerson;

    @BeforeEach
    void aSeventeenYearOld() {
        worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        // 17 through 2026 (born 15 June 2009); 16 from 15 June 2025.
        youngPerson = records.create(PersonForms.child("Kai", "Homeless" + System.nanoTime() % 100000, "15", "6", "2009"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private static PresentationForm fromHousing(String presented, String time, String referred) {
        return new PresentationForm(on(presented), time, "HOUSING", "Northwold housing options: J. Patel", on(referred), "true", "SUPPORTED_LODGINGS",
                on(presented));
    }

    private static List<String> problems(Runnable save) {
        try {
            save.run();
        } catch (InvalidInputException refused) {
            return refused.problems().all().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
        throw new AssertionError("Saved when it should have been refused");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where person_id = :p").param("p", youngPerson).query(Long.class).single();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where person_id = :p and action = :a").param("p", youngPerson).param("a", action)
                .query(Long.class).single();
    }

    @Test
    void onlyA16Or17YearOldOnTheDayTheyPresentedIsOnThePathway() {
        assertThat(problems(() -> pathways.present(youngPerson, fromHousing("2025-06-14", "10:00", "2025-06-14"))))
                .contains("presentedDate: Date presented (14 June 2025): the young person was 15 that day; the pathway is for young people of 16 or 17"
                        + " on the day they present");
        var eighteen = records.create(PersonForms.child("Older", "Homeless" + System.nanoTime() % 100000, "1", "10", "2008"));
        assertThat(problems(() -> pathways.present(eighteen, fromHousing("2026-10-01", "10:00", "2026-10-01"))))
                .contains("presentedDate: Date presented (1 October 2026): the young person was 18 that day; the pathway is for young people of 16"
                        + " or 17 on the day they present");
        assertThat(pathways.pathway(youngPerson, pathways.present(youngPerson, fromHousing("2025-06-15", "10:00", "2025-06-15"))).pathway().open())
                .as("16 on the day: on the pathway").isTrue();
    }

    @Test
    void datesOutOfOrderAndMissingFactsAreRefusedNamingTheFieldAndNothingIsSaved() {
        assertThat(problems(() -> pathways.present(youngPerson, fromHousing("2026-11-02", "09:30", "2026-10-30"))))
                .containsExactly("referredDate: Date referred to children's services (30 October 2026) must not be before the day the young person"
                        + " presented (2 November 2026)");
        assertThat(problems(() -> pathways.present(youngPerson, new PresentationForm(on("2026-11-02"), "25:00", "HOUSING", "J. Patel", on("2026-11-02"),
                "false", "FOSTER_CARE", DateParts.EMPTY)))).containsExactly(
                "presentedTime: Time presented must be a time on the 24-hour clock, like 09:15 or 21:40",
                "emergencyKind: Where the young person stayed: leave it empty, as no emergency accommodation was needed that night");
        assertThat(count("homeless_pathway")).isZero();
        assertThat(audited("CREATE")).as("only the child's record was created").isEqualTo(1);

        var id = pathways.present(youngPerson, fromHousing("2026-11-02", "09:30", "2026-11-02"));
        assertThat(problems(() -> pathways.assess(youngPerson, id, new AssessmentForm(on("2026-11-02"), on("2026-11-01"), "S. Okoro", "J. Patel"))))
                .containsExactly("assessmentStarted: Date the joint assessment started (1 November 2026) must not be before the referral to"
                        + " children's services (2 November 2026)");
        assertThat(problems(() -> pathways.conclude(youngPerson, id, new OutcomeForm(on("2026-11-10"), "RETURNED_HOME", "", DateParts.EMPTY))))
                .containsExactly("assessmentCompleted: Date the assessment was completed: record when the joint assessment started first");
        assertThat(pathways.pathway(youngPerson, id).pathway().version()).as("nothing half-saved").isZero();
    }

    @Test
    void aDeclineOfSection20NeedsTheDateOfIndependentAdviceAndAnS20OutcomeNeedsTheDecision() {
        var id = pathways.present(youngPerson, fromHousing("2026-11-02", "11:15", "2026-11-02"));
        pathways.assess(youngPerson, id, new AssessmentForm(on("2026-11-02"), on("2026-11-03"), "S. Okoro", "J. Patel"));
        assertThat(problems(() -> pathways.conclude(youngPerson, id, new OutcomeForm(on("2026-11-10"), "ACCOMMODATED_S20", "", DateParts.EMPTY))))
                .containsExactly("outcome: Outcome: record the young person's decision about section 20 before the outcome 'accommodated under"
                        + " section 20'");
        assertThat(problems(() -> pathways.decide(youngPerson, id, new DecisionForm(DateParts.EMPTY, "", "DECLINED", on("2026-11-05")))))
                .containsExactly("adviceDate: Enter the date of the independent advice: a young person can decline section 20 only once they have"
                        + " been told what being looked after would mean for them");
        assertThat(problems(() -> pathways.decide(youngPerson, id, new DecisionForm(on("2026-11-06"), "Children's rights advocate", "DECLINED",
                on("2026-11-05"))))).containsExactly("decisionDate: Date of the young person's decision (5 November 2026) must not be before the"
                + " independent advice (6 November 2026)");
        pathways.decide(youngPerson, id, new DecisionForm(on("2026-11-04"), "Children's rights advocate", "DECLINED", on("2026-11-05")));
        assertThat(problems(() -> pathways.conclude(youngPerson, id, new OutcomeForm(on("2026-11-10"), "ACCOMMODATED_S20", "", DateParts.EMPTY))))
                .containsExactly("outcome: Outcome: the young person's decision was 'Declined section 20, after independent advice', so they cannot"
                        + " be accommodated under section 20");
        assertThat(problems(() -> pathways.conclude(youngPerson, id, new OutcomeForm(on("2026-11-10"), "DECLINED_S20_HOUSING", "NO_APPLICATION",
                DateParts.EMPTY)))).containsExactly("housingDecision: Select the duty housing accepted: a young person who declines section 20 is"
                + " owed housing's duty");
        pathways.conclude(youngPerson, id, new OutcomeForm(on("2026-11-10"), "DECLINED_S20_HOUSING", "RELIEF_DUTY", on("2026-11-12")));

        var closed = pathways.pathway(youngPerson, id);
        assertThat(closed.pathway().open()).isFalse();
        assertThat(closed.timeline().assessmentDue()).as("10 working days after Monday 2 November").isEqualTo("2026-11-16");
        assertThat(closed.timeline().standing()).isEqualTo("Completed on time");
        assertThat(closed.timeline().workingDaysElapsed()).isEqualTo(6);
        assertThat(audited("CREATE")).isEqualTo(2);
        assertThat(audited("UPDATE")).as("assessment, decision, outcome").isEqualTo(3);
        assertThat(jdbc.sql("select detail from audit_event where person_id = :p and action = 'UPDATE' order by id desc limit 1")
                .param("p", youngPerson).query(String.class).single())
                .isEqualTo("Homeless pathway of 2026-11-02, outcome: Closed (Declined section 20 after independent advice: housing duty accepted)");
    }

    @Test
    void aYoungPersonAccommodatedUnderSection20IsShownAsLookedAfterOnceTheirCareStarts() throws Exception {
        var id = pathways.present(youngPerson, new PresentationForm(on("2026-11-09"), "19:40", "CHILDRENS_SERVICES", "", on("2026-11-09"), "true",
                "BED_AND_BREAKFAST", on("2026-11-09")));
        assertThat(pathways.pathway(youngPerson, id).pathway().unsuitableEmergencyAccommodation()).isTrue();
        assertThat(pathways.pathway(youngPerson, id).timeline().seenBy()).as("presented after office hours: seen the next working day")
                .isEqualTo("2026-11-10");
        pathways.assess(youngPerson, id, new AssessmentForm(on("2026-11-10"), on("2026-11-10"), "S. Okoro", "J. Patel"));
        pathways.decide(youngPerson, id, new DecisionForm(on("2026-11-11"), "Children's rights advocate", "ACCEPTED", on("2026-11-12")));
        pathways.conclude(youngPerson, id, new OutcomeForm(on("2026-11-13"), "ACCOMMODATED_S20", "", DateParts.EMPTY));
        assertThat(pathways.pathway(youngPerson, id).lookedAfterFrom()).isNull();
        mvc.perform(get("/children/" + youngPerson + "/homeless-pathways/" + id).with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/care/new?accommodatedFrom=2026-11-12")))
                .andExpect(content().string(containsString("Placed in bed and breakfast")));
        mvc.perform(get("/children/" + youngPerson + "/care/new?accommodatedFrom=2026-11-12").with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"12\"")))
                .andExpect(content().string(containsString("<option value=\"V2\" selected=\"selected\"")));

        TestStaff.signInAs(worker);
        care.start(youngPerson, new StartForm(on("2026-11-12"), "V2", "U4", "PR1", "Mr and Mrs Ahmed", null, null, null, "false"));
        assertThat(pathways.pathway(youngPerson, id).lookedAfterFrom()).isEqualTo("2026-11-12");
        mvc.perform(get("/api/children/" + youngPerson + "/homeless-pathways").with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].pathway.outcome").value("ACCOMMODATED_S20"))
                .andExpect(jsonPath("$[0].lookedAfterFrom").value("2026-11-12"))
                .andExpect(jsonPath("$[0].timeline.assessmentDue").value("2026-11-23"));
    }

    @Test
    void aRestrictedYoungPersonIsNotFoundAndLeftOutOfTheAuthorityList() throws Exception {
        var today = pathways.today();
        var id = pathways.present(youngPerson, new PresentationForm(DateParts.of(today), "10:00", "CHILDRENS_SERVICES", "", DateParts.of(today),
                "false", "", DateParts.EMPTY));
        var name = records.visible(youngPerson).fullName();
        mvc.perform(get("/work/homeless-young-people").with(TestStaff.as(worker)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        TestStaff.signInAs(worker);
        var figures = pathways.youngPeople().lastYear();
        assertThat(figures.presented()).isPositive();

        TestStaff.signInAs(staff.create(Role.TEAM_MANAGER));
        records.restrict(youngPerson, "Child of a member of staff", List.of());
        TestStaff.signInAs(worker);
        assertThatThrownBy(() -> pathways.assess(youngPerson, id, new AssessmentForm(DateParts.of(today), DateParts.EMPTY, "", "")))
                .isInstanceOf(org.opencsc.platform.NotFoundException.class);
        mvc.perform(get("/children/" + youngPerson + "/homeless-pathways").with(TestStaff.as(worker))).andExpect(status().isNotFound());
        mvc.perform(get("/children/" + youngPerson + "/homeless-pathways/" + id).with(TestStaff.as(worker))).andExpect(status().isNotFound());
        mvc.perform(get("/api/children/" + youngPerson + "/homeless-pathways").with(TestStaff.as(worker))).andExpect(status().isNotFound());
        mvc.perform(get("/work/homeless-young-people").with(TestStaff.as(worker)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/api/homeless-young-people").with(TestStaff.as(worker)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lastYear.presented").value((int) figures.presented()));
        TestStaff.signInAs(worker);
        assertThat(pathways.youngPeople().open()).extracting(o -> o.pathway().id()).doesNotContain(id);
    }
}
