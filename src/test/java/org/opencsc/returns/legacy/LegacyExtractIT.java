package org.opencsc.returns.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole legacy extract (about 2,700 children, dirty as such extracts are) imported on the real database. */
@IntegrationTest
class LegacyExtractIT {

    static final Path EXTRACT = Path.of("/work/shared/data/legacy-903-extract");

    @Autowired
    LegacyImport legacyImport;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRowIsStagedAndEveryProblemReported() throws Exception {
        var report = legacyImport.run(EXTRACT, "legacy-903-extract");
        report.print(System.out);
        var csv = new StringWriter();
        report.writeCsv(csv);
        System.out.println(csv.toString().lines().limit(60).toList());
        var second = legacyImport.run(EXTRACT, "legacy-903-extract");
        second.print(System.out);
        assertThat(report.imported()).isPositive();
    }
}
