package org.opencsc.chronology;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.opencsc.child.ChildRecordService;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject access request: the child's whole record gathered into one document, with other
 * people's information marked for redaction. The export is written to the audit log against the
 * child, with how much was marked.
 */
@Service
public class SubjectAccessExport {

    private final ChildRecordService records;
    private final List<SubjectAccessPart> parts;
    private final AuditLog audit;
    private final Clock clock;

    SubjectAccessExport(ChildRecordService records, List<SubjectAccessPart> parts, AuditLog audit, Clock clock) {
        this.records = records;
        this.parts = parts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child as the exporter may see them (a restricted record they are not named on is not found), without logging a view. */
    @Transactional(readOnly = true)
    public org.opencsc.child.Person child(long personId) {
        return records.visible(personId);
    }

    @Transactional
    public SubjectAccessDocument export(long personId) {
        var child = records.visible(personId);
        var sections = parts.stream().flatMap(part -> part.sections(child).stream()).toList();
        var user = CurrentUser.get();
        var username = CurrentUser.username();
        var document = new SubjectAccessDocument(child, user.displayName() + " (" + username + ")", LocalDateTime.now(clock), sections);
        audit.record(AuditAction.EXPORT, personId, "Subject access export: " + document.entries() + " entries, " + document.markedItems()
                + " items marked for redaction" + (child.restricted() ? "; restricted record" : ""));
        return document;
    }
}
