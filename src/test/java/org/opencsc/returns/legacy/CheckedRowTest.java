package org.opencsc.returns.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values checked against the published schema: the date formats, codes converted only where the current one is certain. */
class CheckedRowTest {

    private static final LegacySchema SCHEMA = LegacySchema.published();

    private final List<ImportProblem> problems = new ArrayList<>();

    private CheckedRow header(String sex, String dob, String ethnic, String mother) {
        var fields = new LinkedHashMap<String, String>();
        fields.putAll(Map.of("CHILD", "1001", "SEX", sex, "DOB", dob, "ETHNIC", ethnic, "UPN", "A123", "MOTHER", mother, "MC_DOB", ""));
        return CheckedRow.check(new StagedRow(LegacyFile.HEADER, 2, "1001", fields), SCHEMA.columns(LegacyFile.HEADER), problems);
    }

    private List<ProblemReason> reasons() {
        return problems.stream().map(ImportProblem::reason).toList();
    }

    @Test
    void aRowAsTheSchemaHasItHasNoProblems() {
        var row = header("1", "05/03/2012", "WBRI", "");

        assertThat(row.date("DOB")).isEqualTo(LocalDate.of(2012, 3, 5));
        assertThat(row.value("SEX")).isEqualTo("1");
        assertThat(row.hasErrors()).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void anIsoDateIsConvertedAndReported() {
        var row = header("1", "2012-03-05", "WBRI", "");

        assertThat(row.date("DOB")).isEqualTo(LocalDate.of(2012, 3, 5));
        assertThat(row.hasErrors()).isFalse();
        assertThat(problems).singleElement().extracting(ImportProblem::column, ImportProblem::value, ImportProblem::reason)
                .containsExactly("DOB", "2012-03-05", ProblemReason.DATE_CONVERTED);
    }

    @Test
    void aTwoDigitYearAndADayThatDoesNotExistAreRefused() {
        assertThat(header("1", "05-03-12", "WBRI", "").hasErrors()).isTrue();
        assertThat(header("1", "30/02/2012", "WBRI", "").hasErrors()).isTrue();
        assertThat(header("1", "March 2012", "WBRI", "").hasErrors()).isTrue();

        assertThat(reasons()).containsExactly(ProblemReason.TWO_DIGIT_YEAR, ProblemReason.NOT_A_DATE, ProblemReason.NOT_A_DATE);
    }

    @Test
    void labelsTheSchemaAllowsAndSpreadsheetNumbersAreConvertedToTheirCodes() {
        var row = header("Female", "05/03/2012", "white british", "1.0");

        assertThat(row.value("SEX")).isEqualTo("2");
        assertThat(row.value("ETHNIC")).isEqualTo("WBRI");
        assertThat(row.value("MOTHER")).isEqualTo("1");
        assertThat(row.hasErrors()).isFalse();
        assertThat(reasons()).containsOnly(ProblemReason.CODE_CONVERTED).hasSize(3);
    }

    @Test
    void aCodeNotInTheCurrentListIsAnErrorAndABlankRequiredValueToo() {
        var row = header("3", "", "WHIT", "");

        assertThat(row.hasErrors()).isTrue();
        assertThat(problems).extracting(ImportProblem::column, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SEX", ProblemReason.UNKNOWN_CODE),
                org.assertj.core.groups.Tuple.tuple("DOB", ProblemReason.BLANK),
                org.assertj.core.groups.Tuple.tuple("ETHNIC", ProblemReason.UNKNOWN_CODE));
    }

    @Test
    void codesTheDfeSplitAreNotGuessed() {
        var fields = Map.of("CHILD", "1001", "DOB", "05/03/2000", "IN_TOUCH", "YES", "ACTIV", "F3", "ACCOM", "01");
        var row = CheckedRow.check(new StagedRow(LegacyFile.OC3, 2, "1001", fields), SCHEMA.columns(LegacyFile.OC3), problems);

        assertThat(row.hasErrors()).isTrue();
        assertThat(problems).extracting(ImportProblem::column, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ACTIV", ProblemReason.UNKNOWN_CODE),
                org.assertj.core.groups.Tuple.tuple("ACCOM", ProblemReason.UNKNOWN_CODE));
    }
}
