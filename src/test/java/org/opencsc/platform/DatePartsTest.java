package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePartsTest {

    @Test
    void readsARealDate() {
        var problems = new FieldProblems();
        assertThat(new DateParts("29", "2", "2024").read("dob", "Date of birth", problems)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void namesTheFieldWhenTheDateIsNotReal() {
        var problems = new FieldProblems();
        assertThat(new DateParts("29", "2", "2023").read("dob", "Date of birth", problems)).isNull();
        assertThat(problems.all()).containsExactly(new FieldProblems.Problem("dob", "Date of birth must be a real date"));
    }

    @Test
    void saysWhichPartIsMissing() {
        var problems = new FieldProblems();
        new DateParts("3", "", "2015").read("dob", "Date of birth", problems);
        new DateParts("3", "4", "15").read("dob", "Date of birth", problems);
        assertThat(problems.all()).extracting(FieldProblems.Problem::message)
                .containsExactly("Date of birth must include a month", "Date of birth must include a year with 4 numbers");
    }

    @Test
    void blankIsNoDateAndNoProblem() {
        var problems = new FieldProblems();
        assertThat(DateParts.EMPTY.read("dob", "Date of birth", problems)).isNull();
        assertThat(problems.isEmpty()).isTrue();
    }
}
