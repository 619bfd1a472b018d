package org.opencsc.quality;

import java.util.ArrayList;
import java.util.List;

/** What an auditor and a moderator type. */
public final class CaseAuditForms {

    private CaseAuditForms() {
    }

    /** The grade and comment given to one question of the template. */
    public record AnswerForm(Long questionId, String grade, String comment) {
    }

    /**
     * The whole audit as typed. {@code finalise} is "true" when the auditor pressed the button to
     * finalise rather than to save a draft.
     */
    public record AuditForm(List<AnswerForm> answers, String overallGrade, String strengths, String improvements, String actions,
                            List<String> themes, Integer version, String finalise) {
        public AuditForm {
            answers = answers == null ? new ArrayList<>() : new ArrayList<>(answers);
            themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
        }

        /** The stored audit, ready to edit, with a line for every question of its template. */
        static AuditForm of(CaseAudit audit, AuditTemplate template) {
            var answers = template.questions().stream().map(q -> {
                var answer = audit.answers().get(q.id());
                return new AnswerForm(q.id(), answer == null || answer.grade() == null ? null : answer.grade().code(),
                        answer == null ? null : answer.comment());
            }).toList();
            return new AuditForm(answers, audit.overallGrade() == null ? null : audit.overallGrade().code(), audit.strengths(),
                    audit.improvements(), audit.actions(), audit.themes(), audit.version(), null);
        }

        boolean finalising() {
            return "true".equals(finalise);
        }
    }

    /** The moderator's view: agree with the auditor's grade, or give another with a reason. */
    public record ModerationForm(String agreed, String moderatedGrade, String reason) {
    }

    /** Starting an audit from the results page by the child's reference (LA child ID). */
    public record StartForm(String childReference) {
    }
}
