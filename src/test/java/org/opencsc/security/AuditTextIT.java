package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.adopters.AdoptersForms.ApprovalForm;
import org.opencsc.adopters.AdoptersForms.FamilyForm;
import org.opencsc.adopters.AdoptersForms.StepForm;
import org.opencsc.adopters.AdoptersService;
import org.opencsc.care.CareForms.LegalStatusForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.care.CareService;
import org.opencsc.carers.CarersForms.ArrangementForm;
import org.opencsc.carers.CarersForms.ExtensionForm;
import org.opencsc.carers.CarersForms.HouseholdForm;
import org.opencsc.carers.CarersService;
import org.opencsc.carers.PrivateFosteringService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.ChildSearch;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.child.RecordPartsService.AddressForm;
import org.opencsc.child.RecordPartsService.InvolvementForm;
import org.opencsc.child.RecordPartsService.RelationshipForm;
import org.opencsc.child.RecordPartsService.WarningForm;
import org.opencsc.frontdoor.FrontDoorForms.ClosureForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.permanence.AdoptionService;
import org.opencsc.permanence.PermanenceForms.AuthorityForm;
import org.opencsc.permanence.PermanenceForms.MatchForm;
import org.opencsc.permanence.PermanenceForms.PlacedForm;
import org.opencsc.platform.DateParts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finding 1 of the security review: the audit log's words named restricted children, their
 * relatives, carers and adopters, and gave addresses and the words of searches. A restricted child
 * with a unique made-up name (the canary) is put through every write that used to leak, and the
 * log is then read by staff who are not named on the record: the canary must appear nowhere, in
 * the page or in the stored words; a reader named on the record sees the names and the words typed.
 */
