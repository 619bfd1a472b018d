package org.opencsc.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case audit template: the council's questions and themes. Nothing is changed in place: a
 * saved change is the next version, and audits already started keep the version they began with.
 */
@Service
public class AuditTemplateService {

    static final int MOST_QUESTIONS = 60;
    static final int MOST_THEMES = 30;

    private final AuditTemplateRepository repository;
    private final AuditLog audit;

    AuditTemplateService(AuditTemplateRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The version new audits use; the starting template is written the first time one is needed. */
    @Transactional
    public AuditTemplate current() {
        return repository.latest().orElseGet(() -> {
            repository.insert(1, DefaultAuditTemplate.CHANGE_NOTE, DefaultAuditTemplate.QUESTIONS, DefaultAuditTemplate.THEMES, "system");
            return repository.latest().orElseThrow();
        });
    }

    @Transactional(readOnly = true)
    public AuditTemplate version(long templateId) {
        return repository.find(templateId).orElseThrow(() -> new NotFoundException("Audit template " + templateId));
    }

    @Transactional(readOnly = true)
    public List<String> everyTheme() {
        return repository.everyTheme();
    }

    /** Saves the typed template as the next version; returns its version number. */
    @Transactional
    public int change(AuditTemplateForm form) {
        var current = current();
        var problems = new FieldProblems();
        var questions = questions(form.questions(), problems);
        var themes = themes(form.themes(), problems);
        var note = problems.text("changeNote", "What changed and why", form.changeNote(), 500, true);
        if (problems.isEmpty()) {
            var sameQuestions = current.questions().stream().map(q -> q.section() + ": " + q.text()).toList()
                    .equals(questions.stream().map(q -> q[0] + ": " + q[1]).toList());
            problems.check(!sameQuestions || !current.themes().equals(themes), "questions",
                    "The questions and themes are the same as version " + current.version() + ": change something to make a new version");
        }
        problems.throwIfAny();
        var version = current.version() + 1;
        repository.insert(version, note, questions, themes, CurrentUser.username())
                .orElseThrow(() -> new RecordChangedException("The audit template"));
        audit.record(AuditAction.UPDATE, null, "Case audit template version " + version + ": " + note);
        return version;
    }

    private static List<String[]> questions(String typed, FieldProblems problems) {
        var questions = new ArrayList<String[]>();
        var seen = new HashSet<String>();
        var lines = lines(typed);
        if (lines.isEmpty()) {
            problems.add("questions", "Enter the questions, one a line, each as Section: question");
            return questions;
        }
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var colon = line.indexOf(':');
            var where = "Questions, line " + (i + 1);
            if (colon <= 0 || colon == line.length() - 1) {
                problems.check(false, "questions", where + " (\"" + shortened(line) + "\") must be written as Section: question");
                continue;
            }
            var section = line.substring(0, colon).strip();
            var question = line.substring(colon + 1).strip();
            problems.check(section.length() <= 120, "questions", where + ": the section must be 120 characters or fewer");
            problems.check(question.length() <= 300, "questions", where + ": the question must be 300 characters or fewer");
            problems.check(seen.add(question.toLowerCase(Locale.UK)), "questions", where + " repeats the question \"" + shortened(question) + "\"");
            questions.add(new String[] {section, question});
        }
        problems.check(questions.size() <= MOST_QUESTIONS, "questions", "Questions: a template has at most " + MOST_QUESTIONS + " questions");
        return questions;
    }

    private static List<String> themes(String typed, FieldProblems problems) {
        var themes = lines(typed);
        if (themes.isEmpty()) {
            problems.add("themes", "Enter the themes, one a line");
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < themes.size(); i++) {
            problems.check(themes.get(i).length() <= 60, "themes", "Themes, line " + (i + 1) + ": a theme must be 60 characters or fewer");
            problems.check(seen.add(themes.get(i).toLowerCase(Locale.UK)), "themes", "Themes, line " + (i + 1) + " repeats \"" + themes.get(i) + "\"");
        }
        problems.check(themes.size() <= MOST_THEMES, "themes", "Themes: a template has at most " + MOST_THEMES + " themes");
        return themes;
    }

    private static List<String> lines(String typed) {
        return typed == null ? List.of() : typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
