package org.opencsc.carers;

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
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareService;
import org.opencsc.carers.CarersForms.ArrangementForm;
import org.opencsc.carers.CarersForms.DecisionForm;
import org.opencsc.carers.CarersForms.ExtensionForm;
import org.opencsc.carers.CarersForms.HouseholdForm;
import org.opencsc.carers.CarersForms.ReviewForm;
import org.opencsc.carers.CarersForms.VisitForm;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestApiTokens;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Fostering households on the real database: dates derived, refusals naming the field and the dates, nothing half-saved. */
@IntegrationTest
class CarersIT {

    @Autowired
    CarersService carers;
    @Autowired
    PrivateFosteringService privateFostering;
    @Autowired
    CareService care;
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

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private static HouseholdForm household(String name, DateParts date) {
        return new HouseholdForm(name, "12 Birch Lane, Northwold", "nw1 4ab", date, "0", "17", "2", null);
    }

    private ExtensionForm extension(String weeks) {
        return new ExtensionForm(on("2026-06-01"), weeks, on("2026-06-10"), "The panel supports an extension while the assessment finishes.",
                on("2026-06-15"), "A. Nominated", "true");
    }

    private long audited(long household) {
        return jdbc.sql("select count(*) from audit_event where username = :u and detail like :d")
                .param("u", worker.username()).param("d", "%household " + household + "%").query(Long.class).single();
    }

