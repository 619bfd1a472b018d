package org.opencsc.returns.cin;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.opencsc.returns.SchemaViolationException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The schema the census file must meet: the DfE's published 2024 schema with the 2024/25 and
 * 2025/26 changes (see the comment at the top of {@code CIN_schema_2026.xsd}). The check reads
 * the file as a stream, so it costs no memory however many children it holds.
 */
final class CinCensusSchema {

    static final String CURRENT = "/returns/cin-census/CIN_schema_2026.xsd";
    static final String PUBLISHED_2024 = "/returns/cin-census/CIN_schema_2024.xsd";

    private static final Schema SCHEMA = load(CURRENT);

    private CinCensusSchema() {
    }

    static Schema load(String resource) {
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(CinCensusSchema.class.getResource(resource));
        } catch (SAXException unreadable) {
            throw new IllegalStateException("The CIN census schema " + resource + " cannot be read", unreadable);
        }
    }

    static Schema current() {
        return SCHEMA;
    }

    /** @throws SchemaViolationException naming the first line that breaks the schema */
    static void check(Path file) throws IOException {
        check(SCHEMA, file);
    }

    static void check(Schema schema, Path file) throws IOException {
        try {
            schema.newValidator().validate(new StreamSource(file.toFile()));
        } catch (SAXParseException invalid) {
            throw new SchemaViolationException("cin-census", file.getFileName() + " line " + invalid.getLineNumber() + ": " + invalid.getMessage(),
                    invalid);
        } catch (SAXException invalid) {
            throw new SchemaViolationException("cin-census", invalid.getMessage(), invalid);
        }
    }
}
