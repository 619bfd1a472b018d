package org.opencsc.returns.legacy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencsc.care.CareHistory;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.MissingKind;
import org.opencsc.care.PastCareService;
import org.opencsc.care.HealthAssessmentKind;
import org.opencsc.care.PastCareService.PastHealth;
import org.opencsc.care.PastCareService.PastMissing;
import org.opencsc.care.PastCareService.PastPeriod;
import org.opencsc.care.PastCareService.PastReview;
import org.opencsc.care.Placement;
import org.opencsc.care.ReviewParticipation;
import org.opencsc.care.SdqReason;
import org.opencsc.child.PersonForm;
import org.opencsc.permanence.AdoptionService.PastDecision;
import org.opencsc.permanence.NoLongerPlacedReason;
import org.opencsc.child.Upn;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.Coded;
import org.opencsc.platform.DateParts;

/**
 * Builds one 903 child from their staged rows: the person from header.csv (and UASC), periods of
 * care from the episodes, reviews within them, and missing episodes. Episodes become the records
 * they are derived from: a legal status from each day it changes, a placement from each day the
 * placement or carer changes (the RNE says whether the carer changed; carers are not named in the
 * 903, so each is numbered), and a period from a start to an ending other than X1. The records are
 * then checked as the care module checks them, and the episodes they give compared with those sent.
 */
final class ChildBuilder {

    static final String NOT_RECORDED = "Not recorded in the SSDA903 set";
    /** Files with one row per child. */
    private static final Set<LegacyFile> ONE_ROW = EnumSet.of(LegacyFile.HEADER, LegacyFile.UASC, LegacyFile.OC2, LegacyFile.OC3, LegacyFile.AD1,
            LegacyFile.PREVIOUS_PERMANENCE);
    private static final Set<String> CARER_CHANGES = Set.of("P", "T");
    private static final Set<String> PLACEMENT_CHANGES = Set.of("P", "T", "B", "U");

    private final LegacySchema schema;
    private final PastCareService pastCare;
    /** The 31 March that ends the set's collection year (null: the set has no episode to tell it by). */
    private final LocalDate yearEnd;

    ChildBuilder(LegacySchema schema, PastCareService pastCare, LocalDate yearEnd) {
        this.schema = schema;
        this.pastCare = pastCare;
        this.yearEnd = yearEnd;
    }

