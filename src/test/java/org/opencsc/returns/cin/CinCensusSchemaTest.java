package org.opencsc.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.SchemaViolationException;
import org.opencsc.returns.cin.CensusChild.CpPlan;

/**
 * The file the DfE gets meets the 2025/26 schema, and that schema is the published 2024 one with
 * only its documented changes: what the writer produces, mapped back to the 2024 names, meets the
 * published schema too.
 */
class CinCensusSchemaTest {

    private static final CollectionYear YEAR = new CollectionYear(2026);

    @TempDir
    Path dir;

    @Test
    void theWrittenReturnMeetsTheCurrentSchema() throws Exception {
        var file = write(new CensusChildBuilder().build(), unborn());
        assertThatCode(() -> CinCensusSchema.check(file)).doesNotThrowAnyException();
        var xml = Files.readString(file);
        assertThat(xml).contains("<Sex>F</Sex>", "<PreProceedingsStartDate>2025-08-04</PreProceedingsStartDate>", "<FGDMOffered>true</FGDMOffered>",
                "<LEA>999</LEA>", "<ReferenceDate>2026-03-31</ReferenceDate>", "<ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>")
                .doesNotContain("GenderCurrent");
    }

    @Test
    void withTheDocumentedChangesUndoneItMeetsThePublished2024Schema() throws Exception {
        var child = new CensusChildBuilder();
        child.cpPlans.set(0, new CpPlan(1, CensusChildBuilder.day("2025-06-20"), CensusChildBuilder.day("2026-01-12"), "NEG", "EMO", 2, List.of()));
        var file = write(child.build());
        var as2024 = dir.resolve("as-2024.xml");
        Files.writeString(as2024, Files.readString(file)
                .replace("<Sex>F</Sex>", "<GenderCurrent>2</GenderCurrent>")
                .replaceAll("(?s)\\s*<PreProceedings>.*?</PreProceedings>", ""));
        assertThatCode(() -> CinCensusSchema.check(CinCensusSchema.load(CinCensusSchema.PUBLISHED_2024), as2024)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CinCensusSchema.check(CinCensusSchema.load(CinCensusSchema.PUBLISHED_2024), file))
                .as("the 2024 schema does not know Sex").isInstanceOf(SchemaViolationException.class);
    }

    @Test
    void theDfeSampleMeetsThePublishedSchemaAndWithSexTheCurrentOne() throws Exception {
        var sample = dir.resolve("sample.xml");
        try (var in = getClass().getResourceAsStream("/returns/cin-census/sample-cin-2022.xml")) {
            Files.write(sample, in.readAllBytes());
        }
        assertThatCode(() -> CinCensusSchema.check(CinCensusSchema.load(CinCensusSchema.PUBLISHED_2024), sample)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CinCensusSchema.check(sample)).isInstanceOf(SchemaViolationException.class).hasMessageContaining("GenderCurrent");
        var withSex = dir.resolve("sample-2026.xml");
        Files.writeString(withSex, Files.readString(sample, StandardCharsets.UTF_8).replace("<GenderCurrent>1</GenderCurrent>", "<Sex>M</Sex>"));
        assertThatCode(() -> CinCensusSchema.check(withSex)).doesNotThrowAnyException();
    }

    @Test
    void aFileThatBreaksTheSchemaIsRefusedWithItsLine() throws Exception {
        var child = new CensusChildBuilder();
        child.sex = "X";
        var file = write(child.build());
        assertThatThrownBy(() -> CinCensusSchema.check(file)).isInstanceOf(SchemaViolationException.class)
                .hasMessageContaining("cin-census does not meet its published schema").hasMessageContaining("line");
    }

    @Test
    void theCheckAlongsideTheWriterFindsAnErrorEarlyInTheFileAndStillLetsTheWriterFinish() throws Exception {
        var wrong = new CensusChildBuilder();
        wrong.sex = "X";
        var file = dir.resolve("alongside.xml");
        var check = new SchemaCheckAlongside(CinCensusSchema.current(), "alongside.xml");
        try (var out = new java.io.BufferedOutputStream(check.alongside(Files.newOutputStream(file)));
             var writer = new CinCensusWriter(out, YEAR, "999", LocalDateTime.of(2026, 5, 1, 9, 30))) {
            writer.write(wrong.build());
            // Far more than the pipe holds, so a check that stopped reading would stop the writer.
            var right = new CensusChildBuilder().build();
            for (int i = 0; i < 3_000; i++) {
                writer.write(right);
            }
        }
        assertThat(Files.size(file)).isGreaterThan(2_000_000);
        assertThatThrownBy(check::awaitValid).isInstanceOf(SchemaViolationException.class).hasMessageContaining("alongside.xml line 2");

        var valid = new SchemaCheckAlongside(CinCensusSchema.current(), "valid.xml");
        try (var out = valid.alongside(Files.newOutputStream(dir.resolve("valid.xml")));
             var writer = new CinCensusWriter(out, YEAR, "999", LocalDateTime.of(2026, 5, 1, 9, 30))) {
            writer.write(new CensusChildBuilder().build());
        }
        assertThatCode(valid::awaitValid).doesNotThrowAnyException();
    }

    private CensusChild unborn() {
        var child = new CensusChildBuilder();
        child.birthDate = null;
        child.expectedBirthDate = CensusChildBuilder.day("2026-05-01");
        child.upn = null;
        child.sex = "U";
        return child.build();
    }

    private Path write(CensusChild... children) throws IOException {
        var file = dir.resolve("census-" + System.nanoTime() + ".xml");
        try (var out = Files.newOutputStream(file); var writer = new CinCensusWriter(out, YEAR, "999", LocalDateTime.of(2026, 5, 1, 9, 30))) {
            for (var child : children) {
                writer.write(child);
            }
        } catch (javax.xml.stream.XMLStreamException broken) {
            throw new IOException(broken);
        }
        return file;
    }
}
