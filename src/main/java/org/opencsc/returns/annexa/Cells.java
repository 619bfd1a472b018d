package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.opencsc.platform.Coded;

/** Small readings of a database row into what a cell shows. */
final class Cells {

    private Cells() {
    }

    /** A date on or before the day the list is drawn up; a later one has not happened yet on that day. */
    static LocalDate dateBy(ResultSet row, String column, LocalDate asAt) throws SQLException {
        var date = row.getObject(column, LocalDate.class);
        return date == null || date.isAfter(asAt) ? null : date;
    }

    static LocalDate upTo(LocalDate date, LocalDate asAt) {
        return date == null || date.isAfter(asAt) ? null : date;
    }

    /** "6: Police": the published code with the words staff chose it by. */
    static <E extends Enum<E> & Coded> String coded(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        return Coded.fromCode(type, code).map(value -> value.code() + ": " + value.label()).orElse(code);
    }

    static <E extends Enum<E> & Coded> String label(Class<E> type, String code) {
        return code == null ? null : Coded.fromCode(type, code).map(Coded::label).orElse(code);
    }

    static String yesNo(Boolean value) {
        return value == null ? null : value ? "Y" : "N";
    }
}
