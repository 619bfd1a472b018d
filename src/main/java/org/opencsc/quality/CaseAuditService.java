package org.opencsc.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.ChildSearch;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.quality.CaseAuditForms.AuditForm;
import org.opencsc.quality.CaseAuditForms.ModerationForm;
import org.opencsc.quality.CaseAuditForms.StartForm;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case audits: an auditor grades a child's case against the template, saving drafts until it is
 * finalised; a second auditor moderates it. Every read and change is logged against the child,
 * and a restricted child is not found by anyone not named on the record.
 */
@Service
public class CaseAuditService {

    private final CaseAuditRepository repository;
    private final AuditTemplateService templates;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    CaseAuditService(CaseAuditRepository repository, AuditTemplateService templates, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.templates = templates;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The child's audits, newest first (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public List<CaseAudit> forPerson(long personId) {
        records.visible(personId);
        return repository.forPerson(personId);
    }

    /** Starts a draft audit of the child against the current template. */
    @Transactional
    public long start(long personId) {
        records.visible(personId);
        var template = templates.current();
        var team = records.caseloadOf(List.of(personId)).stream().map(c -> c.teamId()).filter(id -> id != 0).findFirst().orElse(null);
        var user = CurrentUser.get();
        var id = repository.insert(personId, template.id(), team, user.id(), user.displayName(), today());
        audit.record(AuditAction.CREATE, personId, "Started case audit " + id + " (template version " + template.version() + ")");
        return id;
    }

    /** The audit started, and its child, from the results page by the child's LA child ID. */
    public record Started(long personId, long auditId) {
    }

    @Transactional
    public Started startByReference(StartForm form) {
        var problems = new FieldProblems();
        var reference = problems.text("childReference", "The child's LA child ID", form.childReference(), 20, true);
        problems.throwIfAny();
        var found = records.search(ChildSearch.parse(reference, null, 0)).stream()
                .filter(p -> reference.equalsIgnoreCase(p.laChildId()) && p.kind().isChild()).findFirst();
        problems.check(found.isPresent(), "childReference", "There is no child with the LA child ID " + reference);
        problems.throwIfAny();
        var personId = found.get().id();
        return new Started(personId, start(personId));
    }

    /** Reads an audit, logging the view against the child. */
    @Transactional
    public CaseAudit view(long personId, long auditId) {
        records.view(personId, "Viewed case audit " + auditId);
        return find(personId, auditId);
    }

    /** The audit without logging a view (the caller has logged it). */
    @Transactional(readOnly = true)
    public CaseAudit audit(long personId, long auditId) {
        records.visible(personId);
        return find(personId, auditId);
    }

    @Transactional(readOnly = true)
    public AuditTemplate templateOf(CaseAudit audit) {
        return templates.version(audit.templateId());
    }

    /**
     * Saves the typed audit as a draft, or finalises it when every question is graded and the
     * summary is written. A refused finalise leaves the stored draft as it was.
     */
    @Transactional
    public boolean save(long personId, long auditId, AuditForm form) {
        records.visible(personId);
        var stored = find(personId, auditId);
        var template = templates.version(stored.templateId());
        var problems = new FieldProblems();
        if (stored.finalised()) {
            problems.add("overallGrade", "This audit was finalised on " + FieldProblems.spoken(stored.finalisedOn()) + " and can no longer be changed");
            problems.throwIfAny();
        }
        var finalising = form.finalising();
        var answers = answers(template, form, finalising, problems);
        var overall = problems.choice("overallGrade", "Overall grade", form.overallGrade(), code -> Coded.fromCode(AuditGrade.class, code), finalising);
        var strengths = problems.text("strengths", "Strengths", form.strengths(), 4000, finalising);
        var improvements = problems.text("improvements", "The areas for improvement", form.improvements(), 4000, finalising);
        var actions = problems.text("actions", "The actions for the worker and manager", form.actions(), 4000, finalising);
        var themes = new HashSet<String>();
        for (var theme : form.themes()) {
            problems.check(template.themes().contains(theme), "themes", "Themes must be chosen from the template's list (\"" + theme + "\" is not on it)");
            themes.add(theme);
        }
        problems.throwIfAny();
        if (form.version() == null || !repository.save(auditId, form.version(),
                new CaseAuditWork(answers, overall, strengths, improvements, actions, List.copyOf(themes)), finalising ? today() : null)) {
            throw new RecordChangedException("The case audit");
        }
        audit.record(AuditAction.UPDATE, personId, finalising ? "Finalised case audit " + auditId + ": " + overall.label()
                : "Saved a draft of case audit " + auditId);
        return finalising;
    }

