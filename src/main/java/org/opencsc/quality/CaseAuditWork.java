package org.opencsc.quality;

import java.util.List;
import java.util.Map;

/** The auditor's work once checked: what is written to the audit, draft or final. */
record CaseAuditWork(Map<Long, CaseAudit.Answer> answers, AuditGrade overallGrade, String strengths, String improvements, String actions,
                     List<String> themes) {
}
