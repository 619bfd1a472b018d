package org.opencsc.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.platform.NotFoundException;
import org.opencsc.quality.CaseAuditForms.AnswerForm;
import org.opencsc.quality.CaseAuditForms.AuditForm;
import org.opencsc.quality.CaseAuditForms.ModerationForm;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Case audits on the real database: the template's versions, grading, drafts, moderation, the counted grade and who may see what. */
@IntegrationTest
class CaseAuditsIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    CaseAuditService audits;
    @Autowired
    AuditTemplateService templates;
    @Autowired
    CaseAuditsApi api;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    StaffUser manager;
    long child;

    @BeforeEach
    void aChild() {
        manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        child = records.create(PersonForms.child("Audited", "Child" + System.nanoTime() % 100000, "3", "3", "2014"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    /** Every question graded {@code grade} with a comment, and the summary written. */
    private AuditForm complete(long auditId, String grade, String overall, String finalise) {
        var audit = audits.audit(child, auditId);
        var answers = new ArrayList<AnswerForm>();
        for (var question : audits.templateOf(audit).questions()) {
            answers.add(new AnswerForm(question.id(), grade, "Seen alone twice; plan reviewed."));
        }
        return new AuditForm(answers, overall, "Warm relationship with the child.", "Plan lacks dates.", "Manager to add dates by Friday.",
                List.of("Neglect"), audit.version(), finalise);
    }

    private long events(String action, String detail) {
        return jdbc.sql("select count(*) from audit_event where person_id = :p and action = :a and detail like :d")
                .param("p", child).param("a", action).param("d", detail).query(Long.class).single();
    }

    @Test
    void aChangedTemplateIsANewVersionAndAnAuditKeepsTheVersionItStartedWith() {
        var before = templates.current();
        var started = audits.start(child);
        assertThatThrownBy(() -> templates.change(new AuditTemplateForm("Voice of the child: Is the child seen?\nNo section here", "Neglect", "Tidy")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Questions, line 2 (\"No section here\") must be written as Section: question");
        assertThatThrownBy(() -> templates.change(new AuditTemplateForm(before.questionLines(), before.themeLines(), "No change")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("are the same as version " + before.version());
        assertThatThrownBy(() -> templates.change(new AuditTemplateForm(before.questionLines(), "Neglect\nneglect", "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Themes, line 2 repeats \"neglect\"")
                .hasMessageContaining("Enter what changed and why");

        var version = templates.change(new AuditTemplateForm(before.questionLines() + "\nEducation: Is the child's education in the plan?",
                before.themeLines() + "\nEducation", "Education added after the inspection"));

        assertThat(version).isEqualTo(before.version() + 1);
        var current = templates.current();
        assertThat(current.questions()).hasSize(before.questions().size() + 1);
        assertThat(current.sections()).containsKey("Education");
        assertThat(current.themes()).contains("Education");
        assertThat(audits.templateOf(audits.audit(child, started)).version()).as("the draft keeps its version").isEqualTo(before.version());
        assertThat(audits.templateOf(audits.audit(child, audits.start(child))).version()).isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATE' and detail like :d")
                .param("d", "Case audit template version " + version + ": Education added%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDraftKeepsWhatWasSavedWhenFinalisingIsRefusedAndAFinalisedAuditCannotChange() {
        var id = audits.start(child);
        var question = audits.templateOf(audits.audit(child, id)).questions();
        var draft = new AuditForm(List.of(new AnswerForm(question.get(0).id(), "GOOD", "Seen alone.")), null, "Strong advocacy.", null, null,
                List.of(), audits.audit(child, id).version(), "false");
        assertThat(audits.save(child, id, draft)).as("a draft needs nothing graded").isFalse();

        var version = audits.audit(child, id).version();
        var partial = new AuditForm(List.of(new AnswerForm(question.get(0).id(), "EXCELLENT", null),
                new AnswerForm(question.get(1).id(), "INADEQUATE", " ")), "GOOD", "Changed strengths", null, null, List.of("Not a theme"), version, "true");
        assertThatThrownBy(() -> audits.save(child, id, partial))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Grade for question 1 (Voice of the child) must be one of the listed options")
                .hasMessageContaining("Enter a comment on question 2 (Voice of the child): a grade below good needs its reason")
                .hasMessageContaining("Select a grade for question 3 (Assessment quality)")
                .hasMessageContaining("Enter the areas for improvement")
                .hasMessageContaining("Themes must be chosen from the template's list (\"Not a theme\" is not on it)");
        var kept = audits.audit(child, id);
        assertThat(kept.finalised()).isFalse();
        assertThat(kept.strengths()).as("the refused finalise changed nothing").isEqualTo("Strong advocacy.");
        assertThat(kept.answers().get(question.get(0).id())).isEqualTo(new CaseAudit.Answer(AuditGrade.GOOD, "Seen alone."));

        assertThat(audits.save(child, id, complete(id, "REQUIRES_IMPROVEMENT", "REQUIRES_IMPROVEMENT", "true"))).isTrue();
        var finalised = audits.audit(child, id);
        assertThat(finalised.finalisedOn()).isEqualTo(audits.today());
        assertThat(finalised.answers()).hasSize(question.size());
        assertThat(finalised.themes()).containsExactly("Neglect");
        assertThatThrownBy(() -> audits.save(child, id, complete(id, "GOOD", "GOOD", "false")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("can no longer be changed");
        assertThat(events("UPDATE", "Saved a draft of case audit " + id)).isEqualTo(1);
        assertThat(events("UPDATE", "Finalised case audit " + id + ": Requires improvement")).isEqualTo(1);
        assertThat(events("CREATE", "Started case audit " + id + "%")).isEqualTo(1);
        audits.view(child, id);
        assertThat(events("VIEW", "Viewed case audit " + id)).isEqualTo(1);
    }

    @Test
    void theAuditorCannotModerateTheirOwnAuditAndTheModeratedGradeIsTheOneCounted() throws Exception {
        var month = YearMonth.from(audits.today());
        var before = api.monthlyGrades(null, month, month).getFirst();
        var id = audits.start(child);
        audits.save(child, id, complete(id, "GOOD", "GOOD", "true"));
        var counted = api.monthlyGrades(null, month, month).getFirst();
        assertThat(counted.good()).isEqualTo(before.good() + 1);

        assertThatThrownBy(() -> audits.moderate(child, id, new ModerationForm("true", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("You audited this case: moderation must be by a different auditor");

        TestStaff.signInAs(staff.create(Role.AUDITOR));
        assertThatThrownBy(() -> audits.moderate(child, id, new ModerationForm("false", "GOOD", "")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The moderated grade must differ from the auditor's (Good), or say that you agree")
                .hasMessageContaining("Enter a reason for the moderated grade");
        audits.moderate(child, id, new ModerationForm("false", "INADEQUATE", "No visits for 10 weeks; the plan has drifted."));

        var moderated = audits.audit(child, id);
        assertThat(moderated.finalGrade()).isEqualTo(AuditGrade.INADEQUATE);
        assertThat(moderated.gradeChangedAtModeration()).isTrue();
        var after = api.monthlyGrades(null, month, month).getFirst();
        assertThat(after.good()).as("the auditor's grade no longer counts").isEqualTo(before.good());
        assertThat(after.inadequate()).isEqualTo(before.inadequate() + 1);
        assertThat(api.themes(null, month, month)).anyMatch(t -> t.theme().equals("Neglect") && t.audits() > 0);
        assertThatThrownBy(() -> audits.moderate(child, id, new ModerationForm("true", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be moderated again");
        assertThat(events("UPDATE", "Moderated case audit " + id + ": Good changed to Inadequate")).isEqualTo(1);
        mvc.perform(get("/children/" + child + "/case-audits/" + id + "/moderation").with(TestStaff.as(staff.create(Role.AUDITOR))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("graded the case Good")));
        assertThat(events("VIEW", "Viewed case audit " + id)).as("the moderation form shows the audit: a logged read").isEqualTo(1);
    }

    @Test
    void aRestrictedChildsAuditIsNotFoundByOthersAndNeitherNamedNorLinkedInTheResults() throws Exception {
        var id = audits.start(child);
        audits.save(child, id, complete(id, "OUTSTANDING", "OUTSTANDING", "true"));
        records.restrict(child, "Child of a member of staff", List.of());
        var name = records.visible(child).fullName();
        var other = staff.create(Role.HEAD_OF_SERVICE);

        mvc.perform(get("/children/" + child + "/case-audits/" + id).with(TestStaff.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/children/" + child + "/case-audits").with(TestStaff.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/performance/audits").with(TestStaff.as(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(not(containsString("/children/" + child + "/"))))
                .andExpect(content().string(containsString("A restricted record")));
        mvc.perform(get("/performance/audits").with(TestStaff.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        TestStaff.signInAs(other);
        assertThatThrownBy(() -> audits.view(child, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> audits.moderate(child, id, new ModerationForm("true", null, null))).isInstanceOf(NotFoundException.class);
        assertThat(events("REFUSED", "Refused: restricted record")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theResultsListFiltersByGradeThemeAndMonthAndTheTemplatePageShowsTheVersion() throws Exception {
        var id = audits.start(child);
        audits.save(child, id, complete(id, "GOOD", "REQUIRES_IMPROVEMENT", "true"));
        var month = YearMonth.from(audits.today());
        var shown = audits.list(new AuditFilter(null, AuditGrade.REQUIRES_IMPROVEMENT, "Neglect", month, 0));
        assertThat(shown).extracting(AuditLine::id).contains(id);
        assertThat(audits.list(new AuditFilter(null, AuditGrade.OUTSTANDING, null, month, 0))).extracting(AuditLine::id).doesNotContain(id);
        assertThat(audits.list(new AuditFilter(null, null, "Drift and delay", null, 0))).extracting(AuditLine::id).doesNotContain(id);
        assertThat(audits.list(new AuditFilter(null, null, null, month.minusMonths(1), 0))).extracting(AuditLine::id).doesNotContain(id);
        mvc.perform(get("/performance/audits/template").with(TestStaff.as(staff.create(Role.PERFORMANCE_ANALYST))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Voice of the child: ")));
        mvc.perform(get("/performance/audits").with(TestStaff.as(staff.create(Role.INSPECTOR))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Grades in the last 12 months")));
    }
}