    @Test
    void aConnectedPersonIsApprovedFor16WeeksExtendedOnceByAtMost8WeeksThenApproved() {
        var id = carers.approveTemporarily(household("Grandparents Okafor " + System.nanoTime(), on("2026-03-02")));
        var household = carers.household(id).household();
        assertThat(household.status()).isEqualTo(HouseholdStatus.TEMPORARY);
        assertThat(household.temporaryApproval().expiresOn()).isEqualTo("2026-06-22");
        assertThat(household.legalBasis()).isEqualTo("Connected person (temporary approval until 22 June 2026)");
        assertThat(household.postcode()).isEqualTo("NW1 4AB");
        assertThat(audited(id)).isEqualTo(1);

        assertThatThrownBy(() -> carers.extend(id, extension("9")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("An extension of 9 weeks (to 24 August 2026) is longer than allowed: at most 8 weeks from the expiry on 22 June 2026, to 17 August 2026");
        var problems = catchProblems(() -> carers.extend(id, extension("9")));
        assertThat(problems).extracting(p -> p.field()).containsExactly("extensionWeeks");
        assertThat(carers.household(id).household().temporaryApproval().extensionDecided()).as("nothing half-saved").isFalse();
        assertThat(audited(id)).isEqualTo(1);

        carers.extend(id, extension("8"));
        var extended = carers.household(id).household();
        assertThat(extended.temporaryApproval().extendedTo()).isEqualTo("2026-08-17");
        assertThat(extended.legalBasis()).isEqualTo("Connected person (temporary approval until 17 August 2026)");
        assertThat(audited(id)).isEqualTo(2);

        assertThatThrownBy(() -> carers.extend(id, extension("2")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("can be extended only once: an extension was decided on 15 June 2026 (to 17 August 2026)");

        carers.decide(id, new DecisionForm(on("2026-08-03"), "APPROVED"));
        var approved = carers.household(id).household();
        assertThat(approved.status()).isEqualTo(HouseholdStatus.APPROVED);
        assertThat(approved.approvalDate()).isEqualTo("2026-08-03");
        assertThat(approved.nextReviewDue()).isEqualTo("2027-08-03");
        assertThat(approved.legalBasis()).isEqualTo("Connected person (approved foster carers)");
    }

    @Test
    void anExtensionAskedForOrDecidedAfterExpiryOrBeforeThePanelIsRefusedNamingTheDates() {
        var id = carers.approveTemporarily(household("Aunt Mensah " + System.nanoTime(), on("2026-03-02")));
        var late = new ExtensionForm(on("2026-06-23"), "4", on("2026-06-24"), "Supports.", on("2026-06-25"), "A. Nominated", "true");
        assertThat(catchProblems(() -> carers.extend(id, late))).extracting(p -> p.field() + ": " + p.message()).contains(
                "requestedDate: Date the extension was asked for (23 June 2026) must be on or before the temporary approval expired (22 June 2026)",
                "decisionDate: Date of the nominated officer’s decision (25 June 2026) must be on or before the temporary approval expired (22 June 2026)");
        var beforePanel = new ExtensionForm(on("2026-06-01"), "4", on("2026-06-10"), "Supports.", on("2026-06-05"), "A. Nominated", "true");
        assertThat(catchProblems(() -> carers.extend(id, beforePanel))).extracting(p -> p.field() + ": " + p.message()).containsExactly(
                "decisionDate: Date of the nominated officer’s decision (5 June 2026) must not be before the fostering panel’s view (10 June 2026)");
        var empty = new ExtensionForm(DateParts.EMPTY, "", DateParts.EMPTY, "", DateParts.EMPTY, "", null);
        assertThat(catchProblems(() -> carers.extend(id, empty))).extracting(p -> p.field()).containsExactly(
                "requestedDate", "extensionWeeks", "panelViewDate", "panelView", "decisionDate", "decidedBy", "agreed");
        assertThat(carers.household(id).household().temporaryApproval().extensionDecided()).isFalse();

        var refused = new ExtensionForm(on("2026-06-01"), "4", on("2026-06-10"), "Does not support.", on("2026-06-12"), "A. Nominated", "false");
        carers.extend(id, refused);
        var household = carers.household(id).household();
        assertThat(household.temporaryApproval().extendedTo()).isNull();
        assertThat(household.temporaryApproval().endsOn()).isEqualTo("2026-06-22");
        carers.decide(id, new DecisionForm(on("2026-06-20"), "REFUSED"));
        assertThat(carers.household(id).household().status()).isEqualTo(HouseholdStatus.REFUSED);
        assertThat(carers.available()).doesNotContainKey(id);
    }

    @Test
    void reviewsOfApprovalAreDueYearlyAndLateOnesShowOnTheWorkList() {
        var today = carers.today();
        var id = carers.approveFosterCarers(household("Foster Late " + System.nanoTime(), DateParts.of(today.minusYears(2).minusDays(10))));
        var household = carers.household(id).household();
        assertThat(household.nextReviewDue()).isEqualTo(today.minusYears(1).minusDays(10));
        assertThat(carers.workList().reviewsDue()).extracting(v -> v.household().id()).contains(id);

        var firstReview = today.minusYears(1).minusDays(5);
        carers.review(id, new ReviewForm(DateParts.of(firstReview), DateParts.of(firstReview.plusDays(3)), "CONTINUE", "Went well."));
        var reviewed = carers.household(id).household();
        assertThat(reviewed.reviews().getFirst().onTime()).as("5 days late").isFalse();
        assertThat(reviewed.nextReviewDue()).isEqualTo(firstReview.plusYears(1));
        assertThat(reviewed.reviewStanding(today)).as("due 5 days ago").isEqualTo(ReviewSchedule.Standing.LATE);

        assertThat(catchProblems(() -> carers.review(id, new ReviewForm(DateParts.of(firstReview.minusDays(1)), DateParts.EMPTY, "CONTINUE", null))))
                .extracting(p -> p.field() + ": " + p.message()).containsExactly("reviewDate: Date of the review (" + org.opencsc.platform.FieldProblems.spoken(firstReview.minusDays(1))
                        + ") must be after the last review (" + org.opencsc.platform.FieldProblems.spoken(firstReview) + ")");
        assertThat(carers.household(id).household().reviews()).hasSize(1);
    }

    @Test
    void aTemporaryApprovalExpiringWithin4WeeksShowsOnTheWorkList() {
        var today = carers.today();
        var soon = carers.approveTemporarily(household("Expiring " + System.nanoTime(), DateParts.of(today.minusWeeks(14))));
        var later = carers.approveTemporarily(household("Not yet " + System.nanoTime(), DateParts.of(today.minusWeeks(2))));
        var past = carers.approveTemporarily(household("Expired " + System.nanoTime(), DateParts.of(today.minusWeeks(17))));
        var listed = carers.workList().temporaryApprovals().stream().map(v -> v.household().id()).toList();
        assertThat(listed).contains(soon, past).doesNotContain(later);
        assertThat(carers.household(past).household().temporaryApproval().standing(today)).isEqualTo(ApprovalTimeline.Standing.EXPIRED);
    }

    @Test
    void childrenPlacedWithAHouseholdFillItsPlacesAndARestrictedChildIsNotNamed() {
        var id = carers.approveTemporarily(household("Uncle Haddad " + System.nanoTime(), DateParts.of(carers.today().minusWeeks(3))));
        var child = children.record(PersonForms.child("Sami", "Haddad", "3", "4", "2016"));
        var sister = children.record(PersonForms.child("Lina", "Haddad", "3", "4", "2014"));
        var start = DateParts.of(carers.today().minusWeeks(2));
        care.start(child, new StartForm(start, "C2", "U1", "PR1", "Mr Haddad", null, null, null, "true", String.valueOf(id)));
        care.start(sister, new StartForm(start, "C2", "U1", "PR1", "Mr Haddad", null, null, null, "true", String.valueOf(id)));
        var view = carers.household(id);
        assertThat(view.placed()).isEqualTo(2);
        assertThat(view.vacancies()).isZero();
        assertThat(view.children()).extracting(CarersService.ChildPlaced::name).containsExactlyInAnyOrder("Sami Haddad", "Lina Haddad");
        assertThat(carers.workList().vacancies()).extracting(v -> v.household().id()).doesNotContain(id);

        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        records.restrict(sister, "Child of a member of staff", List.of());
        TestStaff.signInAs(worker);
        var seen = carers.household(id);
        assertThat(seen.children()).extracting(CarersService.ChildPlaced::name).containsExactly("Sami Haddad");
        assertThat(seen.hidden()).isEqualTo(1);
        assertThat(seen.vacancies()).isZero();

        assertThatThrownBy(() -> care.start(children.record(PersonForms.child("Other", "Child", "1", "1", "2015")),
                new StartForm(start, "C2", "U4", "PR1", "Somebody", null, null, null, "false", "999999999")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Fostering household must be one of the approved households listed");
    }

    @Test
    void aChildIsPlacedWithATemporarilyApprovedConnectedPersonOnlyWithinTheApprovalAndSaidToBeTemporary() {
        var id = carers.approveTemporarily(household("Cousin Reyes " + System.nanoTime(), on("2026-03-02")));
        var name = carers.household(id).household().name();
        var child = children.record(PersonForms.child("Mateo", "Reyes", "5", "5", "2018"));
        assertThat(catchProblems(() -> care.start(child, new StartForm(on("2026-06-23"), "C2", "U1", "PR1", "Mr Reyes", null, null, null, "true",
                String.valueOf(id))))).extracting(p -> p.field() + ": " + p.message()).containsExactly("carerHousehold: " + name
                + " is temporarily approved from 2 March 2026 to 22 June 2026: a placement starting on 23 June 2026 is outside it");
        assertThat(catchProblems(() -> care.start(child, new StartForm(on("2026-06-22"), "C2", "U1", "PR1", "Mr Reyes", null, null, null, "false",
                String.valueOf(id))))).extracting(p -> p.field()).containsExactly("carerHousehold");
        assertThat(care.periods(child)).as("nothing half-saved").isEmpty();
        care.start(child, new StartForm(on("2026-06-22"), "C2", "U1", "PR1", "Mr Reyes", null, null, null, "true", String.valueOf(id)));
        assertThat(carers.household(id).placed()).isEqualTo(1);
    }

    @Test
    void aPrivatelyFosteredChildIsVisitedSixWeeklyAndOverdueVisitsShowOnTheWorkList() {
        var today = carers.today();
        var child = children.record(PersonForms.child("Ama", "Owusu", "9", "9", "2012"));
        var arrangement = privateFostering.notify(child, new ArrangementForm("Mrs Boateng", "4 Cedar Road", "HA8 7QT",
                DateParts.of(LocalDate.parse("2025-12-18")), DateParts.of(LocalDate.parse("2025-12-19"))));
        assertThat(privateFostering.arrangement(child, arrangement).nextVisitDue())
                .as("7 working days from Friday 19 December, past Christmas, Boxing Day and New Year's Day").isEqualTo("2026-01-02");
        assertThat(privateFostering.overdueVisits()).extracting(PrivateFosteringService.Overdue::personId).contains(child);

        privateFostering.visit(child, arrangement, new VisitForm(DateParts.of(today.minusWeeks(1)), "true", "true", "Settled."));
        assertThat(privateFostering.arrangement(child, arrangement).nextVisitDue()).isEqualTo(today.plusWeeks(5));
        assertThat(privateFostering.overdueVisits()).extracting(PrivateFosteringService.Overdue::personId).doesNotContain(child);

        assertThat(catchProblems(() -> privateFostering.notify(child, new ArrangementForm("Someone", "1 Road", null, DateParts.of(today), DateParts.of(today)))))
                .extracting(p -> p.field()).containsExactly("startDate");
        assertThat(catchProblems(() -> privateFostering.visit(child, arrangement, new VisitForm(DateParts.of(LocalDate.parse("2025-12-17")), "true", "", null))))
                .extracting(p -> p.field()).containsExactly("visitDate", "seenAlone");
        assertThat(privateFostering.arrangement(child, arrangement).visits()).hasSize(1);
    }

    @Test
    void theApiRefusesATooLongExtensionWithTheFieldAndAnswersTheHousehold() throws Exception {
        var id = carers.approveTemporarily(household("Api Family " + System.nanoTime(), on("2026-03-02")));
        mvc.perform(post("/api/carers/" + id + "/extension").with(apiTokens.bearer(worker)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"requestedDate": "2026-06-01", "extensionWeeks": "9", "panelViewDate": "2026-06-10", "panelView": "Supports.",
                                 "decisionDate": "2026-06-15", "decidedBy": "A. Nominated", "agreed": "true"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("extensionWeeks"));
        mvc.perform(get("/api/carers/" + id).with(apiTokens.bearer(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.household.temporaryApproval.expiresOn").value("2026-06-22"));
    }

    private static List<org.opencsc.platform.FieldProblems.Problem> catchProblems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().all();
        }
        throw new AssertionError("expected a refusal");
    }
}
