package org.opencsc.returns.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is read a line at a time: any size, broken lines costing themselves only. */
class SetReaderTest {

    @TempDir
    Path directory;

    private final ProblemLog problems = ProblemLog.kept();

    private SetReader reviews() {
        return new SetReader(LegacyFile.REVIEWS, LegacySchema.published().columns(LegacyFile.REVIEWS), problems);
    }

    @Test
    void aLargeFileIsStreamedRowByRowWithoutBeingHeld() throws Exception {
        var file = directory.resolve("reviews.csv");
        int written = 400_000;
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write("CHILD,DOB,REVIEW,REVIEW_CODE\r\n");
            for (int i = 0; i < written; i++) {
                writer.write(i + ",01/01/2010,15/04/2016,PN1\r\n");
            }
        }
        long[] seen = new long[2];

        // The consumer keeps nothing: the reader hands over one row at a time.
        var rows = reviews().read(file, (row, hasChild) -> {
            seen[0]++;
            seen[1] = row.row();
        });

        assertThat(rows).isEqualTo(written);
        assertThat(seen).containsExactly(written, written + 1);
        assertThat(problems.problems()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsTakenOffTheHeaderAndBlankLinesSkipped() throws Exception {
        var file = directory.resolve("reviews.csv");
        Files.writeString(file, "\uFEFFCHILD,DOB,REVIEW,REVIEW_CODE\r\n7,01/01/2010,15/04/2016,PN1\r\n\r\n8,01/01/2010,15/04/2016,PN1\r\n");
        var rows = new ArrayList<StagedRow>();

        reviews().read(file, (row, hasChild) -> rows.add(row));

        assertThat(problems.problems()).isEmpty();
        assertThat(rows).extracting(StagedRow::row, StagedRow::child).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "7"), org.assertj.core.groups.Tuple.tuple(4, "8"));
    }

    @Test
    void brokenAndShortLinesAreKeptWithTheirReasonAndTheFileReadOn() throws Exception {
        var file = directory.resolve("reviews.csv");
        Files.writeString(file, "CHILD,DOB,REVIEW,REVIEW_CODE\n\"7,01/01/2010,15/04/2016,PN1\n8,01/01/2010\n,01/01/2010,15/04/2016,PN1\n9,01/01/2010,15/04/2016,PN1\n");
        var rows = new ArrayList<StagedRow>();
        var attributed = new ArrayList<Boolean>();

        reviews().read(file, (row, hasChild) -> {
            rows.add(row);
            attributed.add(hasChild);
        });

        assertThat(rows).extracting(StagedRow::child, StagedRow::unreadable).containsExactly(
                org.assertj.core.groups.Tuple.tuple("7", ProblemReason.BROKEN_QUOTING),
                org.assertj.core.groups.Tuple.tuple("8", ProblemReason.WRONG_FIELD_COUNT),
                org.assertj.core.groups.Tuple.tuple(null, null),
                org.assertj.core.groups.Tuple.tuple("9", null));
        assertThat(attributed).containsExactly(true, true, false, true);
        assertThat(rows.get(0).fields()).containsEntry(StagedRow.LINE, "\"7,01/01/2010,15/04/2016,PN1");
    }

    @Test
    void aMissingColumnAndAnUnknownOneAreReportedOnceAgainstTheHeader() throws Exception {
        var file = directory.resolve("reviews.csv");
        Files.writeString(file, "CHILD,DOB,REVIEW,NOTES\n7,01/01/2010,15/04/2016,late\n");

        reviews().read(file, (row, hasChild) -> { });

        assertThat(problems.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "REVIEW_CODE", ProblemReason.MISSING_COLUMN),
                org.assertj.core.groups.Tuple.tuple(1, "NOTES", ProblemReason.UNKNOWN_COLUMN));
    }
}
