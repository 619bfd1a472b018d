package org.opencsc.security;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for managers and auditors: who looked at or changed what, and when. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @ListsChildren("the audit log")
    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String read(@RequestParam(required = false) String username,
                @RequestParam(required = false) Long personId,
                @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        var query = new AuditQuery(username, personId, action, from, to, page);
        var entries = audit.find(query);
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entries", entries.stream().limit(AuditQuery.PAGE_SIZE).toList());
        model.addAttribute("hasNext", entries.size() > AuditQuery.PAGE_SIZE);
        return "security/audit";
    }
}
