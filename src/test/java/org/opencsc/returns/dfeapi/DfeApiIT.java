package org.opencsc.returns.dfeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.IntegrationTest;
import org.opencsc.assessment.AssessmentForms.AuthoriseForm;
import org.opencsc.assessment.AssessmentForms.DetailsForm;
import org.opencsc.assessment.AssessmentForms.StartForm;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.care.CareForms;
import org.opencsc.care.CareService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.platform.DateParts;
import org.opencsc.protection.ProtectionForms.InitialConferenceForm;
import org.opencsc.protection.ProtectionForms.StrategyForm;
import org.opencsc.protection.ProtectionService;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.SchemaViolationException;
import org.opencsc.returns.StatutoryReturns;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DfE daily payload on the real database: a child recorded through the services is in the
 * payload of records changed since a day, the payload meets the DfE's schema, and the sender posts
 * it to the API (a stub server here) only when sending is switched on.
 */
@IntegrationTest
class DfeApiIT {

    @Autowired
    StatutoryReturns returns;
    @Autowired
    DfeApi dfeApi;
    @Autowired
    DfeApiSchema schema;
    @Autowired
    DfeApiSender sender;
    @Autowired
    CurrentAuthority authority;
    @Autowired
    ChildRecordService records;
    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProtectionService protection;
    @Autowired
    CareService care;
    @Autowired
    TestStaff staff;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @TempDir
    Path directory;

    StaffUser worker;
    StaffUser manager;
    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void signIn() {
        worker = staff.create(Role.SOCIAL_WORKER);
        manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(worker);
    }

    @AfterEach
    void signOutAndStop() {
        TestStaff.signOut();
        if (server != null) {
            server.stop(0);
        }
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    private long child(String given) {
        return records.create(PersonForms.child(given, "Daily" + System.nanoTime() % 100000, "5", "5", "2015"));
    }

    private static List<JsonNode> children(List<Path> files) throws IOException {
        var children = new java.util.ArrayList<JsonNode>();
        for (var file : files) {
            if (file.toString().endsWith(".json")) {
                JsonMapper.shared().readTree(Files.readString(file)).forEach(children::add);
            }
        }
        return children;
    }

    private static JsonNode childWithId(List<JsonNode> children, String laChildId) {
        return children.stream().filter(c -> c.path("la_child_id").asString("").equals(laChildId)).findFirst().orElse(null);
    }

    @Test
    void aChildRecordedTodayIsInThePayloadSinceTodayWithTheirJourneyAndThePayloadMeetsTheSchema() throws IOException {
        var child = child("Protected");
        var contact = frontDoor.recordContact(child, new ContactForm(on("2025-06-02"), "6", "Police attended a domestic incident."));
        frontDoor.decide(child, contact, new DecisionForm(on("2025-06-02"), "REFERRAL", "Threshold met.", "N1"));
        var assessment = assessments.start(child, new StartForm(on("2025-06-03")));
        assessments.save(child, assessment, new DetailsForm(on("2025-06-04"), "true", List.of("3A", "4B"), "Analysis", "STRATEGY_DISCUSSION", null), true);
        TestStaff.signInAs(manager);
        assessments.authorise(child, assessment, new AuthoriseForm(on("2025-06-20")));
        TestStaff.signInAs(worker);
        protection.recordStrategyDiscussion(child, new StrategyForm(on("2025-06-23"), "Police, health", "SECTION_47", "Injury", on("2025-06-23")));
        protection.holdInitialConference(child, protection.forPerson(child).openEnquiry().orElseThrow().id(),
                new InitialConferenceForm(on("2025-07-10"), "Chair", "PLAN", "NEG"));
        var inCare = child("Looked");
        var period = care.start(inCare, new CareForms.StartForm(on("2025-09-01"), "V2", "U6", "PR1", "Mr and Mrs Adebayo", "NW1 4AB", null, null,
                "false"));
        care.move(inCare, period, new CareForms.MoveForm(on("2025-12-01"), "CARPL", "K2", "PR4", "Oak House", "NW2 1AA", "SC123456", "14", "false"));

        var today = LocalDate.now(clock);
        var files = dfeApi.exportSince(today, directory, ExportProgress.NONE);

        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(file.getFileName().toString()).matches("dfe-api-since-\\d{8}-\\d{4}\\.json"));
        for (var file : files) {
            var payload = JsonMapper.shared().readTree(Files.readString(file));
            assertThat(schema.problems(payload)).as(file.toString()).isEmpty();
            assertThat(payload.size()).isBetween(1, DfePayloads.CHILDREN_PER_PAYLOAD);
        }
        var all = children(files);
        var protectedChild = childWithId(all, records.visible(child).laChildId());
        assertThat(protectedChild).isNotNull();
        assertThat(protectedChild.path("child_details").path("date_of_birth").asString()).isEqualTo("2015-05-05");
        assertThat(protectedChild.path("child_details").path("sex").asString()).isEqualTo("F");
        var episode = protectedChild.path("social_care_episodes").get(0);
        assertThat(episode.path("referral_date").asString()).isEqualTo("2025-06-02");
        assertThat(episode.path("referral_source").asString()).isEqualTo("6");
        assertThat(episode.path("referral_no_further_action_flag").asBoolean()).isFalse();
        assertThat(episode.path("child_and_family_assessments").get(0).path("authorisation_date").asString()).isEqualTo("2025-06-20");
        assertThat(episode.path("child_and_family_assessments").get(0).path("factors").valueStream().map(JsonNode::asString)).containsExactly("3A", "4B");
        var s47 = episode.path("section_47_assessments").get(0);
        assertThat(s47.path("start_date").asString()).isEqualTo("2025-06-23");
        assertThat(s47.path("icpc_required_flag").asBoolean()).isTrue();
        assertThat(s47.path("icpc_date").asString()).isEqualTo("2025-07-10");
        assertThat(episode.path("child_protection_plans").get(0).path("start_date").asString()).isEqualTo("2025-07-10");
        assertThat(episode.has("closure_date")).as("no nulls are sent").isFalse();

        var lookedAfter = childWithId(all, records.visible(inCare).laChildId());
        var placements = lookedAfter.path("social_care_episodes").get(0).path("child_looked_after_placements");
        assertThat(placements.size()).isEqualTo(2);
        assertThat(placements.get(0).path("start_reason").asString()).isEqualTo("S");
        assertThat(placements.get(0).path("placement_type").asString()).isEqualTo("U6");
        assertThat(placements.get(0).path("end_date").asString()).isEqualTo("2025-12-01");
        assertThat(placements.get(0).path("end_reason").asString()).isEqualTo("X1");
        assertThat(placements.get(0).path("change_reason").asString()).isEqualTo("CARPL");
        assertThat(placements.get(1).path("start_reason").asString()).isEqualTo("P");
        assertThat(placements.get(1).has("end_date")).isFalse();

        var tomorrow = dfeApi.exportSince(today.plusDays(1), directory, ExportProgress.NONE);
        assertThat(childWithId(children(tomorrow), records.visible(child).laChildId())).as("not changed since tomorrow").isNull();
    }

