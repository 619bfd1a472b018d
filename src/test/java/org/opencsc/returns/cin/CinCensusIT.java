package org.opencsc.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.IntegrationTest;
import org.opencsc.assessment.AssessmentForms.AuthoriseForm;
import org.opencsc.assessment.AssessmentForms.DetailsForm;
import org.opencsc.assessment.AssessmentForms.StartForm;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForm;
import org.opencsc.child.Upn;
import org.opencsc.childinneed.CinForms;
import org.opencsc.childinneed.CinPlanService;
import org.opencsc.courts.CourtForms;
import org.opencsc.courts.PreProceedingsService;
import org.opencsc.frontdoor.FrontDoorForms.ClosureForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.platform.DateParts;
import org.opencsc.protection.ProtectionForms.InitialConferenceForm;
import org.opencsc.protection.ProtectionForms.ReviewConferenceForm;
import org.opencsc.protection.ProtectionForms.StrategyForm;
import org.opencsc.protection.ProtectionService;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.RuleFailure;
import org.opencsc.returns.SchemaViolationException;
import org.opencsc.returns.Severity;
import org.opencsc.returns.StatutoryReturns;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A child's journey recorded through the services, from referral to closure, exported as the CIN
 * census and read back element by element; children outside the year stay out of it, and a
 * restricted child stays in.
 */
@IntegrationTest
class CinCensusIT {

    private static final CollectionYear YEAR = new CollectionYear(2026);

    @Autowired
    StatutoryReturns returns;
    @Autowired
    ChildRecordService records;
    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProtectionService protection;
    @Autowired
    CinPlanService cinPlans;
    @Autowired
    PreProceedingsService preProceedings;
    @Autowired
    CurrentAuthority authority;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path out;

    StaffUser worker;
    StaffUser manager;

