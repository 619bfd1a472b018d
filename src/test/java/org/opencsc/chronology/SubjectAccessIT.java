package org.opencsc.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.child.RecordPartsService.InvolvementForm;
import org.opencsc.child.RecordPartsService.RelationshipForm;
import org.opencsc.chronology.ChronologyForms.EventForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.opencsc.work.CaseNoteService;
import org.opencsc.work.NoteForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The subject access export on the real database: the whole record in one file, third parties marked, audited, and only for those allowed. */
@IntegrationTest
class SubjectAccessIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    RecordPartsService parts;
    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    CaseNoteService notes;
    @Autowired
    ChronologyService chronology;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    StaffUser worker;
    StaffUser headOfService;
    long child;

    @BeforeEach
    void aChildWithARecord() {
        worker = staff.create(Role.SOCIAL_WORKER);
        headOfService = staff.create(Role.HEAD_OF_SERVICE);
        TestStaff.signInAs(worker);
        child = records.create(PersonForms.child("Subject", "Access" + System.nanoTime() % 100000, "9", "9", "2012"));
        parts.addRelationship(child, new RelationshipForm("SIBLING", null, "Tyler", "Siblingson", DateParts.of(LocalDate.of(2010, 4, 4)),
                "CHILD", false, DateParts.EMPTY));
        parts.addInvolvement(child, new InvolvementForm("GP", "Dr Rao", "Mill Surgery", "01632 960 000", "rao@mill.nhs.test", DateParts.of(LocalDate.of(2020, 1, 6))));
        frontDoor.recordContact(child, new ContactForm(DateParts.of(LocalDate.of(2025, 2, 3)), "1B", "Neighbour Mrs Bell heard shouting every night."));
        var first = notes.finalise(child, new NoteForm(null, "HOME_VISIT", "Home visit", "Saw the child at home; bedroom bare.",
                DateParts.of(LocalDate.of(2025, 2, 10)), null));
        notes.correct(child, first, new NoteForm(null, "HOME_VISIT", "Home visit", "Saw the child at home; bedroom had no bed.",
                DateParts.of(LocalDate.of(2025, 2, 10)), "The first note left out that there was no bed"));
        notes.finalise(child, new NoteForm(null, "PHONE_CALL", "School call", "School says attendance is 71%.", DateParts.of(LocalDate.of(2025, 3, 1)), null));
        chronology.add(child, new EventForm(DateParts.of(LocalDate.of(2024, 12, 1)), "POLICE", "Father arrested at home.", "Saw the arrest.",
                "Police notification", null));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private String export(long id) throws Exception {
        return mvc.perform(get("/children/" + id + "/subject-access/export").with(TestStaff.as(headOfService)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"subject-access-")))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theExportHoldsEveryCaseNoteWithEveryVersionAndTheChronology() throws Exception {
        var html = export(child);
        assertThat(html).contains("Saw the child at home; bedroom bare.", "Saw the child at home; bedroom had no bed.",
                "The first note left out that there was no bed", "School says attendance is 71%.");
        assertThat(html).contains("Chronology", "Significant event: Police", "Father arrested at home.", "Contact received");
        assertThat(html).contains("OFFICIAL-SENSITIVE").doesNotContain("govuk-service-navigation");
        assertThat(html).containsPattern("Exported by</dt><dd[^>]*>[^<]*\\(" + Pattern.quote(headOfService.username()) + "\\)");
    }

    @Test
    void otherPeoplesInformationIsMarkedForRedactionWithTheReasonAndCountedOnTheCoverSheet() throws Exception {
        var html = export(child);
        assertThat(html).containsPattern("data-redaction=\"third party: sibling\"[^>]*>.*?Tyler Siblingson");
        assertThat(html).containsPattern("data-redaction=\"third party: professional contact details\"[^>]*>.*?01632 960 000");
        assertThat(html).containsPattern("data-redaction=\"third party: information from a member of the public[^\"]*\"[^>]*>.*?Neighbour Mrs Bell");
        assertThat(html).containsPattern("data-redaction=\"third party: source of the information\"[^>]*>.*?Police notification");
        var marked = Pattern.compile("data-redaction=").matcher(html).results().count();
        assertThat(marked).as("sibling's name and date of birth, the GP's phone and email, the neighbour's report, the event's source").isEqualTo(6);
        assertThat(html).contains("6 items of third-party information");
        assertThat(html).containsPattern("<dd>Dr Rao</dd>").as("a professional's name in their role is not marked");
    }

    @Test
    void theExportIsAuditedAgainstTheChild() throws Exception {
        export(child);
        assertThat(jdbc.sql("select detail from audit_event where person_id = :p and action = 'EXPORT'").param("p", child).query(String.class).list())
                .singleElement().asString().contains("6 items marked for redaction");
    }

    @Test
    void onlyThoseWhoAnswerSubjectAccessRequestsMayExportAndARestrictedRecordIsNotFound() throws Exception {
        mvc.perform(get("/children/" + child + "/subject-access/export").with(TestStaff.as(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/subject-access").with(TestStaff.as(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/subject-access").with(TestStaff.as(headOfService))).andExpect(status().isOk());

        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        var restricted = records.create(PersonForms.child("Hidden", "Access" + System.nanoTime() % 100000, "1", "1", "2013"));
        records.restrict(restricted, "Child of a member of staff", List.of());
        mvc.perform(get("/children/" + restricted + "/subject-access/export").with(TestStaff.as(headOfService))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and action = 'EXPORT'").param("p", restricted).query(Long.class).single())
                .isZero();

        var html = mvc.perform(get("/children/" + restricted + "/subject-access/export").with(TestStaff.as(manager)))
                .andReturn().getResponse();
        assertThat(html.getStatus()).as("a team manager does not answer subject access requests").isEqualTo(403);
    }

    @Test
    void aRestrictedRecordExportedBySomeoneNamedOnItIsMarkedAsRestrictedThroughout() throws Exception {
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        var restricted = records.create(PersonForms.child("Named", "Access" + System.nanoTime() % 100000, "1", "1", "2013"));
        records.restrict(restricted, "Adoption", List.of(headOfService.id()));
        var html = export(restricted);
        assertThat(html).contains("everything in this export comes from a restricted record");
        assertThat(Pattern.compile("\\[Restricted record: named users only\\]").matcher(html).results().count()).isGreaterThan(10);
    }
}
