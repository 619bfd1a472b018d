package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.child.Sex;
import org.opencsc.platform.Coded;

/**
 * What every list says about the child: the authority's child id, gender, ethnicity code, date of
 * birth, age in whole years on the day the list is drawn up, whether they have a disability, and
 * the team and worker they were allocated to that day.
 */
record ChildColumns(long personId, String childId, String gender, String ethnicity, LocalDate dateOfBirth, Integer age, boolean disabled,
                    String team, String worker) {

    /** Reads the columns {@link AnnexARepository#CHILD} selects. */
    static ChildColumns of(ResultSet row) throws SQLException {
        var age = row.getObject("age", Integer.class);
        return new ChildColumns(row.getLong("person_id"), row.getString("child_id"),
                Coded.fromCode(Sex.class, row.getString("sex")).map(Sex::label).orElse(null), row.getString("ethnicity"),
                row.getObject("date_of_birth", LocalDate.class), age, row.getBoolean("disabled"), row.getString("team"), row.getString("worker"));
    }

    /** Child Unique ID, Gender, Ethnicity, Date of Birth and Age, with the disability answer when the list asks it. */
    List<Object> leading(boolean withDisability) {
        var cells = new ArrayList<Object>();
        cells.add(childId);
        cells.add(gender);
        cells.add(ethnicity);
        cells.add(dateOfBirth);
        cells.add(age);
        if (withDisability) {
            cells.add(disabled);
        }
        return cells;
    }
}