    @BeforeEach
    void signIn() {
        worker = staff.create(Role.SOCIAL_WORKER);
        manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(worker);
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    @Test
    void aChildsJourneyThroughTheServicesIsInTheReturnElementByElement() throws Exception {
        var upn = Upn.withCheckLetter("201" + String.format("%09d", System.nanoTime() % 1_000_000_000L));
        var child = child("Journey", "2017", upn, List.of("NONE"));
        refer(child, "2025-05-01", "6", "N1");
        var assessment = assessments.start(child, new StartForm(on("2025-05-02")));
        assessments.save(child, assessment, new DetailsForm(on("2025-05-06"), "true", List.of("3A", "4B"), "Analysis", "STRATEGY_DISCUSSION", null), true);
        TestStaff.signInAs(manager);
        assessments.authorise(child, assessment, new AuthoriseForm(on("2025-06-10")));
        TestStaff.signInAs(worker);
        cinPlans.start(child, new CinForms.PlanForm(on("2025-06-11"), "Keep the child safe at home"));
        protection.recordStrategyDiscussion(child, new StrategyForm(on("2025-06-12"), "Police, health, school", "SECTION_47", "Disclosure at school",
                on("2025-06-12")));
        var enquiry = protection.forPerson(child).openEnquiry().orElseThrow();
        // Friday 20 June 2025: within the 15 working days of the strategy discussion.
        protection.holdInitialConference(child, enquiry.id(), new InitialConferenceForm(on("2025-06-20"), "R. Chair", "PLAN", "NEG"));
        var plan = protection.forPerson(child).openPlan().orElseThrow();
        protection.holdReviewConference(child, plan.id(), new ReviewConferenceForm(on("2025-09-15"), "R. Chair", "CONTINUE", "EMO", null));
        protection.holdReviewConference(child, plan.id(), new ReviewConferenceForm(on("2026-01-12"), "R. Chair", "END", null, "NO_LONGER_AT_RISK"));
        var stepDown = cinPlans.start(child, new CinForms.PlanForm(on("2026-01-12"), "Support after the plan"));
        var pre = preProceedings.start(child, new CourtForms.StartForm(on("2025-08-04"), on("2025-08-06")));
        preProceedings.familyGroup(child, pre, new CourtForms.FamilyGroupForm("true", on("2025-08-20")));
        cinPlans.end(child, stepDown, new CinForms.EndForm(on("2026-02-02")));
        frontDoor.closeCase(child, new ClosureForm(on("2026-02-02"), "RC7"));

        var document = export();
        var record = childIn(document, laChildId(child));
        assertThat(record).as("the child is in the return").isNotNull();
        assertThat(text(record, "ChildIdentifiers/UPN")).isEqualTo(upn);
        assertThat(text(record, "ChildIdentifiers/PersonBirthDate")).isEqualTo("2017-09-09");
        assertThat(text(record, "ChildIdentifiers/Sex")).isEqualTo("F");
        assertThat(text(record, "ChildCharacteristics/Ethnicity")).isEqualTo("WBRI");
        assertThat(texts(record, "ChildCharacteristics/Disabilities/Disability")).containsExactly("NONE");

        var episode = "CINdetails[1]/";
        assertThat(texts(record, "CINdetails")).hasSize(1);
        assertThat(text(record, episode + "CINreferralDate")).isEqualTo("2025-05-01");
        assertThat(text(record, episode + "ReferralSource")).isEqualTo("6");
        assertThat(text(record, episode + "PrimaryNeedCode")).isEqualTo("N1");
        assertThat(text(record, episode + "CINclosureDate")).isEqualTo("2026-02-02");
        assertThat(text(record, episode + "ReasonForClosure")).isEqualTo("RC7");
        assertThat(text(record, episode + "ReferralNFA")).isEqualTo("false");
        assertThat(text(record, episode + "Assessments/AssessmentActualStartDate")).isEqualTo("2025-05-02");
        assertThat(text(record, episode + "Assessments/AssessmentAuthorisationDate")).isEqualTo("2025-06-10");
        assertThat(texts(record, episode + "Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors")).containsExactly("3A", "4B");
        assertThat(texts(record, episode + "CINPlanDates/CINPlanStartDate")).containsExactly("2025-06-11", "2026-01-12");
        assertThat(texts(record, episode + "CINPlanDates/CINPlanEndDate")).as("the plan ends as the protection plan starts")
                .containsExactly("2025-06-20", "2026-02-02");
        assertThat(text(record, episode + "Section47/S47ActualStartDate")).isEqualTo("2025-06-12");
        assertThat(text(record, episode + "Section47/InitialCPCtarget")).isEqualTo("2025-07-03");
        assertThat(text(record, episode + "Section47/DateOfInitialCPC")).isEqualTo("2025-06-20");
        assertThat(text(record, episode + "Section47/ICPCnotRequired")).isEqualTo("false");
        assertThat(text(record, episode + "ChildProtectionPlans/CPPstartDate")).isEqualTo("2025-06-20");
        assertThat(text(record, episode + "ChildProtectionPlans/CPPendDate")).isEqualTo("2026-01-12");
        assertThat(text(record, episode + "ChildProtectionPlans/InitialCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(text(record, episode + "ChildProtectionPlans/LatestCategoryOfAbuse")).isEqualTo("EMO");
        assertThat(text(record, episode + "ChildProtectionPlans/NumberOfPreviousCPP")).isEqualTo("0");
        assertThat(texts(record, episode + "ChildProtectionPlans/Reviews/CPPreviewDate")).containsExactly("2025-09-15", "2026-01-12");
        assertThat(text(record, episode + "PreProceedings/PreProceedingsStartDate")).isEqualTo("2025-08-04");
        assertThat(text(record, episode + "PreProceedings/FGDMOffered")).isEqualTo("true");
        assertThat(text(record, episode + "PreProceedings/FGDMDate")).isEqualTo("2025-08-20");
        assertThat(childIn(document, laChildId(child)).getElementsByTagName("GenderCurrent").getLength()).isZero();

        assertThat(failuresFor(child)).as("a journey recorded through the services breaks no DfE rule").isEmpty();
    }

    @Test
    void aChildWhoseEpisodeClosedBeforeTheYearIsNotInItAndARestrictedChildIs() throws Exception {
        var before = child("Earlier", "2015", null, List.of("NONE"));
        refer(before, "2024-01-08", "2A", "N4");
        frontDoor.closeCase(before, new ClosureForm(on("2024-01-10"), "RC8"));
        var after = child("Later", "2015", null, List.of("NONE"));
        refer(after, "2026-04-01", "2A", "N4");
        var restricted = child("Restricted", "2016", null, List.of("NONE"));
        refer(restricted, "2025-10-01", "3A", "N2");
        records.restrict(restricted, "Adoption placement", List.of());

        var document = export();
        assertThat(childIn(document, laChildId(before))).as("closed before 1 April 2025").isNull();
        assertThat(childIn(document, laChildId(after))).as("referred after 31 March 2026").isNull();
        var record = childIn(document, laChildId(restricted));
        assertThat(record).as("a restricted child is still counted").isNotNull();
        assertThat(text(record, "CINdetails/CINreferralDate")).isEqualTo("2025-10-01");
        assertThat(text(record, "CINdetails/ReferralNFA")).isEqualTo("false");
    }

    @Test
    void aReturnTheSchemaRefusesIsNotLeftBehind() throws Exception {
        // The schema needs at least one child, and nobody had a referral open in 2000/01.
        assertThatThrownBy(() -> census().export(new CollectionYear(2001), out, ExportProgress.NONE))
                .isInstanceOf(SchemaViolationException.class).hasMessageContaining("Child");
        assertThat(out.resolve("cin-census-" + authority.laCode() + "-2001.xml")).doesNotExist();
    }

    @Test
    void theRulesNameTheRecordToPutRight() {
        var child = child("Unassessed", "2016", null, List.of());
        refer(child, "2025-11-03", "9", "N5");
        var failures = failuresFor(child);
        assertThat(failures).extracting(RuleFailure::code).contains("8540", "8770Q");
        var missingDisability = failures.stream().filter(f -> f.code().equals("8540")).findFirst().orElseThrow();
        assertThat(missingDisability.severity()).isEqualTo(Severity.ERROR);
        assertThat(missingDisability.link()).isEqualTo("/children/" + child);
        assertThat(missingDisability.childReference()).isEqualTo(laChildId(child));
    }

    private long child(String given, String year, String upn, List<String> disabilities) {
        return records.create(new PersonForm("CHILD", null, given, null, "Census" + System.nanoTime() % 100000, new DateParts("9", "9", year),
                DateParts.EMPTY, "F", null, "WBRI", upn, null, null, null, "English", null, null, false, disabilities, null));
    }

    private void refer(long child, String date, String source, String need) {
        var contact = frontDoor.recordContact(child, new ContactForm(on(date), source, "Concerns reported."));
        frontDoor.decide(child, contact, new DecisionForm(on(date), "REFERRAL", "Threshold met.", need));
    }

    private List<RuleFailure> failuresFor(long child) {
        var failures = new ArrayList<RuleFailure>();
        for (var failure : census().validate(YEAR, ExportProgress.NONE)) {
            if (failure.personId() != null && failure.personId() == child) {
                failures.add(failure);
            }
        }
        return failures;
    }

    private org.opencsc.returns.StatutoryReturn census() {
        return returns.named("cin-census").orElseThrow();
    }

    private Document export() throws Exception {
        var files = census().export(YEAR, out, ExportProgress.NONE);
        assertThat(files).hasSize(1);
        assertThat(files.getFirst().getFileName().toString()).isEqualTo("cin-census-" + authority.laCode() + "-2026.xml");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.getFirst().toFile());
        assertThat(text(document.getDocumentElement(), "Header/CollectionDetails/ReferenceDate")).isEqualTo("2026-03-31");
        assertThat(text(document.getDocumentElement(), "Header/Source/LEA")).isEqualTo(authority.laCode());
        assertThat(Files.size(files.getFirst())).isPositive();
        return document;
    }

    private String laChildId(long child) {
        return jdbc.sql("select la_child_id from person where id = :id").param("id", child).query(String.class).single();
    }

    private static Element childIn(Document document, String laChildId) throws Exception {
        return (Element) XPathFactory.newInstance().newXPath()
                .evaluate("/Message/Children/Child[ChildIdentifiers/LAchildID='" + laChildId + "']", document, XPathConstants.NODE);
    }

    private static String text(Node node, String path) throws Exception {
        var found = (Node) XPathFactory.newInstance().newXPath().evaluate(path, node, XPathConstants.NODE);
        return found == null ? null : found.getTextContent();
    }

    private static List<String> texts(Node node, String path) throws Exception {
        var found = (org.w3c.dom.NodeList) XPathFactory.newInstance().newXPath().evaluate(path, node, XPathConstants.NODESET);
        var values = new ArrayList<String>();
        for (int i = 0; i < found.getLength(); i++) {
            values.add(found.item(i).getTextContent());
        }
        return values;
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }
}
