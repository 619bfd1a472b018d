package org.opencsc.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestApiTokens;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ChildApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    TestApiTokens apiTokens;
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

    @Test
    void aStaffAccountCanRecordAndReadAChildWithItsToken() throws Exception {
        var created = mvc.perform(post("/api/children").with(apiTokens.bearer(worker))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"CHILD","givenName":"Ola","familyName":"Nowak","dateOfBirth":"2017-05-09","sex":"F",
                                 "nhsNumber":"943 476 5919","disabilities":["AUT"]}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nhsNumber").value("9434765919"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(created).with(apiTokens.bearer(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.givenName").value("Ola"))
                .andExpect(jsonPath("$.person.disabilities[0]").value("AUT"))
                .andExpect(jsonPath("$.person.caseStatus").value("NOT_OPEN"));
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        mvc.perform(get("/api/children?q=smith").with(TestApiTokens.bearer("ocsc_wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsAnsweredWithEveryFieldAtFault() throws Exception {
        mvc.perform(post("/api/children").with(apiTokens.bearer(worker))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"CHILD","givenName":"","familyName":"Nowak","dateOfBirth":"2017-02-30","sex":"X","upn":"A123"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("givenName", "dateOfBirth", "sex", "upn")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Date of birth must be a real date")));
    }

    @Test
    void malformedJsonIsABadRequestNotACrash() throws Exception {
        mvc.perform(post("/api/children").with(apiTokens.bearer(worker))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"givenName\": "))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        TestStaff.signInAs(worker);
        var id = records.create(PersonForms.child("Tom", "Evans", "1", "1", "2015"));
        TestStaff.signOut();
        var body = """
                {"kind":"CHILD","givenName":"Tommy","familyName":"Evans","dateOfBirth":"2015-01-01","sex":"M","version":%d}
                """;
        mvc.perform(put("/api/children/" + id).with(apiTokens.bearer(worker))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/children/" + id).with(apiTokens.bearer(worker))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(0)))
                .andExpect(status().isConflict());
    }

    @Test
    void aRestrictedChildIsNotFoundThroughTheApiEither() throws Exception {
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        var id = records.create(PersonForms.child("Secret", "Person", "1", "1", "2015"));
        records.restrict(id, "High-profile case", List.of());
        TestStaff.signOut();

        mvc.perform(get("/api/children/" + id).with(apiTokens.bearer(worker)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/children/" + id).with(apiTokens.bearer(manager)))
                .andExpect(status().isOk());
    }

    @Test
    void theApiDescribesItselfWithOpenApi() throws Exception {
        mvc.perform(get("/api/openapi").with(apiTokens.bearer(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/children']").exists())
                .andExpect(jsonPath("$.paths['/api/children/{id}/notes']").exists());
    }

    @Test
    void anExpiredInspectorCannotSignIn() throws Exception {
        var inspector = staff.create(Role.INSPECTOR, java.time.Instant.now().plusSeconds(3600));
        var token = apiTokens.tokenOf(inspector);
        jdbc.sql("update staff_user set access_expires_at = now() - interval '1 minute' where id = :id").param("id", inspector.id()).update();
        mvc.perform(get("/api/children?q=smith").with(TestApiTokens.bearer(token)))
                .andExpect(status().isUnauthorized());
        var current = staff.create(Role.INSPECTOR, java.time.Instant.now().plusSeconds(3600));
        mvc.perform(get("/api/children?q=smith").with(apiTokens.bearer(current)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }
}
