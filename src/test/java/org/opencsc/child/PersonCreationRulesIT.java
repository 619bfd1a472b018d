package org.opencsc.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may record a new person, wherever it happens, and what an LA child ID already taken says:
 * the same whether the record holding it may be seen or is restricted.
 */
@IntegrationTest
class PersonCreationRulesIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    TestStaff staff;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    StaffUser socialWorker;
    StaffUser fosteringWorker;
    long child;

    @BeforeEach
    void aChild() {
        socialWorker = staff.create(Role.SOCIAL_WORKER);
        fosteringWorker = staff.create(Role.FOSTERING_ADOPTION_WORKER);
        TestStaff.signInAs(socialWorker);
        child = records.create(PersonForms.child("Rosa", "Quinn", "2", "2", "2017"));
        TestStaff.signOut();
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private long peopleNamed(String familyName) {
        return jdbc.sql("select count(*) from person where family_name = :name").param("name", familyName).query(Long.class).single();
    }

    @Test
    void aRoleThatMayNotRecordAPersonCannotMakeOneThroughTheRelationshipApi() throws Exception {
        var surname = "Relative" + System.nanoTime();
        var response = mvc.perform(post("/api/children/" + child + "/relationships").with(TestStaff.as(fosteringWorker)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"MOTHER","givenName":"Nora","familyName":"%s","dateOfBirth":"1985-05-05","personKind":"FAMILY_MEMBER",
                                 "parentalResponsibility":true}""".formatted(surname)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("does not allow recording a new person");
        assertThat(peopleNamed(surname)).as("nobody recorded").isZero();
    }

    @Test
    void aRoleThatMayNotRecordAPersonIsToldSoByTheRelationshipForm() throws Exception {
        var surname = "Relative" + System.nanoTime();
        var response = mvc.perform(post("/children/" + child + "/relationships/new").with(TestStaff.as(fosteringWorker)).with(csrf())
                        .param("kind", "MOTHER").param("givenName", "Nora").param("familyName", surname).param("dateOfBirth.day", "5")
                        .param("dateOfBirth.month", "5").param("dateOfBirth.year", "1985").param("personKind", "FAMILY_MEMBER"))
                .andReturn();
        assertThat(response.getResponse().getStatus()).isEqualTo(403);
        assertThat(response.getModelAndView()).isNotNull();
        assertThat(response.getModelAndView().getViewName()).isEqualTo("error/403");
        assertThat((String) response.getModelAndView().getModel().get("reason")).contains("does not allow recording a new person");
        assertThat(peopleNamed(surname)).as("nobody recorded").isZero();
    }

    @Test
    void theSameRoleMayStillRelateSomeoneAlreadyRecorded() throws Exception {
        TestStaff.signInAs(socialWorker);
        var sister = records.create(PersonForms.child("Lou", "Quinn", "1", "1", "2015"));
        var laChildId = records.visible(sister).laChildId();
        TestStaff.signOut();
        var status = mvc.perform(post("/api/children/" + child + "/relationships").with(TestStaff.as(fosteringWorker)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"SIBLING\",\"existingLaChildId\":\"" + laChildId + "\"}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(200);
    }

    @Test
    void aRoleThatMayRecordAPersonStillCan() throws Exception {
        var surname = "Relative" + System.nanoTime();
        var status = mvc.perform(post("/api/children/" + child + "/relationships").with(TestStaff.as(socialWorker)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"MOTHER","givenName":"Nora","familyName":"%s","dateOfBirth":"1985-05-05","personKind":"FAMILY_MEMBER"}"""
                                .formatted(surname)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(200);
        assertThat(peopleNamed(surname)).isEqualTo(1);
    }

    private List<FieldProblems.Problem> problemsCreating(String laChildId) {
        var form = PersonForms.child("Sam", "Other", "3", "3", "2016");
        var withId = new PersonForm(form.kind(), laChildId, form.givenName(), form.middleNames(), form.familyName(), form.dateOfBirth(),
                form.expectedDateOfBirth(), form.sex(), form.genderIdentity(), form.ethnicity(), form.upn(), form.formerUpn(),
                form.upnUnknownReason(), form.nhsNumber(), form.firstLanguage(), form.religion(), form.immigrationStatus(), form.uasc(),
                form.disabilities(), form.version());
        var refused = catchThrowableOfType(InvalidInputException.class, () -> records.create(withId));
        assertThat(refused).as("the LA child ID " + laChildId + " is refused").isNotNull();
        return refused.problems().all();
    }

    @Test
    void anLaChildIdTakenSaysTheSameWhetherTheRecordHoldingItIsRestrictedOrNot() {
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        var open = records.create(PersonForms.child("Open", "Record", "1", "1", "2014"));
        var hidden = records.create(PersonForms.child("Hidden", "Record", "1", "1", "2014"));
        records.restrict(hidden, "Child of a member of staff", List.of());

        TestStaff.signInAs(socialWorker);
        var aboutOpen = problemsCreating(records.visible(open).laChildId());
        var aboutHidden = problemsCreating(jdbc.sql("select la_child_id from person where id = :id").param("id", hidden).query(String.class).single());

        assertThat(aboutHidden).isEqualTo(aboutOpen);
        assertThat(aboutHidden).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("laChildId");
            assertThat(problem.message()).startsWith("LA child ID cannot be used").doesNotContain("another person").doesNotContain("already");
        });
    }

    @Test
    void anLaChildIdThatASpreadsheetWouldReadAsAFormulaIsRefused() {
        TestStaff.signInAs(socialWorker);
        assertThat(problemsCreating("=1+2")).extracting(FieldProblems.Problem::field).containsExactly("laChildId");
    }
}