    @Test
    void theCollectionYearFormTakesChildrenChangedSinceTheYearBegan() throws IOException {
        var child = child("Yearly");
        var year = CollectionYear.latestEndedBy(LocalDate.now(clock));
        var files = returns.named("dfe-api").orElseThrow().export(year, directory, ExportProgress.NONE);
        assertThat(files.getFirst().getFileName().toString()).startsWith("dfe-api-since-" + year.start().toString().replace("-", ""));
        assertThat(childWithId(children(files), records.visible(child).laChildId())).isNotNull();
    }

    @Test
    void validatingNamesEachChildWhoseRecordWouldBreakTheSchemaAndLinksToThem() {
        var fine = child("Fine");
        var tooLong = child("Imported");
        var contact = frontDoor.recordContact(tooLong, new ContactForm(on("2025-06-02"), "2A", "School concern."));
        frontDoor.decide(tooLong, contact, new DecisionForm(on("2025-06-02"), "REFERRAL", "Threshold met.", "N1"));
        assessments.start(tooLong, new StartForm(on("2025-06-03")));
        // A factor code longer than the DfE's three characters, as a migration from a legacy system might bring in.
        jdbc.sql("update assessment set factors = '{3A,24AB}' where person_id = :p").param("p", tooLong).update();
        try {
            var failures = dfeApi.validateSince(LocalDate.now(clock), ExportProgress.NONE);
            assertThat(failures).filteredOn(f -> f.personId() == fine).isEmpty();
            assertThat(failures).filteredOn(f -> f.personId() == tooLong).singleElement().satisfies(failure -> {
                assertThat(failure.severity()).isEqualTo(org.opencsc.returns.Severity.ERROR);
                assertThat(failure.message()).contains("/0/social_care_episodes/0/child_and_family_assessments/0/factors/1");
                assertThat(failure.childReference()).isEqualTo(records.visible(tooLong).laChildId());
                assertThat(failure.link()).isEqualTo("/children/" + tooLong);
            });
            assertThatThrownBy(() -> dfeApi.exportSince(LocalDate.now(clock), directory, ExportProgress.NONE))
                    .isInstanceOf(SchemaViolationException.class).hasMessageContaining("factors/1");
        } finally {
            // The database is shared with the other tests, whose payloads must still meet the schema.
            jdbc.sql("update assessment set factors = '{3A}' where person_id = :p").param("p", tooLong).update();
        }
    }

