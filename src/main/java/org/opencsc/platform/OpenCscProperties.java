package org.opencsc.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings a council or a developer changes, under {@code opencsc.*}.
 *
 * @param dataDir      where the embedded PostgreSQL keeps its files between runs
 * @param demo         which demo authority to load into an empty database: small, large or none;
 *                     unset means small on the embedded database and none on an external one
 * @param councilName  shown in the header of every page
 * @param laCode       the authority's three-digit DfE local authority code
 * @param embeddedDb   settings of the embedded database
 * @param demoErrors   put documented DfE rule failures into the demo authority when it is loaded,
 *                     to show the returns' validation pages; the demo is clean without them
 */
@ConfigurationProperties("opencsc")
public record OpenCscProperties(
        @DefaultValue("./data") Path dataDir,
        String demo,
        @DefaultValue("Northwold Council") String councilName,
        @DefaultValue("999") String laCode,
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue("false") boolean demoErrors) {

    /**
     * @param port      fixed port, or 0 for any free one
     * @param ephemeral start on a fresh temporary folder and delete it on exit (tests)
     */
    public record EmbeddedDb(@DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral) {
    }
}
