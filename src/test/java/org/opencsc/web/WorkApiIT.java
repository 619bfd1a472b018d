package org.opencsc.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.security.Role;
import org.opencsc.security.TestApiTokens;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The front door and protection through the JSON API: the same rules, problems named by field. */
@IntegrationTest
class WorkApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    TestApiTokens apiTokens;
    @Autowired
    ChildRecordService records;

    @Test
    void aContactBecomesAReferralAndAStrategyDiscussionStartsTheIcpcClock() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        var child = records.create(PersonForms.child("Api", "Journeyman", "4", "4", "2019"));
        TestStaff.signOut();
        var basic = apiTokens.bearer(worker);

        var contact = mvc.perform(post("/api/children/" + child + "/contacts").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactDate\":\"2026-10-01\",\"source\":\"3A\",\"reason\":\"GP worried about weight loss.\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long contactId = ((Number) JsonPath.read(contact, "$.id")).longValue();

        mvc.perform(post("/api/children/" + child + "/contacts/" + contactId + "/decision").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decisionDate\":\"2026-09-30\",\"decision\":\"REFERRAL\",\"reason\":\"Threshold met\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("decisionDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("primaryNeed")))
                .andExpect(jsonPath("$.errors[*].message",
                        hasItem("Date of the decision (30 September 2026) must not be before the contact (1 October 2026)")));

        mvc.perform(post("/api/children/" + child + "/contacts/" + contactId + "/decision").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decisionDate\":\"2026-10-02\",\"decision\":\"REFERRAL\",\"reason\":\"Threshold met\",\"primaryNeed\":\"N3\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralId").isNumber());

        mvc.perform(post("/api/children/" + child + "/strategy-discussions").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"discussionDate":"2026-10-05","attendees":"Police, GP","decision":"SECTION_47",
                                 "rationale":"Possible neglect","s47StartDate":"2026-10-05"}
                                """))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/children/" + child + "/journey").with(basic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks[?(@.rule == 'ICPC_DUE')].dueOn", hasItem("2026-10-26")))
                .andExpect(jsonPath("$.clocks[?(@.rule == 'MASH_DECISION_DUE')].metOn", hasItem("2026-10-02")))
                .andExpect(jsonPath("$.timeline[*].kind", hasItem("S47_STARTED")));

        mvc.perform(get("/api/children/" + child + "/protection").with(basic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enquiries[0].icpcTargetDate").value("2026-10-26"));
    }

    @Test
    void aReaderWithoutCaseWorkCannotRecordAContact() throws Exception {
        var analyst = staff.create(Role.PERFORMANCE_ANALYST);
        mvc.perform(post("/api/children/1/contacts").with(apiTokens.bearer(analyst))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }
}
