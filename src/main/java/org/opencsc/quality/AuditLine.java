package org.opencsc.quality;

import java.time.LocalDate;

/** One audit on the results list. The child is named only on the page, and only to a reader who may see them. */
public record AuditLine(long id, long personId, Long teamId, String auditorName, LocalDate startedOn, LocalDate finalisedOn,
                        AuditGrade overallGrade, AuditGrade finalGrade, boolean moderated, String themes) {

    public String standing() {
        if (finalisedOn == null) {
            return "Draft";
        }
        if (!moderated) {
            return "Finalised";
        }
        return overallGrade == finalGrade ? "Moderated: agreed" : "Moderated: grade changed";
    }
}