    @Test
    void aPayloadThatBreaksTheSchemaIsRefused() {
        var payload = JsonMapper.shared().readTree("""
                [{"la_child_id": "C-1", "child_details": {"date_of_birth": "5 May 2015", "colour": "blue"}}]""");
        assertThat(schema.problems(payload)).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(p -> assertThat(p).contains("la_child_id"))
                .anySatisfy(p -> assertThat(p).contains("date_of_birth"))
                .anySatisfy(p -> assertThat(p).contains("colour"));
        assertThatThrownBy(() -> schema.check(payload, "test.json")).isInstanceOf(SchemaViolationException.class).hasMessageContaining("test.json");
        assertThat(schema.problems(JsonMapper.shared().readTree("[{\"la_child_id\": \"C1\"}]"))).isEmpty();
    }

    private URI stubApi(int status, String answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, status, answer));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
    }

    private void answer(HttpExchange exchange, int status, String answer) throws IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (exchange.getRequestURI().getPath().endsWith("/token")) {
            requests.add("TOKEN " + body);
            var token = "{\"access_token\": \"exchanged-token\", \"token_type\": \"Bearer\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, token.length);
            exchange.getResponseBody().write(token);
        } else {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " " + body);
            var bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private Path payload(String name) throws IOException {
        return Files.writeString(directory.resolve(name), "[{\"la_child_id\": \"C0000001\"}]");
    }

    @Test
    void whenSwitchedOnEachPayloadIsPostedWithTheBearerTokenAndItsReceiptKept() throws IOException {
        var api = stubApi(200, "\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"");
        var on = new DfeApiSender(new DfeApiProperties(true, api, "issued-token", null, null, null, null, null), authority);

        var sent = on.send(List.of(payload("one.json"), payload("two.json")));

        assertThat(sent).extracting(DfeApiSender.Sent::receipt).containsExactly("3fa85f64-5717-4562-b3fc-2c963f66afa6", "3fa85f64-5717-4562-b3fc-2c963f66afa6");
        assertThat(requests).hasSize(2).allSatisfy(request -> assertThat(request)
                .isEqualTo("POST /api/children_social_care_data/" + Integer.parseInt(authority.laCode()) + "/children Bearer issued-token [{\"la_child_id\": \"C0000001\"}]"));
    }

    @Test
    void aClientIdAndSecretAreExchangedForATokenFirst() throws IOException {
        var api = stubApi(204, "");
        var on = new DfeApiSender(new DfeApiProperties(true, api, null, URI.create(api + "/token"), "our-client", "our-secret", "csc", null), authority);

        var sent = on.send(List.of(payload("one.json")));

        assertThat(sent).singleElement().satisfies(one -> assertThat(one.receipt()).isNull());
        assertThat(requests).hasSize(2);
        assertThat(requests.getFirst()).startsWith("TOKEN ").contains("grant_type=client_credentials", "client_id=our-client", "client_secret=our-secret");
        assertThat(requests.getLast()).contains(" Bearer exchanged-token ");
    }

    @Test
    void aRefusedPayloadStopsTheSendingAndSaysWhy() throws IOException {
        var api = stubApi(400, "{\"error\": \"bad\"}");
        var on = new DfeApiSender(new DfeApiProperties(true, api, "issued-token", null, null, null, null, null), authority);
        assertThatThrownBy(() -> on.send(List.of(payload("one.json"), payload("two.json"))))
                .hasMessageContaining("one.json was refused by the DfE API: 400");
        assertThat(requests).hasSize(1);
    }

    @Test
    void whenSwitchedOffNothingIsSentAndTheExportOnlyWritesFiles() throws IOException {
        var api = stubApi(200, "\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"");
        var off = new DfeApiSender(new DfeApiProperties(false, api, "issued-token", null, null, null, null, null), authority);
        assertThat(off.send(List.of(payload("one.json")))).isEmpty();
        assertThat(sender.enabled()).as("off unless configured").isFalse();
        child("Unsent");
        var files = dfeApi.exportSince(LocalDate.now(clock), directory, ExportProgress.NONE);
        assertThat(files).allSatisfy(file -> assertThat(file.toString()).endsWith(".json"));
        assertThat(requests).isEmpty();
    }
}
