package org.opencsc.quality;

/** The template as typed: questions as "Section: question" lines, themes one a line, and why it changed. */
public record AuditTemplateForm(String questions, String themes, String changeNote) {
}
