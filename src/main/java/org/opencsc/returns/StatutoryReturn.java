package org.opencsc.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One of the returns an authority sends (the CIN census, the SSDA903, Ofsted's Annex A, the
 * DfE's daily API payload), built from the records for a collection year. The command line
 * ({@code export NAME}) and the performance team's page both go through this.
 */
public interface StatutoryReturn {

    /** The name typed on the command line: cin-census, ssda903, annex-a, dfe-api. */
    String name();

    /** The name staff know it by. */
    String title();

    /**
     * Writes the return's files for the year into {@code directory} (which exists), checking each
     * against its published schema where there is one, and answers the files written.
     *
     * @throws SchemaViolationException when what was built does not meet the published schema
     */
    List<Path> export(CollectionYear year, Path directory, ExportProgress progress) throws IOException;

    /** The DfE validation rules that fail for the year, errors first; empty when none do. */
    List<RuleFailure> validate(CollectionYear year, ExportProgress progress);
}
