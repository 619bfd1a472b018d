package org.opencsc.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.returns.SchemaViolationException;

/** The files' shape against the published schemas, without a database. */
class Ssda903FilesTest {

    private static final ColumnSchema SCHEMA = ColumnSchema.published();
    private static final org.opencsc.returns.CollectionYear YEAR = new org.opencsc.returns.CollectionYear(2026);

    @TempDir
    Path dir;

    @Test
    void everyCsvHasThePublishedColumnsInThePublishedOrder() {
        for (var file : Ssda903File.values()) {
            assertThat(file.columns()).as(file.fileName()).isEqualTo(SCHEMA.columnNames(file.table()));
        }
    }

    @Test
    void aChildsRowsHaveAValueForEveryColumnAndDatesAsTheDfeWritesThem() {
        var child = AChild.lookedAfter().review("2025-06-27", "PN1").missing("A", "2025-07-01", null).build();
        for (var file : Ssda903File.values()) {
            file.rows(child).forEach(row -> assertThat(SCHEMA.problem(file.table(), row)).as(file.fileName()).isNull());
        }
        assertThat(Ssda903File.EPISODES.rows(child).toList())
                .containsExactly(List.of("C1", "02/06/2025", "S", "V2", "N1", "U6", "PR1", "", "", "", "NW1 4AB", "NW2 1AA", ""));
        assertThat(Ssda903File.MISSING.rows(child).toList()).containsExactly(List.of("C1", "14/05/2012", "A", "01/07/2025", ""));
    }

    @Test
    void sexIsWrittenAsTheYearsCodeInTheHeaderUascAndXml() throws Exception {
        var child = AChild.lookedAfter().unaccompanied().build();
        assertThat(Ssda903File.HEADER.rows(child).toList().getFirst().get(1)).isEqualTo("F");
        assertThat(Ssda903File.UASC.rows(child).toList()).containsExactly(List.of("C1", "14/05/2012", "F", "14/05/2030"));
        var file = dir.resolve("ssda903.xml");
        try (var out = Files.newOutputStream(file); var xml = Ssda903Xml.start(out)) {
            xml.write(child);
        }
        Ssda903Xml.check(file, YEAR);
        assertThat(Files.readString(file)).contains("<SEX>F</SEX>");
    }

    @Test
    void aDateThatIsNotDdMmYyyyOrAMissingColumnIsAProblemOfTheFile() {
        assertThat(SCHEMA.problem("Reviews", List.of("C1", "14/05/2012", "2025-06-27", "PN1"))).contains("REVIEW").contains("dd/mm/yyyy");
        assertThat(SCHEMA.problem("Reviews", List.of("C1", "14/05/2012", "31/02/2025", "PN1"))).contains("REVIEW");
        assertThat(SCHEMA.problem("Reviews", List.of("C1", "14/05/2012", "27/06/2025"))).contains("3 values for 4 columns");
        assertThat(SCHEMA.problem("Reviews", List.of("C1", "14/05/2012", "27/06/2025", "PN9"))).as("codes are for the rules").isNull();
        assertThat(SCHEMA.codes("Episodes", "RNE")).containsExactly("S", "L", "P", "T", "B", "U");
    }

    @Test
    void theXmlOfAChildMeetsClaXsdEvenWithTheValuesItInsistsOnMissing() throws Exception {
        var file = dir.resolve("ssda903.xml");
        try (var out = Files.newOutputStream(file); var xml = Ssda903Xml.start(out)) {
            xml.write(AChild.lookedAfter().review("2025-06-27", "PN1").missing("M", "2025-07-01", "2025-07-02").build());
            xml.write(AChild.lookedAfter().sex(null).bornOn(null).ethnicity(null).build());
        }
        Ssda903Xml.check(file, YEAR);
        assertThat(Files.readString(file)).contains("<AREVIEW><REVIEW>27/06/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>")
                .contains("<SEX>U</SEX><DOB>00/00/0000</DOB><ETHNIC>NOBT</ETHNIC>");
    }

    @Test
    void aPlacementOfThreeCharactersMeetsTheSchemaFrom2025To26OnlyAsZ11ToZ14CameInThen() throws Exception {
        var file = dir.resolve("ssda903.xml");
        try (var out = Files.newOutputStream(file); var xml = Ssda903Xml.start(out)) {
            xml.write(AChild.lookedAfter().episodes(AChild.episode("2025-06-02", "S", "V2", "Z11", null, null)).build());
        }
        Ssda903Xml.check(file, YEAR);
        assertThat(Files.readString(file)).contains("<PL>Z11</PL>");
        assertThatThrownBy(() -> Ssda903Xml.check(file, YEAR.previous())).isInstanceOf(SchemaViolationException.class);
    }

    @Test
    void anXmlFileTheSchemaRejectsStopsTheExport() throws Exception {
        var file = dir.resolve("bad.xml");
        Files.writeString(file, "<EXPSSDA903><CHILD><HEADER><CHILDID>12345678901</CHILDID></HEADER></CHILD></EXPSSDA903>");
        assertThatThrownBy(() -> Ssda903Xml.check(file, YEAR)).isInstanceOf(SchemaViolationException.class).hasMessageContaining("ssda903");
    }
}
