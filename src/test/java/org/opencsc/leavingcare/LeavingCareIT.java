package org.opencsc.leavingcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.care.CareForms.EndForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareService;
import org.opencsc.child.CaseStatus;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.leavingcare.LeavingCareForms.AdviserForm;
import org.opencsc.leavingcare.LeavingCareForms.BirthdayContactForm;
import org.opencsc.leavingcare.LeavingCareForms.EndSupportForm;
import org.opencsc.leavingcare.LeavingCareForms.PathwayPlanForm;
import org.opencsc.leavingcare.LeavingCareForms.StartSupportForm;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestApiTokens;
import org.opencsc.security.TestStaff;
import org.opencsc.timescales.StatutoryRule;
import org.opencsc.timescales.TimescaleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Leaving care on the real database: support only for a care leaver, pathway plan reviews, OC3 birthday contacts in their window. */
@IntegrationTest
class LeavingCareIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    CareService care;
    @Autowired
    LeavingCareService leavingCare;
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
    long youngPerson;

    /** Born 20 March 2008: in care from 15 to 18, eligible, left care on the 18th birthday. */
    @BeforeEach
    void aCareLeaver() {
        worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        youngPerson = records.create(PersonForms.child("Leaving", "Care" + System.nanoTime() % 100000, "20", "3", "2008"));
        var period = care.start(youngPerson, new StartForm(on("2023-06-05"), "C2", "U4", "PR1", "Mr and Mrs Kaur", null, null, null, "false"));
        care.end(youngPerson, period, new EndForm(on("2026-03-20"), "E17"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    @Test
    void supportStartsForACareLeaverAndPathwayPlansAreDueEverySixMonths() {
        var lc = leavingCare.leavingCare(youngPerson);
        assertThat(lc.category()).isEqualTo(CareLeaverCategory.FORMER_RELEVANT);
        assertThat(lc.firstEligible()).isEqualTo("2024-03-20");
        leavingCare.startSupport(youngPerson, new StartSupportForm(on("2026-03-20"), "P. Okafor"));
        assertThat(records.visible(youngPerson).caseStatus()).isEqualTo(CaseStatus.CARE_LEAVER);

        leavingCare.recordPathwayPlan(youngPerson, new PathwayPlanForm(on("2026-04-15"), "Staying put with former foster carers; college course."));
        var review = timescales.clocksFor(youngPerson).stream().filter(c -> c.rule() == StatutoryRule.PATHWAY_PLAN_REVIEW_DUE && c.running()).findFirst();
        assertThat(review).get().extracting(c -> c.dueOn()).isEqualTo(LocalDate.parse("2026-10-15"));

        leavingCare.changeAdviser(youngPerson, new AdviserForm(on("2026-09-01"), "S. Novak"));
        assertThat(leavingCare.leavingCare(youngPerson).openSupport().orElseThrow().currentAdviser()).isEqualTo("S. Novak");
        assertThatThrownBy(() -> leavingCare.changeAdviser(youngPerson, new AdviserForm(on("2026-08-01"), "T. Ibe")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be after the day the current adviser took over (1 September 2026)");

        leavingCare.endSupport(youngPerson, new EndSupportForm(on("2026-11-02"), "DECLINED"));
        assertThat(timescales.clocksFor(youngPerson).stream().filter(c -> c.rule() == StatutoryRule.PATHWAY_PLAN_REVIEW_DUE && c.running()))
                .as("no review is due once support ends").isEmpty();
    }

    @Test
    void supportIsRefusedForSomeoneWhoWasNotACareLeaverThen() {
        assertThatThrownBy(() -> leavingCare.startSupport(youngPerson, new StartSupportForm(on("2024-01-10"), "P. Okafor")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().all())
                        .extracting(p -> p.field() + ": " + p.message()).anyMatch(m -> m.startsWith("startDate:") && m.contains("was not a care leaver on 10 January 2024")));
        assertThat(jdbc.sql("select count(*) from care_leaver_support where person_id = :p").param("p", youngPerson).query(Long.class).single()).isZero();
    }

    @Test
    void aBirthdayContactMustFallInItsWindowAndMatchWhetherTheYoungPersonIsInTouch() {
        assertThatThrownBy(() -> leavingCare.recordBirthdayContact(youngPerson, new BirthdayContactForm("18", on("2026-05-01"), "YES", "F2", "Z1")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The contact for the 18th birthday (20 March 2026) counts from 20 December 2025 to 20 April 2026");
        assertThatThrownBy(() -> leavingCare.recordBirthdayContact(youngPerson, new BirthdayContactForm("18", on("2026-03-25"), "NO", "F2", "0")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().all()).extracting(p -> p.field())
                        .containsExactly("activity"));
        leavingCare.recordBirthdayContact(youngPerson, new BirthdayContactForm("18", on("2026-03-25"), "YES", "F2", "Z1"));
        assertThatThrownBy(() -> leavingCare.recordBirthdayContact(youngPerson, new BirthdayContactForm("18", on("2026-03-26"), "YES", "F2", "Z1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already recorded");
        var birthday = leavingCare.leavingCare(youngPerson).birthdays().getFirst();
        assertThat(birthday.age()).isEqualTo(18);
        assertThat(birthday.recorded().accommodation()).isEqualTo(CareLeaverAccommodation.Z1);
        assertThat(birthday.recorded().activity().inEducationEmploymentOrTraining()).isTrue();
    }

    @Test
    void theApiShowsTheDerivedCategoryAndLogsTheView() throws Exception {
        TestStaff.signOut();
        mvc.perform(get("/api/children/" + youngPerson + "/leaving-care").with(apiTokens.bearer(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("FORMER_RELEVANT"))
                .andExpect(jsonPath("$.firstEligible").value("2024-03-20"));
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and detail = 'Viewed leaving care'").param("p", youngPerson)
                .query(Long.class).single()).isEqualTo(1);
    }
}
