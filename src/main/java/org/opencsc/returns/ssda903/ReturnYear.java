package org.opencsc.returns.ssda903;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencsc.returns.CollectionYear;

/**
 * What the rules know beyond one child's data: the collection year, the published codes, and
 * last year's return (built again from the same records), by person, for the rules that compare.
 */
record ReturnYear(CollectionYear year, ColumnSchema schema, Map<Long, LookedAfterChild> lastYear) {

    static ReturnYear of(CollectionYear year, ColumnSchema schema, List<LookedAfterChild> lastYear) {
        return new ReturnYear(year, schema, lastYear.stream().collect(Collectors.toMap(LookedAfterChild::personId, Function.identity())));
    }

    LocalDate start() {
        return year.start();
    }

    LocalDate end() {
        return year.end();
    }

    /** Whether a value is one of the published codes of a column (blank is not). */
    boolean isCode(String table, String column, String value) {
        return schema.isCode(table, column, value);
    }

    /** The year's SEX code for a boy: 1 to 2023/24, M from 2024/25. */
    String male() {
        return YearCodes.male(year);
    }

    /** The year's SEX code for a girl: 2 to 2023/24, F from 2024/25. */
    String female() {
        return YearCodes.female(year);
    }

    LookedAfterChild lastYear(LookedAfterChild child) {
        return lastYear.get(child.personId());
    }
}
