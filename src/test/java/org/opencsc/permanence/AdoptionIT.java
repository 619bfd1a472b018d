package org.opencsc.permanence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.opencsc.adopters.AdoptersForms.StepForm;
import org.opencsc.adopters.AdoptersService;
import org.opencsc.care.CareForms.LegalStatusForm;
import org.opencsc.care.CareForms.MoveForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CareService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.permanence.PermanenceForms.AdoptionOrderForm;
import org.opencsc.permanence.PermanenceForms.AuthorityForm;
import org.opencsc.permanence.PermanenceForms.DecisionForm;
import org.opencsc.permanence.PermanenceForms.MatchForm;
import org.opencsc.permanence.PermanenceForms.NoLongerPlacedForm;
import org.opencsc.permanence.PermanenceForms.OrderForm;
import org.opencsc.permanence.PermanenceForms.PlacedForm;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestApiTokens;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A child's adoption and the orders that end care, on the real database: each step checked against
 * the last and against the child's care, the scorecard measures on dated examples, the adopters'
 * record told of the match, and care ended with the SSDA903 reason the order gives.
 */
@IntegrationTest
class AdoptionIT {

    @Autowired
    AdoptionService adoption;
    @Autowired
    PermanenceOrderService orders;
    @Autowired
    CareService care;
    @Autowired
    AdoptersService adopters;
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
    long child;

