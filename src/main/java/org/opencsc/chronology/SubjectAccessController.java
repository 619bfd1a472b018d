package org.opencsc.chronology;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import org.opencsc.child.RecordHeader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A subject access request from a child's record: what the export holds, and the export itself as one printable HTML file. */
@Controller
@PreAuthorize("hasAuthority('SUBJECT_ACCESS')")
class SubjectAccessController {

    private final SubjectAccessExport export;
    private final RecordHeader header;

    SubjectAccessController(SubjectAccessExport export, RecordHeader header) {
        this.export = export;
        this.header = header;
    }

    @GetMapping("/children/{id}/subject-access")
    String page(@PathVariable long id, Model model) {
        header.addTo(model, export.child(id), "chronology");
        return "chronology/subject-access";
    }

    @GetMapping("/children/{id}/subject-access/export")
    String download(@PathVariable long id, Model model, HttpServletResponse response) {
        var document = export.export(id);
        var name = "subject-access-" + document.person().laChildId() + "-" + document.exportedAt().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".html";
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        model.addAttribute("document", document);
        return "chronology/subject-access-export";
    }
}
