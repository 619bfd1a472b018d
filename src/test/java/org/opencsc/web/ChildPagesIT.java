package org.opencsc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ChildPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    ChildRecordService records;
    @Autowired
    JdbcClient jdbc;

    StaffUser worker;

    @BeforeEach
    void worker() {
        worker = staff.create(Role.SOCIAL_WORKER);
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private long people() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void aFormWithMistakesComesBackAsTypedWithEveryProblemNamed() throws Exception {
        var before = people();
        mvc.perform(post("/children/new").with(TestStaff.as(worker)).with(csrf())
                        .param("kind", "CHILD").param("givenName", "Jay").param("familyName", "")
                        .param("dateOfBirth.day", "12").param("dateOfBirth.month", "13").param("dateOfBirth.year", "2015")
                        .param("sex", "M").param("nhsNumber", "123 456 7890").param("upn", "B123456789012"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a family name")))
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("NHS number must be 10 digits with a correct check digit")))
                .andExpect(content().string(containsString("UPN must be 13 characters with a correct check letter")))
                .andExpect(content().string(containsString("value=\"Jay\"")))
                .andExpect(content().string(containsString("value=\"123 456 7890\"")));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void aGoodFormRecordsTheChildAndShowsTheRecord() throws Exception {
        var location = mvc.perform(post("/children/new").with(TestStaff.as(worker)).with(csrf())
                        .param("kind", "CHILD").param("givenName", "Jay").param("familyName", "Okoro")
                        .param("dateOfBirth.day", "12").param("dateOfBirth.month", "11").param("dateOfBirth.year", "2015")
                        .param("sex", "M").param("disabilities", "HEAR", "VIS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/children/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jay Okoro")))
                .andExpect(content().string(containsString("Hearing")));
    }

    @Test
    void aSecondEditOfTheSameRecordIsToldItChangedAndKeepsWhatWasTyped() throws Exception {
        TestStaff.signInAs(worker);
        var id = records.create(PersonForms.child("Rosa", "Lind", "4", "4", "2014"));
        TestStaff.signOut();
        var edit = post("/children/" + id + "/edit").with(TestStaff.as(worker)).with(csrf())
                .param("kind", "CHILD").param("familyName", "Lind")
                .param("dateOfBirth.day", "4").param("dateOfBirth.month", "4").param("dateOfBirth.year", "2014")
                .param("sex", "F").param("version", "0");
        mvc.perform(edit.param("givenName", "Rosie")).andExpect(status().is3xxRedirection());

        mvc.perform(post("/children/" + id + "/edit").with(TestStaff.as(worker)).with(csrf())
                        .param("kind", "CHILD").param("givenName", "Rosalind").param("familyName", "Lind")
                        .param("dateOfBirth.day", "4").param("dateOfBirth.month", "4").param("dateOfBirth.year", "2014")
                        .param("sex", "F").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was changed by someone else after you opened it")))
                .andExpect(content().string(containsString("value=\"Rosalind\"")));
        TestStaff.signInAs(worker);
        assertThat(records.visible(id).givenName()).isEqualTo("Rosie");
    }

    @Test
    void aFormSentWithAStaleTokenIsKeptAndShownAgainUnsaved() throws Exception {
        var before = people();
        var session = new MockHttpSession();
        mvc.perform(post("/children/new").session(session).with(TestStaff.as(worker))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).header("Origin", "http://localhost")
                        .param("kind", "CHILD").param("givenName", "Kept").param("familyName", "Words"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/children/new?restored"));
        assertThat(people()).isEqualTo(before);

        mvc.perform(get("/children/new?restored").session(session).with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Kept\"")))
                .andExpect(content().string(containsString("value=\"Words\"")));
    }

    // A form sent after the session ended is kept until sign-in again: see security/FormRescueIT.

    @Test
    void aRoleWithoutThePermissionGetsTheForbiddenPage() throws Exception {
        mvc.perform(get("/audit").with(TestStaff.as(worker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff").with(TestStaff.as(worker)))
                .andExpect(status().isForbidden());
    }
}
