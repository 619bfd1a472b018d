package org.opencsc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.child.RecordPartsService;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.opencsc.work.CaseNoteService;
import org.opencsc.work.NoteForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page, empty and with errors, through axe-core in headless Chromium: no serious or
 * critical violations, and every page usable with the keyboard alone from the skip link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestStaff staff;
    @Autowired
    ChildRecordService records;
    @Autowired
    RecordPartsService parts;
    @Autowired
    CaseNoteService notes;

    Browser browser;
    StaffUser manager;
    StaffUser administrator;
    long child;
    long note;
    long inCare;
    long period;
    long returned;
    long stillMissing;
    long careLeaver;
    long serviceReferral;
    @Autowired
    org.opencsc.permanence.AdoptionService adoption;
    long adoptionPlan;
    long homelessYoungPerson;
    long homelessPathway;
    @Autowired
    org.opencsc.homeless.HomelessPathwayService homelessPathways;
    @Autowired
    org.opencsc.services.ServiceReferralService serviceReferrals;
    long disrupted;
    @Autowired
    org.opencsc.care.CareService care;
    @Autowired
    org.opencsc.care.MissingFromCareService missing;
    @Autowired
    org.opencsc.leavingcare.LeavingCareService leavingCare;
    @Autowired
    org.opencsc.carers.CarersService carers;
    @Autowired
    org.opencsc.carers.PrivateFosteringService privateFostering;
    long approvedHousehold;
    long temporaryHousehold;
    long arrangement;
    @Autowired
    org.opencsc.adopters.AdoptersService adopters;
    long enquiry;
    long inStageTwo;
    long approvedFamily;
    @Autowired
    org.opencsc.courts.PreProceedingsService preProceedings;
    @Autowired
    org.opencsc.courts.CareProceedingsService courtProceedings;
    long preProceedingsId;
    long courtAssessment;
    long courtApplication;
    @Autowired
    org.opencsc.chronology.ChronologyService chronology;
    long significantEvent;
    @Autowired
    org.opencsc.quality.CaseAuditService caseAudits;
    long draftAudit;
    long finalisedAudit;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    long workloadTeam;
    StaffUser caseHolder;

    @BeforeAll
    void records() {
        browser = new Browser();
        manager = staff.create(Role.TEAM_MANAGER);
        administrator = staff.create(Role.ADMINISTRATOR);
        TestStaff.signInAs(manager);
        child = records.create(PersonForms.child("Noah", "Fitzgerald", "8", "8", "2011"));
        parts.addAddress(child, new RecordPartsService.AddressForm("3 Elm Row", null, "Northwold", "HA8 7QT", DateParts.of(LocalDate.of(2019, 5, 1))));
        parts.addWarning(child, new RecordPartsService.WarningForm("Dog at property", "Large dog; ask for it to be shut away before visiting",
                DateParts.of(LocalDate.of(2026, 1, 1)), DateParts.of(LocalDate.of(2026, 3, 1))));
        parts.addRelationship(child, new RecordPartsService.RelationshipForm("MOTHER", null, "Aoife", "Fitzgerald",
                DateParts.of(LocalDate.of(1985, 1, 1)), "FAMILY_MEMBER", true, DateParts.EMPTY));
        note = notes.finalise(child, new NoteForm(null, "HOME_VISIT", "Visit", "Saw Noah at home.", DateParts.of(LocalDate.now()), null));
        significantEvent = chronology.add(child, new org.opencsc.chronology.ChronologyForms.EventForm(DateParts.of(LocalDate.of(2025, 4, 2)), "HEALTH",
                "Broken arm after a fall at school.", "Missed a week of school.", "Hospital discharge letter", null));
        inCare = records.create(PersonForms.child("Maya", "Fitzgerald", "2", "2", "2012"));
        period = care.start(inCare, new org.opencsc.care.CareForms.StartForm(DateParts.of(LocalDate.of(2026, 6, 1)), "C2", "U4", "PR1",
                "Mr and Mrs Doyle", "HA8 7QT", null, "4", "false"));
        care.move(inCare, period, new org.opencsc.care.CareForms.MoveForm(DateParts.of(LocalDate.of(2026, 8, 3)), "CHILD", "K2", "PR4",
                "Oak House", null, "SC123456", null, "false"));
        disrupted = care.period(inCare, period).placements().getFirst().id();
        returned = missing.record(inCare, new org.opencsc.care.CareForms.MissingForm("M", DateParts.of(LocalDate.of(2026, 9, 4)), "22:15",
                DateParts.of(LocalDate.of(2026, 9, 5)), "06:00", "true"));
        adoptionPlan = adoption.decide(inCare, new org.opencsc.permanence.PermanenceForms.DecisionForm(DateParts.of(LocalDate.of(2026, 7, 1))));
        serviceReferral = serviceReferrals.refer(inCare, new org.opencsc.services.ServiceReferralForms.ReferralForm("CAMHS", "CAMHS North",
                DateParts.of(LocalDate.of(2026, 9, 1)), "Low mood."));
        homelessYoungPerson = records.create(PersonForms.child("Jordan", "Fitzgerald", "11", "4", "2009"));
        homelessPathway = homelessPathways.present(homelessYoungPerson, new org.opencsc.homeless.HomelessPathwayForms.PresentationForm(
                DateParts.of(LocalDate.of(2026, 11, 2)), "15:20", "HOUSING", "Northwold housing options", DateParts.of(LocalDate.of(2026, 11, 2)),
                "true", "BED_AND_BREAKFAST", DateParts.of(LocalDate.of(2026, 11, 2))));
        careLeaver = records.create(PersonForms.child("Ella", "Fitzgerald", "20", "3", "2008"));
        var leftCare = care.start(careLeaver, new org.opencsc.care.CareForms.StartForm(DateParts.of(LocalDate.of(2023, 6, 5)), "C2", "U4", "PR1",
                "Mr and Mrs Kaur", null, null, null, "false"));
        care.end(careLeaver, leftCare, new org.opencsc.care.CareForms.EndForm(DateParts.of(LocalDate.of(2026, 3, 20)), "E17"));
        leavingCare.startSupport(careLeaver, new org.opencsc.leavingcare.LeavingCareForms.StartSupportForm(DateParts.of(LocalDate.of(2026, 3, 20)), "P. Okafor"));
        stillMissing = missing.record(inCare, new org.opencsc.care.CareForms.MissingForm("A", DateParts.of(LocalDate.of(2026, 10, 4)), "22:15",
                DateParts.EMPTY, "", "false"));
        approvedHousehold = carers.approveFosterCarers(new org.opencsc.carers.CarersForms.HouseholdForm("Mr and Mrs Doyle", "4 Ash Grove, Northwold",
                "HA8 7QT", DateParts.of(LocalDate.of(2025, 1, 6)), "0", "11", "2", null));
        temporaryHousehold = carers.approveTemporarily(new org.opencsc.carers.CarersForms.HouseholdForm("Ms Fitzgerald (aunt)", "9 Oak Way, Northwold",
                null, DateParts.of(LocalDate.of(2026, 9, 7)), "0", "17", "1", null));
        arrangement = privateFostering.notify(child, new org.opencsc.carers.CarersForms.ArrangementForm("Mrs Byrne", "2 Elm Row, Northwold", null,
                DateParts.of(LocalDate.of(2026, 8, 3)), DateParts.of(LocalDate.of(2026, 8, 10))));
        enquiry = adopters.addFamily(new org.opencsc.adopters.AdoptersForms.FamilyForm(DateParts.of(LocalDate.of(2026, 9, 1)), null, "Rosa", "Quinn",
                "F", "WIRI", "NO", null, null, null, null, null));
        adopters.startStageOne(enquiry, new org.opencsc.adopters.AdoptersForms.StepForm(DateParts.of(LocalDate.of(2026, 9, 14))));
        inStageTwo = adopters.addFamily(new org.opencsc.adopters.AdoptersForms.FamilyForm(DateParts.of(LocalDate.of(2026, 2, 2)), "FOSTER_CARERS",
                "Joe", "Doyle", "M", "WBRI", "NO", "Ann", "Doyle", "F", "WBRI", "YES"));
        adopters.receiveApplication(inStageTwo, new org.opencsc.adopters.AdoptersForms.StepForm(DateParts.of(LocalDate.of(2026, 3, 2))));
        approvedFamily = adopters.addFamily(new org.opencsc.adopters.AdoptersForms.FamilyForm(DateParts.of(LocalDate.of(2025, 6, 2)),
                "PREVIOUS_ADOPTERS", "Priya", "Shah", "F", "AIND", "NO", null, null, null, null, null));
        adopters.receiveApplication(approvedFamily, new org.opencsc.adopters.AdoptersForms.StepForm(DateParts.of(LocalDate.of(2025, 7, 1))));
        adopters.approve(approvedFamily, new org.opencsc.adopters.AdoptersForms.ApprovalForm(DateParts.of(LocalDate.of(2025, 10, 6)),
                DateParts.of(LocalDate.of(2025, 10, 20))));
        preProceedingsId = preProceedings.start(child, new org.opencsc.courts.CourtForms.StartForm(DateParts.of(LocalDate.of(2026, 9, 1)),
                DateParts.of(LocalDate.of(2026, 9, 2))));
        courtAssessment = preProceedings.commission(child, preProceedingsId, new org.opencsc.courts.CourtForms.AssessmentForm("PARENTING", "Mother",
                DateParts.of(LocalDate.of(2026, 9, 3)), DateParts.of(LocalDate.of(2026, 10, 30))));
        courtApplication = courtProceedings.apply(inCare, new org.opencsc.courts.CourtForms.ApplicationForm("CARE_ORDER",
                DateParts.of(LocalDate.of(2026, 6, 1)), "Northwold Family Court", "NW26C00001"));
        caseHolder = staff.create(Role.SOCIAL_WORKER);
        workloadTeam = jdbc.sql("insert into team (authority_id, name, service) select id, 'Accessible team ' || :n, 'cin' from authority limit 1 returning id")
                .param("n", System.nanoTime()).query(Long.class).single();
        jdbc.sql("update staff_user set team_id = :team where id in (:ids)").param("team", workloadTeam)
                .param("ids", List.of(caseHolder.id(), manager.id())).update();
        parts.allocate(child, new RecordPartsService.AllocationForm(workloadTeam, caseHolder.id(), DateParts.of(LocalDate.of(2026, 1, 5))));
        draftAudit = caseAudits.start(child);
        // Audited by someone else, so that the manager may moderate it.
        TestStaff.signInAs(staff.create(Role.AUDITOR));
        finalisedAudit = caseAudits.start(child);
        var audit = caseAudits.audit(child, finalisedAudit);
        var answers = caseAudits.templateOf(audit).questions().stream()
                .map(q -> new org.opencsc.quality.CaseAuditForms.AnswerForm(q.id(), "GOOD", null)).toList();
        caseAudits.save(child, finalisedAudit, new org.opencsc.quality.CaseAuditForms.AuditForm(answers, "GOOD", "Seen alone.", "Dates in the plan.",
                "Add dates.", java.util.List.of("Neglect"), audit.version(), "true"));
        TestStaff.signOut();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    private Page signedIn(StaffUser user) {
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestStaff.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }

    private void check(Page page, String path, boolean submitEmpty, List<String> checked) {
        page.navigate("http://localhost:" + port + path);
        Browser.assertAccessible(page);
        page.keyboard().press("Tab");
        assertThat((String) page.evaluate("document.activeElement.textContent")).as("first Tab on " + path).contains("Skip to main content");
        if (submitEmpty) {
            // The focused skip link is shown at the top of the page and hides again when the click moves focus away: the
            // page then shifts up between the press and the release, and on a short form the click misses the button.
            page.evaluate("document.activeElement.blur()");
            page.locator("main form[method=post]:has(.govuk-form-group) button[type=submit]").first().click();
            // Waits for the page that comes back; the accessibility check then waits for it to finish loading.
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).hasCount(1);
            Browser.assertAccessible(page);
        }
        checked.add(path);
    }

    @Test
    void everyPageAManagerUsesIsAccessible() {
        var page = signedIn(manager);
        var checked = new ArrayList<String>();
        var record = "/children/" + child;
        check(page, "/children", false, checked);
        check(page, "/children?q=fitzgerald", false, checked);
        check(page, "/children/new", true, checked);
        check(page, record, false, checked);
        check(page, record + "/edit", false, checked);
        check(page, record + "/people", false, checked);
        check(page, record + "/notes", false, checked);
        check(page, record + "/notes/" + note, false, checked);
        check(page, record + "/notes/new", true, checked);
        check(page, record + "/notes/" + note + "/correct", true, checked);
        check(page, record + "/involvements", false, checked);
        check(page, record + "/audit", false, checked);
        check(page, record + "/addresses/new", true, checked);
        check(page, record + "/warnings/new", true, checked);
        check(page, record + "/relationships/new", true, checked);
        check(page, record + "/involvements/new", true, checked);
        check(page, record + "/allocation", true, checked);
        check(page, record + "/other-names/new", true, checked);
        check(page, record + "/restriction", true, checked);
        check(page, "/audit", false, checked);
        check(page, "/children/999999", false, checked);
        check(page, record + "/journey", false, checked);
        check(page, record + "/contacts/new", true, checked);
        check(page, record + "/assessments/new", false, checked);
        check(page, record + "/strategy-discussions/new", true, checked);
        check(page, record + "/cin-plans/new", true, checked);
        check(page, record + "/visits/new", true, checked);
        check(page, record + "/close", true, checked);
        check(page, "/work", false, checked);
        check(page, "/work/team", false, checked);
        check(page, "/work/reviews", false, checked);
        check(page, "/front-door", false, checked);
        check(page, "/timescales", false, checked);
        var cared = "/children/" + inCare;
        check(page, record + "/care", false, checked);
        check(page, record + "/care/new", true, checked);
        check(page, cared + "/care", false, checked);
        check(page, cared + "/care/" + period + "/legal-status", true, checked);
        check(page, cared + "/care/" + period + "/move", true, checked);
        check(page, cared + "/care/" + period + "/long-term", true, checked);
        check(page, cared + "/care/" + period + "/care-plan", true, checked);
        check(page, cared + "/care/" + period + "/reviews/new", true, checked);
        check(page, cared + "/care/" + period + "/end", true, checked);
        check(page, cared + "/care/" + period + "/placements/" + disrupted + "/disruption", true, checked);
        check(page, cared + "/missing/new", true, checked);
        check(page, cared + "/missing/" + stillMissing + "/return", true, checked);
        check(page, cared + "/missing/" + returned + "/interview", true, checked);
        check(page, cared + "/health/assessments/new", true, checked);
        check(page, cared + "/health/dental-checks/new", true, checked);
        check(page, cared + "/health/immunisations/new", true, checked);
        check(page, cared + "/health/sdqs/new", true, checked);
        check(page, cared + "/education/schools/new", true, checked);
        check(page, cared + "/education/peps/new", true, checked);
        var leaving = "/children/" + careLeaver + "/leaving-care";
        check(page, leaving, false, checked);
        check(page, leaving + "/support/new", true, checked);
        check(page, leaving + "/adviser", true, checked);
        check(page, leaving + "/support/end", true, checked);
        check(page, leaving + "/pathway-plans/new", true, checked);
        check(page, leaving + "/contacts/new", true, checked);
        check(page, "/carers", false, checked);
        check(page, "/carers/new", true, checked);
        check(page, "/carers/connected/new", true, checked);
        check(page, "/carers/" + approvedHousehold, false, checked);
        check(page, "/carers/" + approvedHousehold + "/reviews/new", true, checked);
        check(page, "/carers/" + temporaryHousehold, false, checked);
        check(page, "/carers/" + temporaryHousehold + "/extension", true, checked);
        check(page, "/carers/" + temporaryHousehold + "/decision", true, checked);
        check(page, record + "/private-fostering", false, checked);
        check(page, record + "/private-fostering/new", true, checked);
        check(page, record + "/private-fostering/" + arrangement + "/visits/new", true, checked);
        check(page, record + "/private-fostering/" + arrangement + "/end", true, checked);
        check(page, cared + "/service-referrals", false, checked);
        check(page, cared + "/service-referrals/new", true, checked);
        check(page, cared + "/service-referrals/" + serviceReferral, false, checked);
        check(page, "/work/waiting-times", false, checked);
        var homeless = "/children/" + homelessYoungPerson + "/homeless-pathways";
        check(page, homeless, false, checked);
        check(page, homeless + "/new", true, checked);
        check(page, homeless + "/" + homelessPathway, false, checked);
        // The step forms open with what is recorded, and an empty step is a valid save: their errors are seen in the browser journey.
        check(page, homeless + "/" + homelessPathway + "/presentation", false, checked);
        check(page, homeless + "/" + homelessPathway + "/assessment", false, checked);
        check(page, homeless + "/" + homelessPathway + "/decision", false, checked);
        check(page, homeless + "/" + homelessPathway + "/outcome", false, checked);
        check(page, "/work/homeless-young-people", false, checked);
        check(page, "/adopters", false, checked);
        check(page, "/adopters?stage=STAGE_ONE", false, checked);
        check(page, "/adopters/new", true, checked);
        check(page, "/adopters/" + enquiry, false, checked);
        check(page, "/adopters/" + enquiry + "/stage-one-end", true, checked);
        check(page, "/adopters/" + enquiry + "/leave", true, checked);
        check(page, "/adopters/" + inStageTwo, false, checked);
        check(page, "/adopters/" + inStageTwo + "/approval", true, checked);
        check(page, "/adopters/" + approvedFamily, false, checked);
        check(page, "/adopters/" + approvedFamily + "/fostering-for-adoption", true, checked);
        check(page, cared + "/permanence", false, checked);
        check(page, cared + "/adoption/new", true, checked);
        for (var step : List.of("authority", "match", "placed", "order", "no-longer-placed")) {
            check(page, cared + "/adoption/" + adoptionPlan + "/" + step, true, checked);
        }
        check(page, cared + "/permanence-orders/new", true, checked);
        check(page, "/work/adoption", false, checked);
        check(page, "/work/placement-stability", false, checked);
        var pre = record + "/court/pre-proceedings/" + preProceedingsId;
        check(page, record + "/court", false, checked);
        check(page, cared + "/court", false, checked);
        check(page, cared + "/court/pre-proceedings/new", true, checked);
        check(page, pre + "/meetings/new", true, checked);
        check(page, pre + "/assessments/new", true, checked);
        check(page, pre + "/assessments/" + courtAssessment, true, checked);
        check(page, pre + "/family-group", true, checked);
        check(page, pre + "/decision", true, checked);
        check(page, cared + "/court/proceedings/new", true, checked);
        check(page, cared + "/court/proceedings/" + courtApplication + "/hearings/new", true, checked);
        check(page, cared + "/court/proceedings/" + courtApplication + "/extensions/new", true, checked);
        check(page, cared + "/court/orders/new", true, checked);
        check(page, "/work/court", false, checked);
        check(page, record + "/case-audits", false, checked);
        // An empty draft is a valid save: the audit form's errors are seen in the browser journey.
        check(page, record + "/case-audits/" + draftAudit, false, checked);
        check(page, record + "/case-audits/" + finalisedAudit, false, checked);
        check(page, record + "/case-audits/" + finalisedAudit + "/moderation", true, checked);
        check(page, "/performance/audits", true, checked);
        check(page, "/performance", false, checked);
        check(page, "/performance/service", false, checked);
        check(page, "/performance/director", false, checked);
        check(page, "/performance/team", false, checked);
        check(page, "/performance/indicators/care-visits-on-time", false, checked);
        check(page, "/performance/indicators/care-visits-on-time/children?outcome=missed", false, checked);
        check(page, record + "/oversight", false, checked);
        check(page, record + "/oversight/new", true, checked);
        check(page, "/performance/oversight", false, checked);
        check(page, "/performance/drift", false, checked);
        check(page, record + "/chronology", false, checked);
        check(page, record + "/chronology/print", false, checked);
        check(page, record + "/chronology/events/new", true, checked);
        check(page, record + "/chronology/events/" + significantEvent, false, checked);
        check(page, record + "/chronology/events/" + significantEvent + "/correct", true, checked);
        check(page, cared + "/chronology", false, checked);
        check(page, record + "/complexity", true, checked);
        check(page, "/performance/workload", false, checked);
        check(page, "/performance/workload/teams/" + workloadTeam, false, checked);
        check(page, "/performance/workload/workers/" + caseHolder.id(), false, checked);
        check(page, "/performance/workload/workers/" + caseHolder.id() + "/working-pattern", false, checked);
        assertThat(checked).hasSize(141);
    }

    @Test
    void everyPageAnAdministratorUsesIsAccessible() {
        var page = signedIn(administrator);
        var checked = new ArrayList<String>();
        check(page, "/admin/staff", false, checked);
        check(page, "/admin/staff/new", true, checked);
        check(page, "/account/password", true, checked);
        check(page, "/admin/bank-holidays?year=2026", true, checked);
        check(page, "/timescales", true, checked);
        check(page, "/children/" + child + "/subject-access", false, checked);
        check(page, "/performance/audits/template", true, checked);
        check(page, "/performance/workload/settings", false, checked);
        check(page, "/children/new", false, checked);
        assertThat(page.locator("h1").textContent()).isEqualTo("You cannot do this");
    }
}
