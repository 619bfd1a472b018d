package org.opencsc.returns.legacy;

import java.util.Map;
import java.util.Set;

/**
 * A column of the SSDA903 schema: a date, a code from a list (with the labels the schema allows in
 * place of a code), a whole number or free text, and whether it may be blank.
 */
record LegacyColumn(String name, Kind kind, Set<String> codes, Map<String, String> codeForLabel, boolean blankAllowed) {

    enum Kind { TEXT, DATE, CODE, NUMBER }

    LegacyColumn {
        codes = Set.copyOf(codes);
        codeForLabel = Map.copyOf(codeForLabel);
    }
}