@IntegrationTest
class AuditTextIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    RecordPartsService parts;
    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    CareService care;
    @Autowired
    AdoptionService adoption;
    @Autowired
    AdoptersService adopters;
    @Autowired
    CarersService carers;
    @Autowired
    PrivateFosteringService privateFostering;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.opencsc.platform.CurrentAuthority authority;

    /** The restricted family's name: letters only, so every form takes it, and found nowhere else. */
    String canary;
    /** The relative's family name: the relative's own record is not restricted, but the relationship is the child's. */
    String relative;
    StaffUser named;
    StaffUser outsider;
    StaffUser auditor;
    StaffUser headOfService;
    long firstAuditRow;

    @BeforeEach
    void staff() {
        canary = "Qzv" + letters(8);
        relative = "Kzw" + letters(8);
        named = staff.create(Role.TEAM_MANAGER);
        outsider = staff.create(Role.TEAM_MANAGER);
        auditor = staff.create(Role.AUDITOR);
        headOfService = staff.create(Role.HEAD_OF_SERVICE);
        firstAuditRow = jdbc.sql("select coalesce(max(id), 0) + 1 from audit_event").query(Long.class).single();
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static String letters(int count) {
        var random = ThreadLocalRandom.current();
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    @Test
    void theLogNamesNoRestrictedChildCarerRelativeOrAdopterToReadersNotNamedOnTheRecord() throws Exception {
        TestStaff.signInAs(named);
        var child = records.create(PersonForms.child("Ada", canary, "1", "10", "2023"));
        records.restrict(child, "Threats from the " + canary + " family", List.of());
        parts.addAddress(child, new AddressForm("17 " + canary + " Road", "Flat " + canary, canary + "ton", "NW1 4AB", on("2023-10-02")));
        parts.addWarning(child, new WarningForm("Father " + canary, "Do not disclose the address", on("2023-10-02"), on("2027-06-01")));
        parts.addInvolvement(child, new InvolvementForm("GP", "Dr " + canary, "Mill Surgery", "01632 960 000", "gp@mill.nhs.test", on("2023-10-02")));
        var mother = parts.addRelationship(child, new RelationshipForm("MOTHER", null, "Mary", relative, on("1990-01-01"), "FAMILY_MEMBER", true,
                DateParts.EMPTY));

        var contact = frontDoor.recordContact(child, new ContactForm(on("2024-01-08"), "6", "Police called to the " + canary + " home."));
        frontDoor.decide(child, contact, new DecisionForm(on("2024-01-08"), "REFERRAL", "Threshold met.", "N1"));
        frontDoor.closeCase(child, new ClosureForm(on("2024-01-20"), "RC8"));

        var period = care.start(child, new StartForm(on("2024-02-05"), "C1", "U6", "PR1", canary + " foster carers", "NW1 4AB", null, null, "false"));
        var plan = adoption.decide(child, new org.opencsc.permanence.PermanenceForms.DecisionForm(on("2024-10-01")));
        adoption.authorise(child, plan, new AuthorityForm("PLACEMENT_ORDER", on("2025-01-15")));
        var family = adopters.addFamily(new FamilyForm(on("2023-06-01"), null, "Ada", canary, "F", "BAFR", "NO", "Chidi", canary, "M", "BAFR", "NO"));
        adopters.startStageOne(family, new StepForm(on("2023-06-15")));
        adopters.endStageOne(family, new StepForm(on("2023-08-10")));
        adopters.receiveApplication(family, new StepForm(on("2023-09-01")));
        adopters.approve(family, new ApprovalForm(on("2025-03-31"), on("2025-03-31")));
        adoption.match(child, plan, new MatchForm(on("2025-05-01"), String.valueOf(family), "false"));
        care.changeLegalStatus(child, period, new LegalStatusForm(on("2025-01-15"), "E1"));
        adoption.place(child, plan, new PlacedForm(on("2025-06-02"), "CARPL", "PR1", "NW8 1AA", "12"));

        var household = carers.approveFosterCarers(new HouseholdForm(canary + " household", "3 " + canary + " Close", "NW1 4AB",
                on("2026-03-02"), "0", "17", "2", null));
        var connected = carers.approveTemporarily(new HouseholdForm("Grandparents " + canary, "5 " + canary + " Way", "NW1 4AB",
                on("2026-03-02"), "0", "17", "1", null));
        carers.extend(connected, new ExtensionForm(on("2026-06-01"), "4", on("2026-06-10"), "The panel agrees.", on("2026-06-15"),
                "Officer " + canary, "true"));

        var fostered = records.create(PersonForms.child("Bea", canary, "9", "9", "2012"));
        records.restrict(fostered, "Same family", List.of());
        privateFostering.notify(fostered, new ArrangementForm("Mrs " + canary, "4 " + canary + " Road", "HA8 7QT",
                on("2025-12-18"), on("2025-12-19")));

        assertThat(records.search(ChildSearch.parse(canary, null, 0))).as("the named manager finds both").hasSize(2);
        TestStaff.signInAs(outsider);
        assertThat(records.search(ChildSearch.parse("Ada " + canary, null, 0))).as("nobody else finds them").isEmpty();
        TestStaff.signOut();

        // The stored words: no name, no address, nothing typed, in any row written since the test began.
        var words = jdbc.sql("""
                        select concat_ws(' | ', detail, request_path) from audit_event where id >= :first
                        """).param("first", firstAuditRow).query(String.class).list();
        assertThat(words).isNotEmpty().noneMatch(w -> w.toLowerCase().contains(canary.toLowerCase()))
                .noneMatch(w -> w.toLowerCase().contains(relative.toLowerCase()));
        assertThat(jdbc.sql("select count(*) from audit_event where id >= :first and search_terms is not null and action <> 'SEARCH'")
                .param("first", firstAuditRow).query(Long.class).single()).as("words typed are kept for searches only").isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where id >= :first and record_kind = 'person' and record_id = :m")
                .param("first", firstAuditRow).param("m", mother).query(Long.class).single()).as("the relationship names the mother by number").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where id >= :first and record_kind = 'household' and record_id in (:h, :c)")
                .param("first", firstAuditRow).param("h", household).param("c", connected).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_event where id >= :first and record_kind = 'adoptive_family' and record_id = :f and person_id = :p")
                .param("first", firstAuditRow).param("f", family).param("p", child).query(Long.class).single())
                .as("the match and the move, on the child's and on the adopters' side").isGreaterThanOrEqualTo(3);
        var outsiderSearch = jdbc.sql("""
                        select cast(shown_person_ids as text) || ' ' || result_count from audit_event
                        where id >= :first and action = 'SEARCH' and username = :u
                        """).param("first", firstAuditRow).param("u", outsider.username()).query(String.class).single();
        assertThat(outsiderSearch).as("the restricted match the outsider was not shown is kept, so the words stay hidden")
                .isEqualTo("{" + child + "} 0");

        // Read by staff who are not named on the record: the canary is nowhere on the page.
        for (var reader : List.of(outsider, auditor, headOfService)) {
            for (var page : List.of(audit(reader, "personId", String.valueOf(child)), audit(reader, "personId", String.valueOf(fostered)),
                    audit(reader, "username", named.username()), audit(reader, "username", outsider.username()))) {
                assertThat(page).as(reader.role() + " reading the log").doesNotContainIgnoringCase(canary);
            }
            var childRows = audit(reader, "personId", String.valueOf(child));
            assertThat(childRows).contains("Restricted record " + child).contains("Restricted record: not shown")
                    .as("nor the related person").doesNotContainIgnoringCase(relative);
            assertThat(audit(reader, "username", outsider.username()))
                    .contains("Searched children").contains("Words typed: not shown");
        }

        // The manager named on the record sees the child, the mother and the words typed.
        var namedView = audit(named, "personId", String.valueOf(child));
        assertThat(namedView).contains("Ada " + canary).contains("Mary " + relative).contains("Closed the case on 2024-01-20")
                .contains("Adoptive family " + family);
        assertThat(audit(named, "username", outsider.username())).contains("Words typed: name &quot;Ada " + canary + "&quot;; 0 shown");
        assertThat(audit(named, "username", named.username())).contains("Words typed: name &quot;" + canary + "&quot;; 2 shown")
                .contains("Carers&#39; household " + household);
    }

    @Test
    void oldRowsWhoseMatchesAreUnknownShowTheirWordsToNobody() throws Exception {
        TestStaff.signInAs(named);
        records.create(PersonForms.child("Cal", canary, "1", "1", "2015"));
        // A search row as written before V26 moved its words: the children it matched were not kept.
        jdbc.sql("""
                        insert into audit_event (authority_id, username, action, detail, search_terms)
                        values (:authority, :u, 'SEARCH', 'Searched children', :terms)
                        """).param("authority", authority.id()).param("u", named.username()).param("terms", "name \"" + canary + "\"").update();
        assertThat(audit(named, "username", named.username())).doesNotContainIgnoringCase("Words typed: name &quot;" + canary)
                .contains("Words typed: not shown");
    }

    private String audit(StaffUser reader, String filter, String value) throws Exception {
        return mvc.perform(get("/audit").param(filter, value).with(TestStaff.as(reader)))
                .andReturn().getResponse().getContentAsString();
    }
}
