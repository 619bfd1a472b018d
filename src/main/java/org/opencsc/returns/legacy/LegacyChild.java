package org.opencsc.returns.legacy;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.care.PastCareService.PastMissing;
import org.opencsc.care.PastCareService.PastPeriod;
import org.opencsc.child.PersonForm;

/**
 * A 903 child as the import will record them: the person's details, their periods of care with
 * reviews, missing episodes, and the rows and problems behind them. {@code refused} when any
 * row has an error: then nothing of the child is saved.
 */
record LegacyChild(String child, PersonForm person, LocalDate dateOfBirth, List<PastPeriod> periods, List<PastMissing> missing,
                   List<CheckedRow> rows, List<ImportProblem> problems, boolean refused) {

    LegacyChild {
        periods = List.copyOf(periods);
        missing = List.copyOf(missing);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The first row of the child (their header row when they have one), to report a problem of the whole child against. */
    CheckedRow firstRow() {
        return rows.stream().filter(row -> row.file() == LegacyFile.HEADER).findFirst().orElse(rows.getFirst());
    }
}
