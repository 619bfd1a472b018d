package org.opencsc.security;

/**
 * The other record an audit row is about, besides the child in {@code person_id}: a related
 * person, a carers' household, an adoptive family, a case note. It is stored as a kind and a
 * number, never as words, so the log names it only at read time and only to a reader who may
 * see it.
 */
public record AuditSubject(Kind kind, long id) {

    public enum Kind {
        PERSON("person"),
        HOUSEHOLD("household"),
        ADOPTIVE_FAMILY("adoptive_family"),
        CASE_NOTE("case_note"),
        STAFF_USER("staff_user");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Kind fromCode(String code) {
            for (var kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** A related person (a parent, a relative, a carer on the record). */
    public static AuditSubject person(long id) {
        return new AuditSubject(Kind.PERSON, id);
    }

    /** A foster carers' or connected persons' household. */
    public static AuditSubject household(long id) {
        return new AuditSubject(Kind.HOUSEHOLD, id);
    }

    public static AuditSubject adoptiveFamily(long id) {
        return new AuditSubject(Kind.ADOPTIVE_FAMILY, id);
    }

    public static AuditSubject caseNote(long id) {
        return new AuditSubject(Kind.CASE_NOTE, id);
    }

    public static AuditSubject staffUser(long id) {
        return new AuditSubject(Kind.STAFF_USER, id);
    }
}