    @BeforeEach
    void aChild() {
        worker = staff.create(Role.FOSTERING_ADOPTION_WORKER);
        TestStaff.signInAs(worker);
        child = children.record(PersonForms.child("Adopted", "Child" + System.nanoTime() % 100000, "10", "1", "2023"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().all().stream().map(p -> p.field() + ": " + p.message()).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    /** A family approved on a day, waiting for a match. */
    private long approvedFamily(String surname, String approved) {
        var id = adopters.addFamily(new FamilyForm(on("2023-06-01"), null, "Ada", surname, "F", "BAFR", "NO", "Chidi", surname, "M", "BAFR", "NO"));
        adopters.startStageOne(id, new StepForm(on("2023-06-15")));
        adopters.endStageOne(id, new StepForm(on("2023-08-10")));
        adopters.receiveApplication(id, new StepForm(on("2023-09-01")));
        adopters.approve(id, new ApprovalForm(on(approved), on(approved)));
        return id;
    }

    private CarePeriod period() {
        return care.periods(child).getLast();
    }

    @Test
    void aChildIsAdoptedUnderAPlacementOrderAndTheScorecardMeasuresCountTheDays() {
        var period = care.start(child, new StartForm(on("2024-02-05"), "C1", "U6", "PR1", "Hill foster carers", "NW1 4AB", null, null, "false"));
        var plan = adoption.decide(child, new DecisionForm(on("2024-10-01")));
        assertThat(problems(() -> adoption.decide(child, new DecisionForm(on("2024-11-01")))))
                .containsExactly("decisionDate: An adoption is already in progress for this child (decision of 1 October 2024)");
        assertThat(problems(() -> adoption.match(child, plan, new MatchForm(on("2025-05-01"), "1", "false"))))
                .contains("matchDate: Record the authority to place (a placement order or consent) before the match");

        assertThat(problems(() -> adoption.authorise(child, plan, new AuthorityForm("PLACEMENT_ORDER", on("2024-09-30")))))
                .containsExactly("authorityDate: Date of the authority to place (30 September 2024) must not be before "
                        + "the decision that the child should be placed for adoption (1 October 2024)");
        adoption.authorise(child, plan, new AuthorityForm("PLACEMENT_ORDER", on("2025-01-15")));
        var family = approvedFamily("Okafor" + System.nanoTime() % 10000, "2025-03-31");
        assertThat(adoption.familiesAwaitingMatch()).containsKey(family);
        adoption.match(child, plan, new MatchForm(on("2025-05-01"), String.valueOf(family), "false"));
        assertThat(adoption.familiesAwaitingMatch()).as("a matched family waits for no other child").doesNotContainKey(family);

        assertThat(problems(() -> adoption.place(child, plan, new PlacedForm(on("2025-06-02"), "CARPL", "PR1", "NW8 1AA", "12"))))
                .as("A6 needs the placement order's legal status").containsExactly("moveDate: The child's legal status on 2 June 2025 is C1: "
                        + "record the placement order (legal status E1) on the Care tab before the child is placed under it");
        assertThat(period().placements()).hasSize(1);
        care.changeLegalStatus(child, period, new LegalStatusForm(on("2025-01-15"), "E1"));
        adoption.place(child, plan, new PlacedForm(on("2025-06-02"), "CARPL", "PR1", "NW8 1AA", "12"));
        var placed = period().currentPlacement().orElseThrow();
        assertThat(placed.place()).isEqualTo("A6");
        assertThat(placed.carer()).isEqualTo(adoption.plan(child, plan).adoptiveFamily());
        assertThat(placed.start()).isEqualTo("2025-06-02");

        assertThat(problems(() -> adoption.order(child, plan, new AdoptionOrderForm(on("2025-05-30"), "false"))))
                .contains("orderDate: Date of the adoption order (30 May 2025) must not be before the child's move to the adopters (2 June 2025)");
        adoption.order(child, plan, new AdoptionOrderForm(on("2025-11-20"), "false"));
        var adopted = adoption.plan(child, plan);
        assertThat(adopted.stage()).isEqualTo(AdoptionStage.ADOPTED);
        assertThat(period().endDate()).isEqualTo("2025-11-20");
        assertThat(period().reasonCeased()).as("unopposed").isEqualTo("E11");

        var measures = adoption.measures(adopted);
        assertThat(measures.enteredCare()).isEqualTo("2024-02-05");
        assertThat(measures.a1()).as("5 February 2024 to 2 June 2025, across 29 February").isEqualTo(483);
        assertThat(measures.a2()).as("15 January to 1 May 2025").isEqualTo(106);
        assertThat(measures.a10()).as("not adopted by foster carers: the same as A1").isEqualTo(483);
        assertThat(measures.a1WithinThreshold()).as("over 426 days").isFalse();
        assertThat(measures.a2WithinThreshold()).isTrue();

        var familyDates = jdbc.sql("select count(*) from audit_event where person_id = :p and detail like 'Adoption order made on 2025-11-20%'")
                .param("p", child).query(Long.class).single();
        assertThat(familyDates).isEqualTo(1);
        var scorecard = adoption.scorecard(LocalDate.parse("2025-12-31"));
        assertThat(scorecard.adopted()).isGreaterThanOrEqualTo(1);
        assertThat(scorecard.a1().children()).isEqualTo(scorecard.adopted());
    }

    @Test
    void fosterCarersWhoAdoptStartTheA10ClockWhenTheChildMovedInWithThem() {
        var period = care.start(child, new StartForm(on("2024-03-01"), "V2", "U6", "PR1", "Ellis foster carers", "NW1 4AB", null, null, "false"));
        var family = approvedFamily("Mensah" + System.nanoTime() % 10000, "2024-05-20");
        var name = adopters.family(family).family().name();
        care.move(child, period, new MoveForm(on("2024-06-03"), "CARPL", "U5", "PR1", name, "NW9 2CC", null, null, "false"));
        var plan = adoption.decide(child, new DecisionForm(on("2024-07-01")));
        adoption.authorise(child, plan, new AuthorityForm("CONSENT", on("2024-09-02")));
        adoption.match(child, plan, new MatchForm(on("2024-10-01"), String.valueOf(family), "true"));
        adoption.place(child, plan, new PlacedForm(on("2024-11-04"), "PLACE", "PR1", "NW9 2CC", null));

        var placed = period().currentPlacement().orElseThrow();
        assertThat(placed.place()).as("consent, with the current foster carers").isEqualTo("A3");
        assertThat(placed.carer()).isEqualTo(name);
        var measures = adoption.measures(adoption.plan(child, plan));
        assertThat(measures.fosteringForAdoption()).isEqualTo("2024-06-03");
        assertThat(measures.a1()).as("1 March to 4 November 2024").isEqualTo(248);
        assertThat(measures.a10()).as("1 March to 3 June 2024, when the child moved in with the carers who adopted").isEqualTo(94);
        assertThat(measures.a2()).isEqualTo(29);
        assertThat(period().episodes().getLast().reasonNew().code()).as("a new placement with the same carers").isEqualTo("B");
    }

    @Test
    void adoptersWhoAreNotFosteringTheChildCannotBeSaidToBe() {
        care.start(child, new StartForm(on("2024-03-01"), "C2", "K2", "PR4", "Oak House", "NW2 1AA", "SC123456", null, "false"));
        var plan = adoption.decide(child, new DecisionForm(on("2024-07-01")));
        adoption.authorise(child, plan, new AuthorityForm("PLACEMENT_ORDER", on("2024-09-02")));
        var family = approvedFamily("Patel" + System.nanoTime() % 10000, "2024-05-20");
        assertThat(problems(() -> adoption.match(child, plan, new MatchForm(on("2024-10-01"), String.valueOf(family), "true"))))
                .containsExactly("fosterCarers: The child's current placement (K2) is not a foster placement: "
                        + "adopters who are the child's foster carers care for the child in one (U1 to U6)");
        assertThat(adoption.plan(child, plan).matchDate()).isNull();
    }

    @Test
    void aChildNoLongerToBePlacedFreesTheMatchedFamilyForAnotherChild() {
        care.start(child, new StartForm(on("2024-03-01"), "C2", "U4", "PR1", "Ms Khan", "NW3 2BB", null, null, "false"));
        var plan = adoption.decide(child, new DecisionForm(on("2024-07-01")));
        adoption.authorise(child, plan, new AuthorityForm("PLACEMENT_ORDER", on("2024-09-02")));
        var family = approvedFamily("Brown" + System.nanoTime() % 10000, "2024-05-20");
        adoption.match(child, plan, new MatchForm(on("2024-10-01"), String.valueOf(family), "false"));
        assertThat(problems(() -> adoption.stop(child, plan, new NoLongerPlacedForm(on("2024-09-30"), "RD1"))))
                .containsExactly("ceasedDate: Date of the decision (30 September 2024) must not be before the match (1 October 2024)");
        adoption.stop(child, plan, new NoLongerPlacedForm(on("2025-02-03"), "RD1"));
        assertThat(adoption.plan(child, plan).stage()).isEqualTo(AdoptionStage.NO_LONGER_PLACED);
        assertThat(adoption.familiesAwaitingMatch()).containsKey(family);
        assertThat(problems(() -> adoption.authorise(child, plan, new AuthorityForm("CONSENT", on("2025-03-03")))))
                .contains("authorityToPlace: The decision that the child should no longer be placed for adoption was made on 3 February 2025");
        assertThat(adoption.decide(child, new DecisionForm(on("2025-06-02")))).as("a new plan may follow a reversed one").isPositive();
    }

    @Test
    void aSpecialGuardianshipOrderEndsCareWithTheReasonItsGuardiansGive() {
        care.start(child, new StartForm(on("2025-01-06"), "C2", "U1", "PR1", "Mrs Ellis (grandmother)", "NW1 4AB", null, null, "false"));
        assertThat(problems(() -> orders.record(child, new OrderForm("SGO", on("2026-06-01"), "Mrs Ellis (grandmother)", "E46", "true"))))
                .containsExactly("guardians: The child's current placement is U1 (foster placement with relative or friend: long-term fostering): "
                        + "special guardians who are the child's foster carers, not relatives or friends care for the child in a U4 to U6 placement");
        assertThat(period().open()).as("nothing half-saved").isTrue();
        assertThat(problems(() -> orders.record(child, new OrderForm("SGO", on("2026-06-01"), "Mrs Ellis", "E45", ""))))
                .containsExactly("supportPlan: Select whether a special guardianship support plan was agreed");
        orders.record(child, new OrderForm("SGO", on("2026-06-01"), "Mrs Ellis (grandmother)", "E45", "true"));
        assertThat(period().reasonCeased()).isEqualTo("E45");
        assertThat(period().endDate()).isEqualTo("2026-06-01");
        assertThat(orders.ordersOf(child)).singleElement().extracting(PermanenceOrder::kind, PermanenceOrder::reasonCeased)
                .containsExactly(PermanenceOrderKind.SGO, "E45");
        assertThat(problems(() -> orders.record(child, new OrderForm("CAO", on("2026-07-01"), "Mr Ellis", null, null))))
                .containsExactly("orderDate: The child is not looked after: there is no period of care to end");
    }

    @Test
    void aChildArrangementsOrderEndsCareWithE41ButNotWhileAnAdoptionIsInProgress() {
        care.start(child, new StartForm(on("2025-01-06"), "C2", "U3", "PR1", "Mr Dean (uncle)", "NW1 4AB", null, null, "false"));
        var plan = adoption.decide(child, new DecisionForm(on("2025-03-03")));
        assertThat(problems(() -> orders.record(child, new OrderForm("CAO", on("2025-09-01"), "Mr Dean", null, null))))
                .containsExactly("kind: The child's adoption is in progress: record the decision that the child should no longer be placed for adoption first");
        adoption.stop(child, plan, new NoLongerPlacedForm(on("2025-08-01"), "RD4"));
        orders.record(child, new OrderForm("CAO", on("2025-09-01"), "Mr Dean", null, null));
        assertThat(period().reasonCeased()).isEqualTo("E41");
    }

    @Test
    void aRestrictedChildsAdoptionIsNotFoundForOthersAndLeftOffTheirList() throws Exception {
        care.start(child, new StartForm(on("2024-03-01"), "C2", "U4", "PR1", "Ms Khan", "NW3 2BB", null, null, "false"));
        adoption.decide(child, new DecisionForm(on("2024-07-01")));
        mvc.perform(get("/api/children/" + child + "/permanence").with(apiTokens.bearer(worker)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.adoptions[0].stage").value("DECIDED"))
                .andExpect(jsonPath("$.adoptions[0].measures.enteredCare").value("2024-03-01"));
        TestStaff.signInAs(worker);
        assertThat(adoption.inProgress()).anyMatch(item -> item.child().personId() == child);
        var viewed = jdbc.sql("select count(*) from audit_event where person_id = :p and detail = 'Viewed the adoption record'")
                .param("p", child).query(Long.class).single();
        assertThat(viewed).isEqualTo(1);

        TestStaff.signInAs(staff.create(Role.TEAM_MANAGER));
        records.restrict(child, "Adoption", List.of());
        var other = staff.create(Role.FOSTERING_ADOPTION_WORKER);
        TestStaff.signInAs(other);
        assertThat(adoption.inProgress()).noneMatch(item -> item.child().personId() == child);
        mvc.perform(get("/api/children/" + child + "/permanence").with(apiTokens.bearer(other))).andExpect(status().isNotFound());
        mvc.perform(get("/children/" + child + "/permanence").with(TestStaff.as(other))).andExpect(status().isNotFound());
    }
}
