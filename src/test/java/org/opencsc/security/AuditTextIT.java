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
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

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

    @Test
    void aDetailThatNamesThePersonItIsAboutIsWrittenWithoutTheName() {
        TestStaff.signInAs(named);
        var child = records.create(PersonForms.child("Dee", canary, "1", "1", "2016"));
        var mother = records.create(PersonForms.child("Mary", relative, "1", "1", "2001"));
        audit.record(AuditAction.UPDATE, child, "Spoke to Dee " + canary + " and Mary " + relative + "'s sister", AuditSubject.person(mother));
        assertThat(jdbc.sql("select detail from audit_event where person_id = :p order by id desc limit 1").param("p", child).query(String.class).single())
                .isEqualTo("Spoke to [name removed] [name removed] and [name removed] [name removed]'s sister");
        assertThat(AuditDetailGuard.redact("Reviewed the care plan with Smith", List.of("Care Smith")))
                .as("whole words, written as on the record").isEqualTo("Reviewed the care plan with [name removed]");
        assertThat(AuditDetailGuard.redact("Carey visited", List.of("Care Smith"))).isEqualTo("Carey visited");
    }

    /**
     * V26 rewrites the rows written before it. Its statements are run again here on a temporary
     * copy of the table holding a row of every old pattern, each naming the canary.
     */
    @Test
    void theMigrationRewritesEveryOldPatternThatNamedSomeoneOrGaveAnAddress() throws Exception {
        TestStaff.signInAs(named);
        var child = records.create(PersonForms.child("Eve", canary, "1", "1", "2016"));
        var c = canary;
        var old = new java.util.LinkedHashMap<String, String>();
        old.put("SEARCH|Searched for name \"Eve " + c + "\", date of birth 2016-01-01 (1 shown)", "Searched children");
        old.put("UPDATE|Closed the case of Eve " + c + " on 2024-01-20: Case closed after assessment, no further action",
                "Closed the case on 2024-01-20: Case closed after assessment, no further action");
        old.put("UPDATE|Matched with adopters (" + c + " family) on 2025-05-01", "Matched with adopters on 2025-05-01");
        old.put("UPDATE|Placed for adoption (A6) with " + c + " and Smith family on 2025-06-02", "Placed for adoption (A6) on 2025-06-02");
        old.put("UPDATE|Adoptive family 12 (" + c + " family): matched with child 5 on 2025-05-01", "Adoptive family 12: matched with child 5 on 2025-05-01");
        old.put("UPDATE|Adoptive family 12 (" + c + " family): child 5 moved in on 2025-06-02", "Adoptive family 12: child 5 moved in on 2025-06-02");
        old.put("CREATE|Adoption enquiry received on 2023-06-01: adoptive family 12 (" + c + " family, 2 adopters, fast track: Foster carers)",
                "Adoption enquiry received on 2023-06-01: adoptive family 12 (2 adopters, fast track: Foster carers)");
        old.put("CREATE|Foster carers approved on 2026-03-02: household 7 (" + c + " household)", "Foster carers approved on 2026-03-02: household 7");
        old.put("CREATE|Connected person temporarily approved from 2026-03-02 until 2026-06-22: household 8 (Grandparents " + c + ")",
                "Connected person temporarily approved from 2026-03-02 until 2026-06-22: household 8");
        old.put("UPDATE|Temporary approval of household 8: extension of 4 weeks agreed by Officer " + c + " on 2026-06-15, now until 2026-07-20",
                "Temporary approval of household 8: extension of 4 weeks agreed on 2026-06-15, now until 2026-07-20");
        old.put("CREATE|Private fostering notified on 2025-12-18, started 2025-12-19 (Mrs " + c + ")", "Private fostering notified on 2025-12-18, started 2025-12-19");
        old.put("UPDATE|Added address at 17 " + c + " Road, NW1 4AB", "Added an address");
        old.put("UPDATE|Added GP Dr " + c, "Added a professional or agency involved");
        old.put("UPDATE|Added warning: Father " + c, "Added a warning");
        old.put("CREATE|School " + c + " Academy from 2026-04-20; left Hillside " + c + " on 2026-04-19", "School recorded from 2026-04-20");
        old.put("CREATE|PEP meeting on 2026-03-25 with " + c + " Academy", "PEP meeting on 2026-03-25");
        old.put("CREATE|Initial health assessment on 2026-03-20 by Dr " + c, "Initial health assessment on 2026-03-20");
        old.put("RESTRICT|Restricted: threats from " + c, "Restricted the record");
        old.put("UPDATE|Ended the section 47 enquiry of 2025-01-07 with no conference: " + c + " moved away",
                "Ended the section 47 enquiry of 2025-01-07 with no conference");
        old.put("CORRECT|Corrected a significant event (version 2): " + c + " said so", "Corrected a significant event (version 2)");
        old.put("CORRECT|Corrected case note 3 as 4: " + c + " asked", "Corrected case note 3 as 4");
        old.put("UPDATE|Case complexity for workload: High. The " + c + " family dispute", "Case complexity for workload: High");
        old.put("UPDATE|Working pattern of Sam " + c + " (staff 9): 1 to 0.6 of full time", "Working pattern of staff 9: 1 to 0.6 of full time");
        old.put("CREATE|Recorded child Eve " + c, "Recorded a new child");
        old.put("UPDATE|Changed details of Eve " + c, "Changed details");
        old.put("UPDATE|Recorded mother of Mary " + c, "Recorded a relationship: mother");
        old.put("UPDATE|Recorded a relationship: mother (record 3)", "Recorded a relationship: mother (record 3)");
        old.put("UPDATE|Added alias Evie " + c + "son", "Added another name (alias)");
        old.put("UPDATE|Something new about Eve " + c, "Changed the record");
        old.put("VIEW|Viewed the evening summary", "Viewed the evening summary");
        var migration = new String(getClass().getResourceAsStream("/db/migration/V26__structured_audit.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        var rewritten = transactions.execute(status -> {
            // A temporary table of the same name is found first: the statements rewrite the copy, not the log.
            jdbc.sql("create temporary table audit_event (like public.audit_event including defaults including identity) on commit drop").update();
            for (var row : old.keySet()) {
                var fields = row.split("\\|", 2);
                jdbc.sql("""
                                insert into audit_event (authority_id, username, action, person_id, detail)
                                values (:authority, 'someone', :action, :person, :detail)
                                """).param("authority", authority.id()).param("action", fields[0])
                        .param("person", fields[0].equals("SEARCH") ? null : child).param("detail", fields[1]).update();
            }
            for (var statement : migration.split(";\\s*\\n")) {
                var sql = statement.replaceAll("(?m)^--.*$", "").strip();
                if (!sql.isEmpty() && !sql.startsWith("alter table") && !sql.startsWith("create index")) {
                    jdbc.sql(sql).update();
                }
            }
            var result = jdbc.sql("select detail, coalesce(search_terms, ''), coalesce(record_kind || ' ' || record_id, '') from audit_event order by id")
                    .query((r, n) -> r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3)).list();
            status.setRollbackOnly();
            return result;
        });
        assertThat(rewritten).extracting(r -> r.split("\\|")[0]).containsExactlyElementsOf(old.values());
        assertThat(rewritten.getFirst()).as("the words move to the search's own column, with no matches: shown to nobody")
                .isEqualTo("Searched children|name \"Eve " + c + "\", date of birth 2016-01-01|");
        assertThat(rewritten).filteredOn(r -> r.startsWith("Adoptive family 12:")).allMatch(r -> r.endsWith("|adoptive_family 12"));
        assertThat(rewritten).filteredOn(r -> r.contains("household 8")).allMatch(r -> r.endsWith("|household 8"));
        assertThat(rewritten).filteredOn(r -> r.startsWith("Working pattern")).allMatch(r -> r.endsWith("|staff_user 9"));
        assertThat(rewritten).filteredOn(r -> r.startsWith("Recorded a relationship: mother (record 3)")).allMatch(r -> r.endsWith("|person 3"));
        assertThat(rewritten.stream().map(r -> r.split("\\|")[0])).noneMatch(d -> d.toLowerCase().contains(c.toLowerCase()));
    }

    private String audit(StaffUser reader, String filter, String value) throws Exception {
        return mvc.perform(get("/audit").param(filter, value).with(TestStaff.as(reader)))
                .andReturn().getResponse().getContentAsString();
    }
}
