package org.opencsc.returns.ssda903;

import static org.opencsc.returns.ssda903.Dates.format;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The SSDA903 CSV files, each with the file name the DfE's tools expect, the name the published
 * column schema gives its table, its columns in the published order, and a child's rows in it.
 */
enum Ssda903File {
    HEADER("header.csv", "Header", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
            c -> Stream.of(row(c.child(), c.sex(), format(c.dateOfBirth()), c.ethnicity(), c.upn(), c.mother(), format(c.motherChildDateOfBirth())))),
    EPISODES("episodes.csv", "Episodes", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
            c -> c.episodes().stream().map(e -> row(c.child(), format(e.start()), e.reasonNew(), e.legalStatus(), e.cin(), e.place(), e.provider(),
                    format(e.end()), e.reasonEnded(), e.reasonPlaceChange(), e.homePostcode(), e.placementPostcode(), e.urn()))),
    REVIEWS("reviews.csv", "Reviews", List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
            c -> c.reviews().stream().map(r -> row(c.child(), format(c.dateOfBirth()), format(r.date()), r.participation()))),
    UASC("uasc.csv", "UASC", List.of("CHILD", "DOB", "SEX", "DUC"),
            c -> c.uasc() ? Stream.of(row(c.child(), format(c.dateOfBirth()), c.sex(), format(c.uascCeased()))) : Stream.empty()),
    OC2("oc2.csv", "OC2", List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
            c -> c.oc2() == null ? Stream.empty() : Stream.of(row(c.child(), format(c.dateOfBirth()),
                    c.oc2().sdqScore() == null ? null : c.oc2().sdqScore().toString(), c.oc2().sdqReason(), c.oc2().convicted(), c.oc2().healthCheck(),
                    c.oc2().immunisations(), c.oc2().teethCheck(), c.oc2().healthAssessment(), c.oc2().substanceMisuse(),
                    c.oc2().interventionReceived(), c.oc2().interventionOffered()))),
    OC3("oc3.csv", "OC3", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
            c -> c.oc3() == null ? Stream.empty()
                    : Stream.of(row(c.child(), format(c.dateOfBirth()), c.oc3().inTouch(), c.oc3().activity(), c.oc3().accommodation()))),
    AD1("ad1.csv", "AD1", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
            c -> c.ad1() == null ? Stream.empty() : Stream.of(row(c.child(), format(c.dateOfBirth()), format(c.ad1().decisionDate()),
                    format(c.ad1().matchDate()), c.ad1().fosterCarers(), c.ad1().adopters() == null ? null : c.ad1().adopters().toString(),
                    c.ad1().adoptersSex(), c.ad1().adoptersLegalStatus()))),
    PLACED_FOR_ADOPTION("placed_for_adoption.csv", "PlacedAdoption", List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
            c -> c.placedForAdoption().stream().map(p -> row(c.child(), format(c.dateOfBirth()), format(p.decisionDate()), format(p.ceasedDate()),
                    p.ceasedReason()))),
    PREVIOUS_PERMANENCE("previous_permanence.csv", "PrevPerm", List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
            c -> c.previousPermanence() == null ? Stream.empty() : Stream.of(row(c.child(), format(c.dateOfBirth()), c.previousPermanence().code(),
                    c.previousPermanence().authority(), format(c.previousPermanence().date())))),
    MISSING("missing.csv", "Missing", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
            c -> c.missing().stream().map(m -> row(c.child(), format(c.dateOfBirth()), m.kind(), format(m.start()), format(m.end())))),
    SOCIAL_WORKERS("sw_episodes.csv", "SocialWorker", List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
            c -> c.socialWorkers().stream().map(s -> row(c.child(), format(c.dateOfBirth()), s.worker(), format(s.start()), format(s.end()), s.reason())));

    private final String fileName;
    private final String table;
    private final List<String> columns;
    private final Function<LookedAfterChild, Stream<List<String>>> rows;

    Ssda903File(String fileName, String table, List<String> columns, Function<LookedAfterChild, Stream<List<String>>> rows) {
        this.fileName = fileName;
        this.table = table;
        this.columns = columns;
        this.rows = rows;
    }

    String fileName() {
        return fileName;
    }

    /** The table's name in the published column schema. */
    String table() {
        return table;
    }

    List<String> columns() {
        return columns;
    }

    /** The child's rows in this file, blanks as empty strings. */
    Stream<List<String>> rows(LookedAfterChild child) {
        return rows.apply(child);
    }

    private static List<String> row(String... values) {
        return Stream.of(values).map(v -> v == null ? "" : v).toList();
    }
}
