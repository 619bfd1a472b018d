package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The API takes tokens, never passwords: issued on the administrator's page or the command line, refused cheaply. */
@IntegrationTest
class ApiTokenIT {

    private static final Pattern TOKEN = Pattern.compile("ocsc_[A-Za-z0-9_-]{43}");
    /** Each test comes from its own address, so that one test's refusals never count against another's. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiTokenCommand command;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    StaffUserRepository users;
    @Autowired
    JdbcClient jdbc;

    StaffUser worker;
    String address;

    @BeforeEach
    void worker() {
        worker = staff.create(Role.SOCIAL_WORKER);
        address = "10.77." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private RequestPostProcessor fromAddress() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String issue(StaffUser user, String days) {
        return tokens.issue(new ApiTokenForm(user.username(), "Tests", days), "tests").token();
    }

    private ResultActions search(String token) throws Exception {
        return mvc.perform(get("/api/children?q=smith").with(TestApiTokens.bearer(token)).with(fromAddress()));
    }

    private long passwordsChecked() {
        return ((PasswordHashing.CountedPasswordEncoder) passwords).checked();
    }

    private void assertRefusedAsUnauthorised(ResultActions result) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void aTokenSignsAnApiRequestInAsItsMemberOfStaffWithoutCheckingAPassword() throws Exception {
        var token = issue(worker, "30");
        var checked = passwordsChecked();
        search(token).andExpect(status().isOk());
        assertThat(passwordsChecked()).isEqualTo(checked);
        var lastUsed = jdbc.sql("select count(*) from api_token where token_hash = :hash and last_used_at is not null")
                .param("hash", ApiTokenService.hash(token)).query(Long.class).single();
        assertThat(lastUsed).isEqualTo(1);
        var stored = jdbc.sql("select count(*) from api_token where token_hash = :token").param("token", token).query(Long.class).single();
        assertThat(stored).as("the token itself is never stored").isZero();
    }

    @Test
    void aTokenCarriesOnlyItsAccountsPermissions() throws Exception {
        var analyst = staff.create(Role.PERFORMANCE_ANALYST);
        mvc.perform(post("/api/children").with(TestApiTokens.bearer(issue(analyst, "30"))).with(fromAddress())
                        .contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void wrongRevokedAndExpiredTokensAreRefusedWithoutAnyPasswordCheck() throws Exception {
        var revoked = issue(worker, "30");
        tokens.revoke(jdbc.sql("select id from api_token where token_hash = :hash").param("hash", ApiTokenService.hash(revoked))
                .query(Long.class).single(), "tests");
        var expired = issue(worker, "1");
        jdbc.sql("update api_token set created_at = now() - interval '3 days', expires_at = now() - interval '1 second' where token_hash = :hash")
                .param("hash", ApiTokenService.hash(expired)).update();
        var checked = passwordsChecked();
        assertRefusedAsUnauthorised(search(revoked));
        assertRefusedAsUnauthorised(search(expired));
        assertRefusedAsUnauthorised(search("ocsc_" + "A".repeat(43)));
        assertRefusedAsUnauthorised(search("not even a token"));
        assertRefusedAsUnauthorised(mvc.perform(get("/api/children?q=smith").with(fromAddress())));
        assertThat(passwordsChecked()).isEqualTo(checked);
    }

    @Test
    void aDisabledAccountsTokenIsRefused() throws Exception {
        var token = issue(worker, "30");
        search(token).andExpect(status().isOk());
        users.setEnabled(worker.id(), false);
        assertRefusedAsUnauthorised(search(token));
    }

    @Test
    void theSignInPasswordNoLongerOpensTheApi() throws Exception {
        var checked = passwordsChecked();
        assertRefusedAsUnauthorised(mvc.perform(get("/api/children?q=smith").with(httpBasic(worker.username(), TestStaff.PASSWORD))
                .with(fromAddress())));
        assertThat(passwordsChecked()).as("a password sent to the API is not even hashed").isEqualTo(checked);
    }

    @Test
    void wrongTokensFromOneAddressAreCutOffWithoutTouchingOtherAddresses() throws Exception {
        for (int i = 0; i < SignInAttempts.ADDRESS_FAILURES; i++) {
            search("ocsc_" + String.format("%043d", i)).andExpect(status().isUnauthorized());
        }
        search(issue(worker, "30")).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/children?q=smith").with(TestApiTokens.bearer(issue(worker, "30"))).with(request -> {
            request.setRemoteAddr("10.78.0.1");
            return request;
        })).andExpect(status().isOk());
    }

    @Test
    void theCommandPrintsATokenThatWorksOnce() throws Exception {
        var out = new ByteArrayOutputStream();
        var exit = command.run(List.of("create", worker.username(), "--days", "7"), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        var printed = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(printed).matches(TOKEN);
        search(printed).andExpect(status().isOk());
        var days = jdbc.sql("select extract(day from expires_at - created_at)::int from api_token where token_hash = :hash")
                .param("hash", ApiTokenService.hash(printed)).query(Integer.class).single();
        assertThat(days).isEqualTo(7);

        var id = jdbc.sql("select id from api_token where token_hash = :hash").param("hash", ApiTokenService.hash(printed)).query(Long.class).single();
        assertThat(command.run(List.of("revoke", String.valueOf(id)), new PrintStream(new ByteArrayOutputStream()))).isZero();
        search(printed).andExpect(status().isUnauthorized());
    }

    @Test
    void theCommandRefusesUnknownOrDisabledAccountsAndBadDays() throws Exception {
        var nowhere = new PrintStream(new ByteArrayOutputStream());
        assertThat(command.run(List.of("create", "nobody-" + System.nanoTime()), nowhere)).isNotZero();
        assertThat(command.run(List.of("create", worker.username(), "--days", "0"), nowhere)).isNotZero();
        assertThat(command.run(List.of("create", worker.username(), "--days", "many"), nowhere)).isNotZero();
        assertThat(command.run(List.of("create", worker.username(), "--days", "400"), nowhere)).isNotZero();
        assertThat(command.run(List.of("create", worker.username(), "--days"), nowhere)).isNotZero();
        assertThat(command.run(List.of("create"), nowhere)).isNotZero();
        assertThat(command.run(List.of("revoke", "x"), nowhere)).isNotZero();
        assertThat(command.run(List.of("revoke", "999999999"), nowhere)).isNotZero();
        var leaver = staff.create(Role.SOCIAL_WORKER);
        users.setEnabled(leaver.id(), false);
        assertThat(command.run(List.of("create", leaver.username()), nowhere)).isNotZero();
        var tokensOfLeaver = jdbc.sql("select count(*) from api_token where staff_user_id = :id").param("id", leaver.id()).query(Long.class).single();
        assertThat(tokensOfLeaver).isZero();
    }

    @Test
    void anAdministratorIssuesATokenOnThePageAndRevokesIt() throws Exception {
        var admin = staff.create(Role.ADMINISTRATOR);
        mvc.perform(get("/admin/api-tokens").with(TestStaff.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Issue an API token")));
        mvc.perform(post("/admin/api-tokens/new").with(TestStaff.as(admin)).with(csrf())
                        .param("username", "nobody-" + System.nanoTime()).param("label", "").param("days", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("No staff account has the username")))
                .andExpect(content().string(containsString("Enter what the token is for")))
                .andExpect(content().string(containsString("Days must be between 1 and 366")))
                .andExpect(content().string(containsString("value=\"999\"")));

        var page = mvc.perform(post("/admin/api-tokens/new").with(TestStaff.as(admin)).with(csrf())
                        .param("username", worker.username()).param("label", "Data warehouse").param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("shown only once")))
                .andReturn().getResponse().getContentAsString();
        var found = TOKEN.matcher(page);
        assertThat(found.find()).isTrue();
        var token = found.group();
        search(token).andExpect(status().isOk());

        var id = jdbc.sql("select id from api_token where token_hash = :hash").param("hash", ApiTokenService.hash(token)).query(Long.class).single();
        mvc.perform(get("/admin/api-tokens").with(TestStaff.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Data warehouse")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
        mvc.perform(post("/admin/api-tokens/" + id + "/revoke").with(TestStaff.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/api-tokens"));
        search(token).andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/api-tokens/999999999/revoke").with(TestStaff.as(admin)).with(csrf())).andExpect(status().isNotFound());

        var audited = jdbc.sql("""
                        select count(*) from audit_event where username = :admin
                        and (detail like 'Issued API token ' || :id || ' %' or detail like 'Revoked API token ' || :id || ' %')
                        """)
                .param("admin", admin.username()).param("id", String.valueOf(id)).query(Long.class).single();
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void onlyAnAdministratorSeesTheTokensPage() throws Exception {
        mvc.perform(get("/admin/api-tokens").with(TestStaff.as(worker))).andExpect(status().isForbidden());
    }
}
