package org.opencsc.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CareForms.EndForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.HealthForms.AssessmentForm;
import org.opencsc.care.HealthForms.DentalCheckForm;
import org.opencsc.care.HealthForms.ImmunisationsForm;
import org.opencsc.care.HealthForms.PepForm;
import org.opencsc.care.HealthForms.SchoolForm;
import org.opencsc.care.HealthForms.SdqForm;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
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

/** A looked-after child's health and education on the real database: refusals naming the field with nothing saved, journey events, clocks, audit. */
@IntegrationTest
class HealthAndEducationIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    CareService care;
    @Autowired
    HealthService health;
    @Autowired
    EducationService education;
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

    StaffUser worker;
    long child;

    @BeforeEach
    void aChildInCare() {
        worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        child = records.create(PersonForms.child("Healthy", "Child" + System.nanoTime() % 100000, "14", "2", "2015"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private long comesIntoCare(String date) {
        return care.start(child, new StartForm(on(date), "C2", "U6", "PR1", "Mr and Mrs Adebayo", "NW1 4AB", null, null, "false"));
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where person_id = :p").param("p", child).query(Long.class).single();
    }

    private long audited(String like) {
        return jdbc.sql("select count(*) from audit_event where person_id = :p and action = 'CREATE' and detail like :d")
                .param("p", child).param("d", like).query(Long.class).single();
    }

    private List<String> refusals(Runnable save) {
        try {
            save.run();
        } catch (InvalidInputException refused) {
            return refused.problems().all().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    private List<StatutoryClock> running(StatutoryRule rule) {
        return timescales.clocksFor(child).stream().filter(c -> c.rule() == rule && c.running()).toList();
    }

    @Test
    void aHealthAssessmentPutsItsEventOnTheJourneyMeetsTheInitialClockAndIsAudited() throws Exception {
        comesIntoCare("2026-03-02");
        assertThat(running(StatutoryRule.INITIAL_HEALTH_ASSESSMENT_DUE)).extracting(StatutoryClock::dueOn).containsExactly(LocalDate.parse("2026-03-30"));

        health.recordAssessment(child, new AssessmentForm("INITIAL", on("2026-03-20"), "Dr Okafor, looked-after children's health team", "Well; asthma plan"));
        assertThat(records.journey(child)).extracting(e -> e.kind()).contains(CaseEventKind.HEALTH_ASSESSMENT_5_OR_OVER);
        assertThat(running(StatutoryRule.INITIAL_HEALTH_ASSESSMENT_DUE)).isEmpty();
        assertThat(running(StatutoryRule.HEALTH_ASSESSMENT_REVIEW_DUE)).extracting(StatutoryClock::dueOn).containsExactly(LocalDate.parse("2027-03-20"));
        assertThat(audited("Initial health assessment on 2026-03-20")).isEqualTo(1);

        assertThat(refusals(() -> health.recordAssessment(child, new AssessmentForm("INITIAL", on("2026-06-01"), "Nurse Bell", "Well"))))
                .containsExactly("kind: The initial health assessment of this period of care was on 20 March 2026: select review health assessment");

        health.recordDentalCheck(child, new DentalCheckForm(on("2026-04-01")));
        assertThat(running(StatutoryRule.DENTAL_CHECK_DUE)).extracting(StatutoryClock::dueOn).containsExactly(LocalDate.parse("2027-04-01"));
        health.recordImmunisations(child, new ImmunisationsForm(on("2026-04-01"), "true"));
        health.recordSdq(child, new SdqForm(on("2026-04-02"), "14", null));
        health.recordSdq(child, new SdqForm(on("2026-04-03"), "", "SDQ2"));

        var record = health.healthOf(child);
        assertThat(record.assessments()).hasSize(1);
        assertThat(record.latestImmunisations().orElseThrow().upToDate()).isTrue();
        assertThat(record.sdqs()).extracting(HealthRecord.Sdq::score, HealthRecord.Sdq::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, SdqReason.SDQ2), org.assertj.core.groups.Tuple.tuple(14, null));
        assertThat(audited("Dental check on 2026-04-01")).isEqualTo(1);
        assertThat(audited("Immunisations up to date on 2026-04-01")).isEqualTo(1);
        assertThat(audited("SDQ on 2026-04-02: score 14")).isEqualTo(1);

        // The care tab lists them.
        mvc.perform(get("/children/" + child + "/care").with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Up to date (checked 1 April 2026)")))
                .andExpect(content().string(containsString("SDQ2: Carer refused to complete and return the questionnaire")))
                .andExpect(content().string(containsString("Dr Okafor, looked-after children")));
    }

    @Test
    void anAssessmentOutsideCareInTheFutureOrHalfFilledIsRefusedNamingTheFieldsAndNothingIsSaved() {
        assertThat(refusals(() -> health.recordAssessment(child, new AssessmentForm("INITIAL", on("2026-03-20"), "Dr Okafor", "Well"))))
                .containsExactly("assessmentDate: Date of the health assessment (20 March 2026): the child has not been looked after; record the period of care first");
        var period = comesIntoCare("2026-03-02");
        assertThat(refusals(() -> health.recordAssessment(child, new AssessmentForm("INITIAL", on("2026-02-27"), "Dr Okafor", "Well"))))
                .containsExactly("assessmentDate: Date of the health assessment (27 February 2026) must not be before the day the child became looked after (2 March 2026)");
        assertThat(refusals(() -> health.recordAssessment(child, new AssessmentForm("INITIAL", on("2010-01-01"), "Dr Okafor", "Well"))))
                .containsExactly("assessmentDate: Date of the health assessment (1 January 2010) must not be before the child's date of birth (14 February 2015)");
        assertThat(refusals(() -> health.recordAssessment(child, new AssessmentForm("INITIAL", DateParts.of(LocalDate.now().plusDays(1)), "Dr Okafor", "Well"))))
                .containsExactly("assessmentDate: Date of the health assessment must be today or in the past");
        assertThat(refusals(() -> health.recordAssessment(child, new AssessmentForm(null, null, " ", null))))
                .containsExactly("kind: Select a kind of health assessment", "assessmentDate: Enter the date of the health assessment",
                        "assessedBy: Enter an assessor's name and service", "outcome: Enter an outcome and health plan");

        care.end(child, period, new EndForm(on("2026-05-29"), "E13"));
        assertThat(refusals(() -> health.recordDentalCheck(child, new DentalCheckForm(on("2026-06-01")))))
                .containsExactly("checkDate: Date of the dental check (1 June 2026) must not be after the child ceased to be looked after (29 May 2026)");
        assertThat(rows("health_assessment")).isZero();
        assertThat(rows("dental_check")).isZero();
        assertThat(records.journey(child)).extracting(e -> e.kind())
                .doesNotContain(CaseEventKind.HEALTH_ASSESSMENT_UNDER_5, CaseEventKind.HEALTH_ASSESSMENT_5_OR_OVER, CaseEventKind.DENTAL_CHECK);
    }

    @Test
    void anSdqHasAScoreFrom0To40OrAReasonButNotBoth() {
        comesIntoCare("2026-03-02");
        assertThat(refusals(() -> health.recordSdq(child, new SdqForm(on("2026-04-01"), "41", null))))
                .containsExactly("score: Total score must be a whole number from 0 to 40");
        assertThat(refusals(() -> health.recordSdq(child, new SdqForm(on("2026-04-01"), "-1", null))))
                .containsExactly("score: Total score must be a whole number from 0 to 40");
        assertThat(refusals(() -> health.recordSdq(child, new SdqForm(on("2026-04-01"), "12", "SDQ4"))))
                .containsExactly("reason: Enter a total score or select why no SDQ was completed, not both");
        assertThat(refusals(() -> health.recordSdq(child, new SdqForm(on("2026-04-01"), null, null))))
                .containsExactly("score: Enter the total score, or select why no SDQ was completed");
        assertThat(refusals(() -> health.recordImmunisations(child, new ImmunisationsForm(on("2026-04-01"), null))))
                .containsExactly("upToDate: Select whether the child's immunisations are up to date");
        assertThat(rows("sdq")).isZero();
        assertThat(rows("immunisation_status")).isZero();
        health.recordSdq(child, new SdqForm(on("2026-04-01"), "0", null));
        health.recordSdq(child, new SdqForm(on("2026-04-01"), "40", null));
        assertThat(rows("sdq")).isEqualTo(2);
    }

    @Test
    void aPepMeetingMeetsTheFirstPepClockAndANewSchoolEndsTheOneBefore() {
        comesIntoCare("2026-03-02");
        assertThat(running(StatutoryRule.INITIAL_PEP_DUE)).hasSize(1);
        education.recordSchool(child, new SchoolForm("Hillside Primary", "100001", on("2019-09-03"), null));
        assertThat(refusals(() -> education.recordSchool(child, new SchoolForm("Park Academy", "12345", on("2026-04-20"), on("2026-04-01")))))
                .containsExactly("urn: School URN must be the school's 6-digit unique reference number, like 100000",
                        "toDate: Date the child left the school (1 April 2026) must not be before the day they started there (20 April 2026)");
        education.recordSchool(child, new SchoolForm("Park Academy", "", on("2026-04-20"), null));
        assertThat(education.currentSchool(child)).isEqualTo("Park Academy");
        assertThat(education.educationOf(child).schools()).extracting(EducationRecord.School::name, s -> s.to() == null ? null : s.to().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Park Academy", null), org.assertj.core.groups.Tuple.tuple("Hillside Primary", "2026-04-19"));

        assertThat(refusals(() -> education.recordPep(child, new PepForm(on("2026-02-01"), "Park Academy", ""))))
                .containsExactly("meetingDate: Date of the PEP meeting (1 February 2026) must not be before the day the child became looked after (2 March 2026)",
                        "targets: Enter a description of the targets agreed");
        assertThat(rows("pep_meeting")).isZero();
        education.recordPep(child, new PepForm(on("2026-03-25"), "Park Academy", "Reading age up a year; 1:1 maths tutor"));
        assertThat(records.journey(child)).extracting(e -> e.kind()).contains(CaseEventKind.PEP_HELD);
        assertThat(running(StatutoryRule.INITIAL_PEP_DUE)).isEmpty();
        assertThat(running(StatutoryRule.PEP_REVIEW_DUE)).hasSize(1);
        assertThat(audited("PEP meeting on 2026-03-25")).isEqualTo(1);
        assertThat(audited("School recorded from 2026-04-20; left the school before on 2026-04-19")).isEqualTo(1);
    }

    @Test
    void theApiRecordsAndReadsHealthAndEducationAndARestrictedChildIsNotFound() throws Exception {
        comesIntoCare("2026-03-02");
        var auth = apiTokens.bearer(worker);
        mvc.perform(post("/api/children/" + child + "/health/sdqs").with(auth).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"sdqDate":"2026-04-01","score":"12","reason":"SDQ1"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/children/" + child + "/health/assessments").with(auth).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"INITIAL","assessmentDate":"2026-03-16","assessedBy":"Dr Okafor","outcome":"Well"}
                                """))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/children/" + child + "/education/peps").with(auth).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"meetingDate":"2026-03-16","school":"Park Academy","targets":"Attendance above 95%"}
                                """))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/children/" + child + "/health").with(auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments[0].kind").value("INITIAL"));
        mvc.perform(get("/api/children/" + child + "/education").with(auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peps[0].school").value("Park Academy"));
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and detail like 'Viewed health%'").param("p", child)
                .query(Long.class).single()).isEqualTo(1);

        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        records.restrict(child, "Adoption", List.of());
        TestStaff.signOut();
        mvc.perform(get("/api/children/" + child + "/health").with(auth)).andExpect(status().isNotFound());
        mvc.perform(get("/api/children/" + child + "/education").with(auth)).andExpect(status().isNotFound());
        mvc.perform(get("/api/children/" + child + "/health").with(apiTokens.bearer(manager))).andExpect(status().isOk());
    }
}
