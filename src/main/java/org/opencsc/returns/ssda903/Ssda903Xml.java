package org.opencsc.returns.ssda903;

import static org.opencsc.returns.ssda903.Dates.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.opencsc.returns.SchemaViolationException;
import org.xml.sax.SAXException;

/**
 * The XML form of the return (the DfE's EXPSSDA903, CLA.xsd), streamed child by child.
 *
 * <p>Checked against CLA.xsd, or from 2025/26 the local CLA_2026.xsd (see {@link #check}).
 *
 * <p>The schema insists on a sex, date of birth, ethnicity and category of need for every child
 * and episode. Where the records hold none, the file carries a placeholder the DfE rules reject
 * ("U", 00/00/0000, NOBT, N0), so that the file stays well-formed and the missing value is
 * reported against the child by the rules (101, 102, 103, 145) rather than stopping the export.
 */
final class Ssda903Xml implements AutoCloseable {

    static final String FILE_NAME = "ssda903.xml";

    private final XMLStreamWriter xml;

    private Ssda903Xml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static Ssda903Xml start(OutputStream out) throws XMLStreamException {
        var writer = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeStartElement("EXPSSDA903");
        return new Ssda903Xml(writer);
    }

    void write(LookedAfterChild child) throws XMLStreamException {
        xml.writeStartElement("CHILD");
        xml.writeStartElement("HEADER");
        element("CHILDID", child.child());
        element("UPN", child.upn() == null ? "" : child.upn());
        element("SEX", child.sex() == null ? "U" : child.sex());
        element("DOB", child.dateOfBirth() == null ? "00/00/0000" : format(child.dateOfBirth()));
        element("ETHNIC", child.ethnicity() == null || child.ethnicity().length() != 4 ? "NOBT" : child.ethnicity());
        element("UASC", child.uasc() ? "1" : "0");
        optional("DUC", format(child.uascCeased()));
        var adoption = child.ad1();
        if (adoption != null) {
            optional("DATE_INT", format(adoption.decisionDate()));
            optional("DATE_MATCH", format(adoption.matchDate()));
            optional("FOSTER_CARE", adoption.fosterCarers());
            optional("NB_ADOPTR", adoption.adopters() == null ? null : adoption.adopters().toString());
            optional("SEX_ADOPTR", adoption.adoptersSex());
            optional("LS_ADOPTR", adoption.adoptersLegalStatus());
        }
        var leaver = child.oc3();
        if (leaver != null) {
            optional("IN_TOUCH", leaver.inTouch());
            optional("ACTIV", leaver.activity());
            optional("ACCOM", leaver.accommodation());
        }
        for (var missing : child.missing()) {
            xml.writeStartElement("AMISSING");
            element("MISSING", missing.kind());
            element("MIS_START", format(missing.start()));
            optional("MIS_END", format(missing.end()));
            xml.writeEndElement();
        }
        for (var review : child.reviews()) {
            xml.writeStartElement("AREVIEW");
            element("REVIEW", format(review.date()));
            element("REVIEW_CODE", review.participation());
            xml.writeEndElement();
        }
        optional("MOTHER", child.mother());
        optional("MC_DOB", format(child.motherChildDateOfBirth()));
        var permanence = child.previousPermanence();
        if (permanence != null) {
            xml.writeStartElement("PERMANENCE");
            optional("PREV_PERM", permanence.code());
            optional("LA_PERM", permanence.authority());
            optional("DATE_PERM", format(permanence.date()));
            xml.writeEndElement();
        }
        var health = child.oc2();
        if (health != null) {
            xml.writeStartElement("OC2");
            optional("SDQ_SCORE", health.sdqScore() == null ? null : health.sdqScore().toString());
            optional("SDQ_REASON", health.sdqReason());
            optional("CONVICTED", health.convicted());
            optional("HEALTH_CHECK", health.healthCheck());
            optional("IMMUNISATIONS", health.immunisations());
            optional("TEETH_CHECK", health.teethCheck());
            optional("HEALTH_ASSESSMENT", health.healthAssessment());
            optional("SUBSTANCE_MISUSE", health.substanceMisuse());
            optional("INTERVENTION_RECEIVED", health.interventionReceived());
            optional("INTERVENTION_OFFERED", health.interventionOffered());
            xml.writeEndElement();
        }
        for (var placed : child.placedForAdoption()) {
            xml.writeStartElement("AD_PLACED");
            element("DATE_PLACED", format(placed.decisionDate()));
            optional("DATE_PLACED_CEASED", format(placed.ceasedDate()));
            optional("REASON_PLACED_CEASED", placed.ceasedReason());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        for (var episode : child.episodes()) {
            xml.writeStartElement("EPISODE");
            element("DECOM", format(episode.start()));
            element("RNE", episode.reasonNew());
            element("LS", episode.legalStatus());
            element("CIN", episode.cin() == null ? "N0" : episode.cin());
            element("PL", episode.place());
            optional("PL_POST", episode.placementPostcode());
            optional("HOME_POST", episode.homePostcode());
            optional("URN", episode.urn());
            optional("PLACE_PROVIDER", episode.provider());
            element("DEC", format(episode.end()));
            element("REC", episode.reasonEnded() == null ? "" : episode.reasonEnded());
            optional("REASON_PLACE_CHANGE", episode.reasonPlaceChange());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void element(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void optional(String name, String value) throws XMLStreamException {
        if (value != null && !value.isEmpty()) {
            element(name, value);
        }
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    /**
     * Checks a written file against the year's schema, as the DfE's collection system would: CLA.xsd as published to
     * 2024/25; from 2025/26 CLA_2026.xsd, the same with PL allowed 3 characters for Z11 to Z14 (see the comment at its top).
     */
    static void check(Path file, org.opencsc.returns.CollectionYear year) {
        try {
            schema(year.year() >= YearCodes.PLACEMENTS_2026 ? "/returns/ssda903/CLA_2026.xsd" : "/returns/ssda903/CLA.xsd").newValidator().validate(new StreamSource(file.toFile()));
        } catch (SAXException invalid) {
            throw new SchemaViolationException("ssda903", invalid.getMessage(), invalid);
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static Schema schema(String resource) throws SAXException {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(Ssda903Xml.class.getResource(resource));
    }
}
