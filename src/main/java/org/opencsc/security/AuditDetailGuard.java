package org.opencsc.security;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The last line of defence for the audit log's words: a detail must never name the child or
 * the related person (the log names them at read time, through the restriction check). Any of
 * their names found in the words, as a whole word written as on the record, is replaced before the row is written, and
 * the caller is reported in the application log so that the call site can be fixed.
 */
final class AuditDetailGuard {

    static final String REDACTED = "[name removed]";

    private AuditDetailGuard() {
    }

    /** The detail without any of these names; the same string when none occurs. */
    static String redact(String detail, Collection<String> names) {
        if (detail == null || names.isEmpty()) {
            return detail;
        }
        var result = detail;
        for (var name : names) {
            if (name == null || name.strip().length() < 2) {
                continue;
            }
            for (var word : name.strip().split("\\s+")) {
                if (word.length() < 2) {
                    continue;
                }
                // As written on the record (names are capitalised, the fixed wording is not): a child called
                // Court or a family called Care do not turn "Viewed the court record" into a redaction.
                var pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
                result = pattern.matcher(result).replaceAll(REDACTED);
            }
        }
        return result;
    }

    static boolean names(String detail, Collection<String> names) {
        return !redact(detail, names).equals(detail);
    }
}