    LegacyChild build(String child, List<StagedRow> staged) {
        var problems = new ArrayList<ImportProblem>();
        var rows = staged.stream().map(row -> CheckedRow.check(row, schema.columns(row.file()), problems)).toList();
        var byFile = new EnumMap<LegacyFile, List<CheckedRow>>(LegacyFile.class);
        rows.forEach(row -> byFile.computeIfAbsent(row.file(), f -> new ArrayList<>()).add(row));
        byFile.forEach((file, list) -> {
            if (ONE_ROW.contains(file)) {
                list.stream().skip(1).forEach(row -> row.problem("CHILD", child, ProblemReason.DUPLICATE_CHILD));
            }
        });
        var header = byFile.getOrDefault(LegacyFile.HEADER, List.of()).stream().findFirst().orElse(null);
        if (header == null) {
            rows.getFirst().problem("CHILD", child, ProblemReason.NOT_IN_HEADER);
            return new LegacyChild(child, null, null, List.of(), List.of(), null, List.of(), rows, List.of(), problems, true);
        }
        var born = header.date("DOB");
        for (var row : rows) {
            if (row.file() != LegacyFile.HEADER && row.date("DOB") != null && born != null && !row.date("DOB").equals(born)) {
                row.problem("DOB", row.staged().fields().get("DOB"), ProblemReason.DATE_OF_BIRTH_DIFFERS);
            }
        }
        var uasc = !byFile.getOrDefault(LegacyFile.UASC, List.of()).isEmpty();
        var person = person(child, header, uasc);
        var episodes = byFile.getOrDefault(LegacyFile.EPISODES, List.of());
        List<PastPeriod> periods = List.of();
        if (episodes.isEmpty()) {
            header.problem("CHILD", child, ProblemReason.NO_EPISODES);
        } else if (episodes.stream().noneMatch(CheckedRow::hasErrors)) {
            periods = periods(episodes, byFile.getOrDefault(LegacyFile.REVIEWS, List.of()), born);
        }
        var missing = missing(byFile.getOrDefault(LegacyFile.MISSING, List.of()));
        var refused = rows.stream().anyMatch(CheckedRow::hasErrors);
        var kept = new ArrayList<CheckedRow>();
        PastHealth health = null;
        var adoptionDecisions = new ArrayList<PastDecision>();
        if (!refused) {
            // DATE_PLACED is the day of the decision that the child should be placed for adoption (not of a move to adopters).
            byFile.getOrDefault(LegacyFile.PLACED_FOR_ADOPTION, List.of()).forEach(row -> adoptionDecisions.add(new PastDecision(row.date("DATE_PLACED"),
                    row.date("DATE_PLACED_CEASED"), Coded.fromCode(NoLongerPlacedReason.class, row.value("REASON_PLACED_CEASED")).orElse(null))));
            // A refused child's OC2 and previous permanence are not looked at: nothing of theirs is recorded.
            // The records derive the day UASC status ceased from the date of birth (the 18th birthday); another day has no place.
            byFile.getOrDefault(LegacyFile.UASC, List.of()).stream()
                    .filter(row -> row.date("DUC") != null && born != null && !row.date("DUC").equals(born.plusYears(18)))
                    .forEach(row -> row.problem("DUC", row.staged().fields().get("DUC"), ProblemReason.VALUE_KEPT));
            var oc2 = byFile.getOrDefault(LegacyFile.OC2, List.of());
            health = oc2.isEmpty() ? null : health(oc2.getFirst(), periods, born, kept);
            byFile.getOrDefault(LegacyFile.PREVIOUS_PERMANENCE, List.of()).forEach(row -> {
                // Z1 (none) is what the records give a child with no order recorded before their care; an order is kept (see the docs).
                if (!"Z1".equals(row.value("PREV_PERM"))) {
                    row.problem("PREV_PERM", row.value("PREV_PERM"), ProblemReason.PREVIOUS_PERMANENCE_KEPT);
                    kept.add(row);
                }
            });
        }
        if (!refused) {
            var left = pastCare.check(born, periods, missing, health);
            var against = episodes.isEmpty() ? header : episodes.getFirst();
            for (var problem : left.all()) {
                against.problem(null, problem.message(), ProblemReason.CARE_HISTORY_REFUSED);
                refused = true;
            }
        }
        return new LegacyChild(child, person, born, periods, missing, health, adoptionDecisions, rows, kept, problems, refused);
    }

