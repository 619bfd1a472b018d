package org.opencsc.returns.legacy;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.care.PastCareService.PastHealth;
import org.opencsc.care.PastCareService.PastMissing;
import org.opencsc.care.PastCareService.PastPeriod;
import org.opencsc.child.PersonForm;
import org.opencsc.permanence.AdoptionService.PastDecision;

/**
 * A 903 child as the import will record them: the person's details, their periods of care with
 * reviews, missing episodes, the health records of the collection year (null: none), the
 * decisions that they should be placed for adoption, and the
 * rows and problems behind them; {@code kept}: rows of applied files the records have no certain
 * place for. {@code refused} when any row has an error: then nothing of the child is saved.
 */
record LegacyChild(String child, PersonForm person, LocalDate dateOfBirth, List<PastPeriod> periods, List<PastMissing> missing,
                   PastHealth health, List<PastDecision> adoptionDecisions, List<CheckedRow> rows, List<CheckedRow> kept, List<ImportProblem> problems, boolean refused) {

    LegacyChild {
        periods = List.copyOf(periods);
        missing = List.copyOf(missing);
        rows = List.copyOf(rows);
        kept = List.copyOf(kept);
        adoptionDecisions = List.copyOf(adoptionDecisions);
        problems = List.copyOf(problems);
    }

    /** The rows kept in staging, as "file:row". */
    List<String> keptRows() {
        return kept.stream().map(row -> row.file().fileName() + ":" + row.number()).toList();
    }

    /** The first row of the child (their header row when they have one), to report a problem of the whole child against. */
    CheckedRow firstRow() {
        return rows.stream().filter(row -> row.file() == LegacyFile.HEADER).findFirst().orElse(rows.getFirst());
    }
}