    private static Map<Long, CaseAudit.Answer> answers(AuditTemplate template, AuditForm form, boolean finalising, FieldProblems problems) {
        var typed = new LinkedHashMap<Long, CaseAuditForms.AnswerForm>();
        for (var answer : form.answers()) {
            if (answer != null && answer.questionId() != null) {
                typed.put(answer.questionId(), answer);
            }
        }
        var answers = new LinkedHashMap<Long, CaseAudit.Answer>();
        var questions = template.questions();
        for (int i = 0; i < questions.size(); i++) {
            var question = questions.get(i);
            var answer = typed.get(question.id());
            var field = "answers[" + i + "]";
            var label = "question " + (i + 1) + " (" + question.section() + ")";
            var grade = problems.choice(field + ".grade", "Grade for " + label, answer == null ? null : answer.grade(),
                    code -> Coded.fromCode(AuditGrade.class, code), false);
            if (finalising && grade == null && !problems.has(field + ".grade")) {
                problems.add(field + ".grade", "Select a grade for " + label);
            }
            var comment = problems.text(field + ".comment", "Comment on " + label, answer == null ? null : answer.comment(), 2000, false);
            if (finalising && grade != null && grade.belowGood()) {
                problems.check(comment != null, field + ".comment", "Enter a comment on " + label + ": a grade below good needs its reason");
            }
            if (grade != null || comment != null) {
                answers.put(question.id(), new CaseAudit.Answer(grade, comment));
            }
        }
        return answers;
    }

    /** A second auditor agrees with the grade or gives another with a reason; never the auditor themself. */
    @Transactional
    public void moderate(long personId, long auditId, ModerationForm form) {
        records.visible(personId);
        var stored = find(personId, auditId);
        var problems = new FieldProblems();
        var user = CurrentUser.get();
        problems.check(stored.finalised(), "agreed", "Only a finalised audit can be moderated");
        problems.check(!stored.moderated(), "agreed", "This audit was moderated by " + stored.moderatorName() + " and cannot be moderated again");
        problems.check(stored.auditorId() != user.id(), "agreed", "You audited this case: moderation must be by a different auditor");
        problems.throwIfAny();
        var agreed = problems.yesNo("agreed", "Select whether you agree with the auditor's overall grade", form.agreed());
        AuditGrade grade = stored.overallGrade();
        String reason = null;
        if (Boolean.FALSE.equals(agreed)) {
            grade = problems.choice("moderatedGrade", "Moderated grade", form.moderatedGrade(), code -> Coded.fromCode(AuditGrade.class, code), true);
            problems.check(grade, g -> g != stored.overallGrade(), "moderatedGrade",
                    "The moderated grade must differ from the auditor's (" + stored.overallGrade().label() + "), or say that you agree");
            reason = problems.text("reason", "Reason for the moderated grade", form.reason(), 2000, true);
        } else {
            reason = problems.text("reason", "Reason for the moderated grade", form.reason(), 2000, false);
        }
        problems.throwIfAny();
        if (!repository.moderate(auditId, stored.version(), user.id(), user.displayName(), today(), grade, reason)) {
            throw new RecordChangedException("The case audit");
        }
        audit.record(AuditAction.UPDATE, personId, "Moderated case audit " + auditId + ": "
                + (grade == stored.overallGrade() ? "agreed " + grade.label() : stored.overallGrade().label() + " changed to " + grade.label()));
    }

    /** One page of the results list; the caller names only the children the reader may see. */
    @Transactional(readOnly = true)
    public List<AuditLine> list(AuditFilter filter) {
        return repository.page(filter);
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return repository.count(filter);
    }

    /** The results summary over the twelve months to this one. */
    @Transactional(readOnly = true)
    public AuditResults results(java.util.Map<String, String> teamNames) {
        var to = YearMonth.from(today());
        var from = to.minusMonths(11);
        var teams = repository.teamGrades(from, to).entrySet().stream()
                .map(e -> new AuditResults.TeamGrades(e.getKey(), e.getKey() == null ? "No team" : teamNames.getOrDefault(String.valueOf(e.getKey()),
                        "Team " + e.getKey()), e.getValue())).toList();
        return new AuditResults(from, to, monthlyGrades(null, from, to), teams, repository.themes(null, from, to), repository.moderation(from, to));
    }

    /** Every month from {@code from} to {@code to}, those without audits as zeros. */
    @Transactional(readOnly = true)
    public List<MonthlyGrades> monthlyGrades(Long teamId, YearMonth from, YearMonth to) {
        var known = repository.monthlyGrades(teamId, from, to);
        var months = new java.util.ArrayList<MonthlyGrades>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            var counts = known.getOrDefault(month, new GradeCounts(0, 0, 0, 0));
            months.add(new MonthlyGrades(month, counts.outstanding(), counts.good(), counts.requiresImprovement(), counts.inadequate()));
        }
        return months;
    }

    @Transactional(readOnly = true)
    public List<ThemeCount> themes(Long teamId, YearMonth from, YearMonth to) {
        return repository.themes(teamId, from, to);
    }

    private CaseAudit find(long personId, long auditId) {
        return repository.find(personId, auditId).orElseThrow(() -> new NotFoundException("Case audit " + auditId));
    }
}
