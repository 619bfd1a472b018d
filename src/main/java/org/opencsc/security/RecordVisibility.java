package org.opencsc.security;

/**
 * The one rule for who may see a person's record, as SQL: a record that is not restricted is
 * seen by everyone with the permission for the page; a restricted one only by the users named on
 * it in {@code record_access}. Every query that names a person (record pages, search, relationships,
 * the audit log) takes it from here, so the rule cannot drift between pages.
 */
public final class RecordVisibility {

    private RecordVisibility() {
    }

    /**
     * True when the reader bound as {@code :reader} may see the person aliased {@code alias}
     * (a {@code person} row in the query).
     */
    public static String visibleTo(String alias) {
        return "(not " + alias + ".restricted or exists (select 1 from record_access ra where ra.person_id = " + alias
                + ".id and ra.user_id = :reader))";
    }
}
