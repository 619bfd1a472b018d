package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.opencsc.quality.AuditGrade;
import org.opencsc.quality.DefaultAuditTemplate;
import org.opencsc.security.Role;

/**
 * Writes the quality team's case audits over the last 24 months: the starting template, audits
 * by managers and the auditor graded mostly good or requiring improvement (better in the recent
 * months), about a third moderated and a quarter of those changed, and a few drafts this month.
 * Every month has an audit moderated in agreement and one whose grade moderation changed.
 */
final class CaseAuditRecords {

    private static final String TEMPLATE = "audit_template (id, authority_id, version, change_note, created_by, created_at)";
    private static final String QUESTION = "audit_template_question (id, authority_id, template_id, position, section, question)";
    private static final String THEME = "audit_template_theme (authority_id, template_id, position, theme)";
    private static final String AUDIT = "case_audit (id, authority_id, person_id, template_id, team_id, auditor_id, auditor_name, started_on,"
            + " finalised_on, overall_grade, strengths, improvements, actions, moderator_id, moderator_name, moderated_on, moderated_grade,"
            + " moderation_reason)";
    private static final String ANSWER = "case_audit_answer (authority_id, audit_id, question_id, grade, comment)";
    private static final String AUDIT_THEME = "case_audit_theme (authority_id, audit_id, theme)";

    private static final String[] STRENGTHS = {"The child is seen alone and their wishes are written in their own words.",
        "Good multi-agency working; the school and health visitor contribute to every review.",
        "Direct work with the child is creative and recorded promptly.",
        "The worker knows the family well and the child has a trusted relationship with them."};
    private static final String[] IMPROVEMENTS = {"The plan's actions have no owners or dates.",
        "Management oversight is recorded but does not say what should change.",
        "The assessment describes events but does not analyse the risk to the child.",
        "Visits are late and the record is weeks behind."};
    private static final String[] ACTIONS = {"Manager to add owners and dates to the plan within 10 working days.",
        "Worker to update the chronology and the assessment before the next review.",
        "Supervision to set a date for the next visit and record the child's view."};
    private static final String[] REASONS = {"The child has not been seen for ten weeks: the drift makes this inadequate.",
        "The evidence in the record supports a better grade than the auditor gave.",
        "Risks from the father's return are not addressed in the plan."};

    private final RandomGenerator random;
    private final IdBlock ids;
    private final CopyBatch rows;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;
    private final List<StaffRoster.Member> auditors;

    CaseAuditRecords(RandomGenerator random, IdBlock ids, CopyBatch rows, short authority, LocalDate today, Instant loadedAt, StaffRoster roster) {
        this.random = random;
        this.ids = ids;
        this.rows = rows;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
        var who = new ArrayList<StaffRoster.Member>();
        who.add(roster.member("auditor1"));
        who.add(roster.member("hos1"));
        who.add(roster.member("tm1"));
        roster.members.stream().filter(m -> m.role() == Role.TEAM_MANAGER && !m.username().equals("tm1")).limit(6).forEach(who::add);
        this.auditors = List.copyOf(who);
    }

    void build(List<Households.Audited> cases, int templateVersion) {
        if (cases.isEmpty()) {
            return;
        }
        var template = ids.next("audit_template");
        rows.row(TEMPLATE, template, authority, templateVersion, DefaultAuditTemplate.CHANGE_NOTE, "demo", loadedAt);
        var questions = new long[DefaultAuditTemplate.QUESTIONS.size()];
        for (int i = 0; i < questions.length; i++) {
            questions[i] = ids.next("audit_template_question");
            var question = DefaultAuditTemplate.QUESTIONS.get(i);
            rows.row(QUESTION, questions[i], authority, template, i + 1, question[0], question[1]);
        }
        for (int i = 0; i < DefaultAuditTemplate.THEMES.size(); i++) {
            rows.row(THEME, authority, template, i + 1, DefaultAuditTemplate.THEMES.get(i));
        }
        // A quality team audits a few dozen cases a month, whatever the authority's size.
        int perMonth = Math.clamp(cases.size() / 100, 8, 40);
        var thisMonth = YearMonth.from(today);
        for (int back = 23; back >= 0; back--) {
            var month = thisMonth.minusMonths(back);
            var lastDay = back == 0 ? today.getDayOfMonth() : month.lengthOfMonth();
            for (int n = 0; n < perMonth; n++) {
                var finalised = month.atDay(1 + random.nextInt(lastDay));
                audit(template, questions, cases.get(random.nextInt(cases.size())), finalised, back, n);
            }
        }
        for (int n = 0; n < 3; n++) {
            draft(template, questions, cases.get(random.nextInt(cases.size())));
        }
    }

