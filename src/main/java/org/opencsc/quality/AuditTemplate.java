package org.opencsc.quality;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One version of the council's case audit template: the graded questions, grouped in sections,
 * and the themes an auditor may tag. A change makes a new version; an audit keeps its own.
 */
public record AuditTemplate(long id, int version, String changeNote, String createdBy, Instant createdAt, List<Question> questions,
                            List<String> themes) {

    /** A graded question and the section it sits in. */
    public record Question(long id, int position, String section, String text) {
    }

    /** The questions section by section, in the template's order. */
    public Map<String, List<Question>> sections() {
        return questions.stream().collect(Collectors.groupingBy(Question::section, LinkedHashMap::new, Collectors.toList()));
    }

    /** The questions as the template page shows them for editing: "Section: question", one a line. */
    public String questionLines() {
        return questions.stream().map(q -> q.section() + ": " + q.text()).collect(Collectors.joining("\n"));
    }

    public String themeLines() {
        return String.join("\n", themes);
    }
}
