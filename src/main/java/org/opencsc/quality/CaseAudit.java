package org.opencsc.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An audit of a child's case against one version of the template: a grade and a comment for
 * each question, an overall grade, what is working and what is not, actions, and themes. Once
 * finalised it is read-only; a second auditor may then moderate it, and their grade is counted.
 */
public record CaseAudit(long id, long personId, long templateId, Long teamId, long auditorId, String auditorName, LocalDate startedOn,
                        LocalDate finalisedOn, AuditGrade overallGrade, String strengths, String improvements, String actions,
                        Long moderatorId, String moderatorName, LocalDate moderatedOn, AuditGrade moderatedGrade, String moderationReason,
                        int version, Map<Long, Answer> answers, List<String> themes) {

    /** What the auditor wrote against one question. */
    public record Answer(AuditGrade grade, String comment) {
    }

    public boolean finalised() {
        return finalisedOn != null;
    }

    public boolean moderated() {
        return moderatorId != null;
    }

    /** The grade counted in the results: the moderator's where there is one. */
    public AuditGrade finalGrade() {
        return moderatedGrade != null ? moderatedGrade : overallGrade;
    }

    /** Moderation gave a different grade from the auditor's. */
    public boolean gradeChangedAtModeration() {
        return moderated() && moderatedGrade != overallGrade;
    }

    public String standing() {
        if (!finalised()) {
            return "Draft";
        }
        if (!moderated()) {
            return "Finalised";
        }
        return gradeChangedAtModeration() ? "Moderated: grade changed" : "Moderated: agreed";
    }
}