    private void audit(long template, long[] questions, Households.Audited child, LocalDate finalised, int monthsAgo, int nth) {
        var id = ids.next("case_audit");
        var auditor = auditors.get(random.nextInt(auditors.size()));
        var overall = grade(monthsAgo);
        var started = finalised.minusDays(random.nextInt(10));
        // The first two of every month are moderated: one agreed, one changed; about a third of the rest are moderated too.
        var moderated = nth < 2 || random.nextInt(3) == 0;
        StaffRoster.Member moderator = null;
        AuditGrade moderatedGrade = null;
        String reason = null;
        LocalDate moderatedOn = null;
        if (moderated) {
            moderator = auditors.get(auditor == auditors.get(0) ? 1 : 0);
            var changed = nth == 1 || (nth > 1 && random.nextInt(4) == 0);
            moderatedGrade = changed ? neighbour(overall) : overall;
            reason = changed ? REASONS[random.nextInt(REASONS.length)] : null;
            var later = finalised.plusDays(1 + random.nextInt(14));
            moderatedOn = later.isAfter(today) ? today : later;
        }
        rows.row(AUDIT, id, authority, child.personId(), template, child.teamId(), auditor.id(), auditor.displayName(), started, finalised,
                overall.name(), STRENGTHS[random.nextInt(STRENGTHS.length)], IMPROVEMENTS[random.nextInt(IMPROVEMENTS.length)],
                ACTIONS[random.nextInt(ACTIONS.length)], moderator == null ? null : moderator.id(), moderator == null ? null : moderator.displayName(),
                moderatedOn, moderatedGrade == null ? null : moderatedGrade.name(), reason);
        for (var question : questions) {
            var grade = random.nextInt(3) == 0 ? neighbour(overall) : overall;
            rows.row(ANSWER, authority, id, question, grade.name(), grade.belowGood() ? IMPROVEMENTS[random.nextInt(IMPROVEMENTS.length)] : null);
        }
        themes(id);
    }

    private void draft(long template, long[] questions, Households.Audited child) {
        var id = ids.next("case_audit");
        var auditor = auditors.get(random.nextInt(auditors.size()));
        rows.row(AUDIT, id, authority, child.personId(), template, child.teamId(), auditor.id(), auditor.displayName(),
                today.minusDays(random.nextInt(5)), null, null, STRENGTHS[random.nextInt(STRENGTHS.length)], null, null, null, null, null, null, null);
        rows.row(ANSWER, authority, id, questions[0], AuditGrade.GOOD.name(), null);
    }

    private void themes(long audit) {
        var themes = DefaultAuditTemplate.THEMES;
        int first = random.nextInt(themes.size());
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            rows.row(AUDIT_THEME, authority, audit, themes.get((first + i * 3) % themes.size()));
        }
    }

    /** Practice improves over the two years: fewer cases inadequate or requiring improvement in the recent months. */
    private AuditGrade grade(int monthsAgo) {
        int roll = random.nextInt(100);
        int worse = monthsAgo / 3;
        if (roll < 7) {
            return AuditGrade.OUTSTANDING;
        }
        if (roll < 55 - worse * 2) {
            return AuditGrade.GOOD;
        }
        if (roll < 90 - worse) {
            return AuditGrade.REQUIRES_IMPROVEMENT;
        }
        return AuditGrade.INADEQUATE;
    }

    /** The grade next to this one, more often the lower: moderators tend to find less than auditors do. */
    private AuditGrade neighbour(AuditGrade grade) {
        var all = AuditGrade.values();
        int i = grade.ordinal();
        if (i == all.length - 1 || (i > 0 && random.nextInt(3) == 0)) {
            return all[i - 1];
        }
        return all[i + 1];
    }
}
