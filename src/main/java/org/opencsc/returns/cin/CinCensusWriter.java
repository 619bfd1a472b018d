package org.opencsc.returns.cin;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.cin.CensusChild.Episode;

/**
 * Writes the CIN census XML a child at a time, straight to the file, in the order and with the
 * element names of the 2025/26 schema ({@code returns/cin-census/CIN_schema_2026.xsd}). A value the
 * schema would refuse (a mistyped UPN, a missing ethnicity) is written so the file stays valid and
 * the DfE rule that finds it is left to say what is wrong.
 */
final class CinCensusWriter implements AutoCloseable {

    static final String SOFTWARE = "OpenCSC";
    private static final Pattern UPN = Pattern.compile("[A-Za-z]\\d{12}|[A-Za-z]\\d{11}[A-Za-z]");
    private static final String NOT_OBTAINED = "NOBT";

    private final XMLStreamWriter xml;
    private int depth;

    CinCensusWriter(OutputStream out, CollectionYear year, String laCode, LocalDateTime madeAt) throws XMLStreamException {
        xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        open("Message");
        open("Header");
        open("CollectionDetails");
        element("Collection", "CIN");
        element("Year", String.valueOf(year.year()));
        element("ReferenceDate", year.end());
        end();
        open("Source");
        element("SourceLevel", "L");
        element("LEA", laCode);
        element("SoftwareCode", SOFTWARE);
        element("Release", release());
        element("SerialNo", "001");
        element("DateTime", madeAt.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        end();
        end();
        open("Children");
    }

    void write(CensusChild child) throws XMLStreamException {
        open("Child");
        open("ChildIdentifiers");
        element("LAchildID", child.laChildId());
        var upn = child.upn() != null && UPN.matcher(child.upn()).matches();
        if (upn) {
            element("UPN", child.upn());
        }
        if (child.formerUpn() != null && UPN.matcher(child.formerUpn()).matches()) {
            element("FormerUPN", child.formerUpn());
        }
        // The reason a UPN is unknown only means something without one.
        element("UPNunknown", upn ? null : child.upnUnknown());
        element("PersonBirthDate", child.birthDate());
        element("ExpectedPersonBirthDate", child.birthDate() == null ? child.expectedBirthDate() : null);
        element("Sex", ChildRules.writtenSex(child));
        element("PersonDeathDate", child.deathDate());
        end();
        open("ChildCharacteristics");
        element("Ethnicity", child.ethnicity() == null ? NOT_OBTAINED : child.ethnicity());
        if (!child.disabilities().isEmpty()) {
            open("Disabilities");
            for (var disability : child.disabilities()) {
                element("Disability", disability);
            }
            end();
        }
        end();
        for (var episode : child.episodes()) {
            write(episode);
        }
        end();
    }

    private void write(Episode episode) throws XMLStreamException {
        open("CINdetails");
        element("CINreferralDate", episode.referralDate());
        element("ReferralSource", episode.source());
        element("PrimaryNeedCode", episode.primaryNeed());
        element("CINclosureDate", episode.closureDate());
        element("ReasonForClosure", episode.closureReason());
        for (var assessment : episode.assessments()) {
            open("Assessments");
            element("AssessmentActualStartDate", assessment.startDate());
            element("AssessmentAuthorisationDate", assessment.authorisedDate());
            if (!assessment.factors().isEmpty()) {
                open("FactorsIdentifiedAtAssessment");
                for (var factor : assessment.factors()) {
                    element("AssessmentFactors", factor);
                }
                end();
            }
            end();
        }
        for (var plan : episode.cinPlans()) {
            open("CINPlanDates");
            element("CINPlanStartDate", plan.startDate());
            element("CINPlanEndDate", plan.endDate());
            end();
        }
        for (var enquiry : episode.enquiries()) {
            open("Section47");
            element("S47ActualStartDate", enquiry.startDate());
            element("InitialCPCtarget", enquiry.icpcTarget());
            element("DateOfInitialCPC", enquiry.icpcDate());
            element("ICPCnotRequired", String.valueOf(enquiry.icpcNotRequired()));
            end();
        }
        element("ReferralNFA", String.valueOf(episode.nfa()));
        for (var plan : episode.cpPlans()) {
            open("ChildProtectionPlans");
            element("CPPstartDate", plan.startDate());
            element("CPPendDate", plan.endDate());
            element("InitialCategoryOfAbuse", plan.initialCategory());
            element("LatestCategoryOfAbuse", plan.latestCategory());
            element("NumberOfPreviousCPP", String.valueOf(plan.previousPlans()));
            if (!plan.reviews().isEmpty()) {
                open("Reviews");
                for (var review : plan.reviews()) {
                    element("CPPreviewDate", review);
                }
                end();
            }
            end();
        }
        for (var pre : episode.preProceedings()) {
            open("PreProceedings");
            element("PreProceedingsStartDate", pre.startDate());
            element("PreProceedingsEndDate", pre.endDate());
            element("FGDMOffered", pre.fgdmOffered() == null ? null : pre.fgdmOffered().toString());
            element("FGDMDate", pre.fgdmDate());
            end();
        }
        end();
    }

    @Override
    public void close() throws XMLStreamException {
        while (depth > 0) {
            end();
        }
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static String release() {
        var version = CinCensusWriter.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void element(String name, LocalDate value) throws XMLStreamException {
        element(name, value == null ? null : value.toString());
    }

    /** Leaves out an element with no value: the schema's optional elements are absent, never empty. */
    private void element(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        indent();
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static final String[] INDENTS = {"\n", "\n  ", "\n    ", "\n      ", "\n        ", "\n          ", "\n            "};

    private void indent() throws XMLStreamException {
        xml.writeCharacters(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
    }
}