    /**
     * The health records an OC2 row gives, dated the 31 March that ends the collection year (OC2
     * says what happened in the year, not when): for a child looked after on every day of the year,
     * the children OC2 is for; otherwise the row is kept. An SDQ score or reason, immunisations up
     * to date or not, a dental check, a review health assessment (the child had been in care a
     * year, so the initial one was before). A value the records cannot hold, or that contradicts
     * what they hold, is reported and kept in the staged row; a 0 the records give by having no
     * record is taken as read.
     */
    private PastHealth health(CheckedRow oc2, List<PastPeriod> periods, LocalDate born, List<CheckedRow> kept) {
        var yearStart = yearEnd == null ? null : yearEnd.minusYears(1).plusDays(1);
        var allYear = yearEnd != null && periods.stream().map(PastPeriod::history)
                .anyMatch(h -> !h.periodStart().isAfter(yearStart) && (h.periodEnd() == null || h.periodEnd().isAfter(yearEnd)));
        if (!allYear) {
            oc2.problem(null, yearEnd == null ? null : "31/03/" + yearEnd.getYear(), ProblemReason.NOT_LOOKED_AFTER_ALL_YEAR);
            kept.add(oc2);
            return null;
        }
        var typed = oc2.value("SDQ_SCORE");
        Integer score = typed == null ? null : typed.length() > 2 ? Integer.MAX_VALUE : Integer.valueOf(typed);
        var reason = Coded.fromCode(SdqReason.class, oc2.value("SDQ_REASON")).orElse(null);
        if (score != null && (score > 40 || reason != null)) {
            oc2.problem("SDQ_SCORE", typed, ProblemReason.VALUE_KEPT);
            score = null;
        }
        if (reason != null && typed != null) {
            oc2.problem("SDQ_REASON", reason.code(), ProblemReason.VALUE_KEPT);
            reason = null;
        }
        var assessed = "1".equals(oc2.value("HEALTH_ASSESSMENT"));
        var underFive = born != null && Period.between(born, yearEnd).getYears() < 5;
        var check = oc2.value("HEALTH_CHECK");
        // The export derives the under-5s' health check from the health assessment; there is no record of its own.
        if (check != null && (underFive ? !check.equals(assessed ? "1" : "0") : check.equals("1"))) {
            oc2.problem("HEALTH_CHECK", check, ProblemReason.VALUE_KEPT);
        }
        // Whether a substance misuse problem was identified, and interventions, have no record of their own (a referral to the
        // substance misuse service is not the same fact), nor has a conviction: kept when they say something happened.
        for (var column : List.of("CONVICTED", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")) {
            if ("1".equals(oc2.value(column))) {
                oc2.problem(column, "1", ProblemReason.VALUE_KEPT);
            }
        }
        var immunised = oc2.value("IMMUNISATIONS") == null ? null : oc2.value("IMMUNISATIONS").equals("1");
        return new PastHealth(yearEnd, score, reason, immunised, "1".equals(oc2.value("TEETH_CHECK")),
                assessed ? HealthAssessmentKind.REVIEW : null, NOT_RECORDED, NOT_RECORDED);
    }

    private static PersonForm person(String child, CheckedRow header, boolean uasc) {
        var sex = header.value("SEX");
        var upn = header.value("UPN");
        String unknownReason = null;
        if (upn != null && Coded.fromCode(org.opencsc.child.UpnUnknownReason.class, upn.toUpperCase(java.util.Locale.ROOT)).isPresent()) {
            unknownReason = upn.toUpperCase(java.util.Locale.ROOT);
            upn = null;
        } else if (upn != null && !Upn.isValid(upn)) {
            header.problem("UPN", upn, ProblemReason.UPN_CHECK_LETTER);
            upn = null;
        }
        return new PersonForm("CHILD", child, "Not known", null, "(SSDA903 child " + child + ")", DateParts.of(header.date("DOB")), DateParts.EMPTY,
                "1".equals(sex) ? "M" : "2".equals(sex) ? "F" : "U", null, header.value("ETHNIC"), upn, null, unknownReason, null, null, null, null,
                uasc, List.of(), null);
    }

    /** The periods of care the episodes describe, each with the reviews held in it. */
    private List<PastPeriod> periods(List<CheckedRow> unsorted, List<CheckedRow> reviews, LocalDate born) {
        var episodes = unsorted.stream().sorted(Comparator.comparing((CheckedRow row) -> row.date("DECOM")).thenComparing(CheckedRow::number)).toList();
        var groups = new ArrayList<List<CheckedRow>>();
        var current = new ArrayList<CheckedRow>();
        for (int i = 0; i < episodes.size(); i++) {
            var episode = episodes.get(i);
            var next = i + 1 < episodes.size() ? episodes.get(i + 1) : null;
            var end = episode.date("DEC");
            var reason = episode.value("REC");
            current.add(episode);
            if (end == null) {
                if (reason != null) {
                    episode.problem("REC", reason, ProblemReason.REASON_CEASED_ON_OPEN_EPISODE);
                }
                if (next != null) {
                    next.problem("DECOM", next.staged().fields().get("DECOM"), ProblemReason.OPEN_EPISODE_NOT_LAST);
                }
                break;
            }
            if (!end.isAfter(episode.date("DECOM"))) {
                episode.problem("DEC", episode.staged().fields().get("DEC"), ProblemReason.EPISODES_OVERLAP);
            }
            if (reason == null) {
                episode.problem("REC", null, ProblemReason.NO_REASON_CEASED);
            } else if (reason.equals("X1")) {
                if (next == null || !next.date("DECOM").equals(end)) {
                    (next == null ? episode : next).problem("DECOM", next == null ? null : next.staged().fields().get("DECOM"), ProblemReason.EPISODES_OVERLAP);
                }
            } else {
                if (next != null && !next.date("DECOM").isAfter(end)) {
                    next.problem("DECOM", next.staged().fields().get("DECOM"), ProblemReason.EPISODES_OVERLAP);
                }
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        if (episodes.stream().anyMatch(CheckedRow::hasErrors)) {
            return List.of();
        }
        var histories = new ArrayList<CareHistory>();
        var held = new ArrayList<List<PastReview>>();
        var needs = new ArrayList<String>();
        for (var group : groups) {
            needs.add(categoryOfNeed(group));
            var history = history(group);
            compareEpisodes(history, group, histories.isEmpty());
            histories.add(history);
            held.add(new ArrayList<>());
        }
        for (var review : reviews) {
            var date = review.date("REVIEW");
            var participation = Coded.fromCode(ReviewParticipation.class, review.value("REVIEW_CODE")).orElse(null);
            if (date == null || participation == null) {
                continue;
            }
            int within = -1;
            for (int i = 0; i < histories.size() && within < 0; i++) {
                var history = histories.get(i);
                if (!date.isBefore(history.periodStart()) && (history.periodEnd() == null || !date.isAfter(history.periodEnd()))) {
                    within = i;
                }
            }
            if (within < 0) {
                review.problem("REVIEW", review.staged().fields().get("REVIEW"), ProblemReason.REVIEW_OUTSIDE_CARE);
            } else if (born != null && (Period.between(born, date).getYears() < 4) != (participation == ReviewParticipation.PN0)) {
                review.problem("REVIEW_CODE", participation.code(), ProblemReason.REVIEW_PARTICIPATION_AGE);
            } else {
                held.get(within).add(new PastReview(date, participation, NOT_RECORDED, NOT_RECORDED));
            }
        }
        var periods = new ArrayList<PastPeriod>();
        for (int i = 0; i < histories.size(); i++) {
            periods.add(new PastPeriod(histories.get(i), held.get(i), needs.get(i)));
        }
        return periods;
    }

    /**
     * The category of need of a period: that of its first episode. The records hold one for the
     * period (as a period begun here takes the need of the referral it came from), so an episode
     * that gives another is reported and the period keeps the first.
     */
    private static String categoryOfNeed(List<CheckedRow> episodes) {
        var need = episodes.getFirst().value("CIN");
        episodes.stream().skip(1).filter(episode -> !Objects.equals(episode.value("CIN"), need))
                .forEach(episode -> episode.problem("CIN", episode.value("CIN") + " (recorded as " + need + ")", ProblemReason.NEED_CHANGES_IN_PERIOD));
        return need;
    }

    /**
     * The legal statuses and placements of one period's episodes. A placement changes when the
     * RNE says so or its codes, postcode or URN change; its carer changes when the RNE says the
     * carer changed (P or T), or the placement changed on an episode that claimed no change.
     */
    private static CareHistory history(List<CheckedRow> episodes) {
        var statuses = new ArrayList<LegalStatusChange>();
        var placements = new ArrayList<Placement>();
        int carers = 1;
        Placement open = null;
        CheckedRow before = null;
        for (var episode : episodes) {
            var start = episode.date("DECOM");
            var status = episode.value("LS");
            if (statuses.isEmpty() || !statuses.getLast().code().equals(status)) {
                statuses.add(new LegalStatusChange(start, status));
            }
            var rne = episode.value("RNE");
            var postcode = postcode(episode);
            var urn = urn(episode);
            var differs = open == null || !open.place().equals(episode.value("PLACE")) || !Objects.equals(open.provider(), episode.value("PLACE_PROVIDER"))
                    || !Objects.equals(open.postcode(), postcode) || !Objects.equals(open.urn(), urn);
            if (open == null || PLACEMENT_CHANGES.contains(rne) || differs) {
                if (open != null) {
                    if (CARER_CHANGES.contains(rne) || !PLACEMENT_CHANGES.contains(rne)) {
                        carers++;
                    }
                    placements.removeLast();
                    placements.add(ended(open, start, before.value("REASON_PLACE_CHANGE")));
                }
                open = new Placement(0, start, null, episode.value("PLACE"), episode.value("PLACE_PROVIDER"), "Carer " + carers + " (" + NOT_RECORDED + ")",
                        postcode, urn, null, false, null, null, null);
                placements.add(open);
            }
            before = episode;
        }
        var last = episodes.getLast();
        var end = last.date("DEC");
        if (end != null) {
            placements.add(ended(placements.removeLast(), end, null));
        }
        return new CareHistory(episodes.getFirst().date("DECOM"), end, end == null ? null : last.value("REC"), statuses, placements);
    }

    private static Placement ended(Placement placement, LocalDate end, String reason) {
        return new Placement(0, placement.start(), end, placement.place(), placement.provider(), placement.carer(), placement.postcode(),
                placement.urn(), null, false, null, reason, null);
    }

    private static String postcode(CheckedRow episode) {
        var postcode = episode.value("PL_POST");
        if (postcode != null && !postcode.toUpperCase(java.util.Locale.ROOT).matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
            episode.problem("PL_POST", postcode, ProblemReason.VALUE_LEFT_OUT);
            return null;
        }
        return postcode == null ? null : postcode.toUpperCase(java.util.Locale.ROOT);
    }

    private static String urn(CheckedRow episode) {
        var urn = episode.value("URN");
        if (urn != null && !urn.toUpperCase(java.util.Locale.ROOT).matches("(SC)?\\d{6,7}")) {
            episode.problem("URN", urn, ProblemReason.VALUE_LEFT_OUT);
            return null;
        }
        return urn == null ? null : urn.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Compares the episodes the records give with those sent: an episode whose RNE differs from
     * what changed that day, or that changed nothing (and so is part of the one before), is
     * reported; the records hold what changed.
     */
    private static void compareEpisodes(CareHistory history, List<CheckedRow> sent, boolean firstPeriod) {
        List<org.opencsc.care.Episode> derived;
        try {
            derived = new CarePeriod(0, 0, history.periodStart(), history.periodEnd(), history.reasonCeased(), history.legalStatuses(),
                    history.placements(), List.of(), List.of(), 0).episodes();
        } catch (org.opencsc.platform.InvalidInputException refused) {
            return; // the check of the whole history reports it
        }
        Map<LocalDate, String> rneByStart = new java.util.HashMap<>();
        derived.forEach(episode -> rneByStart.put(episode.start(), episode.reasonNew().code()));
        for (var episode : sent) {
            var given = episode.value("RNE");
            var recorded = rneByStart.get(episode.date("DECOM"));
            if (episode == sent.getFirst() && !"S".equals(given)) {
                episode.problem("RNE", given, firstPeriod ? ProblemReason.STARTED_BEFORE_EXTRACT : ProblemReason.RNE_DIFFERS);
            } else if (!given.equals(recorded)) {
                episode.problem("RNE", given + " (recorded as " + (recorded == null ? "no change" : recorded) + ")", ProblemReason.RNE_DIFFERS);
            }
        }
    }

    /** Missing and away episodes: gone from the start of the first day named to the end of the last (903 has dates, not times). */
    private static List<PastMissing> missing(List<CheckedRow> rows) {
        var episodes = new ArrayList<PastMissing>();
        for (var row : rows) {
            var kind = Coded.fromCode(MissingKind.class, row.value("MISSING")).orElse(null);
            var start = row.date("MIS_START");
            var end = row.date("MIS_END");
            if (kind == null || start == null) {
                continue;
            }
            if (end != null && end.isBefore(start)) {
                row.problem("MIS_END", row.staged().fields().get("MIS_END"), ProblemReason.MISSING_ENDS_BEFORE_START);
                continue;
            }
            episodes.add(new PastMissing(kind, start.atStartOfDay(ClockZone.UK).toInstant(),
                    end == null ? null : end.atTime(LocalTime.of(23, 59)).atZone(ClockZone.UK).toInstant(), false));
        }
        return episodes;
    }
}
