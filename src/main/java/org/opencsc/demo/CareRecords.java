package org.opencsc.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.opencsc.care.CareHistory.LegalStatusChange;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CarePlan;
import org.opencsc.care.CareReview;
import org.opencsc.care.LegalStatus;
import org.opencsc.care.PermanencePlan;
import org.opencsc.care.Placement;
import org.opencsc.care.PlacementChangeReason;
import org.opencsc.care.PlacementProvider;
import org.opencsc.care.PlacementType;
import org.opencsc.care.ReasonCeased;
import org.opencsc.care.ReviewParticipation;
import org.opencsc.child.CaseEventKind;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.timescales.WorkingDayCalendar;

/**
 * A period of care as a council records it: the legal statuses (an interim care order becoming a
 * full one, section 20, a placement order), the placements with each move and why it happened,
 * the care plan, reviews chaired by an IRO, statutory visits, and missing episodes with their
 * return home interviews. The key events come from the application's own rules
 * ({@link CarePeriod#milestones()}), so the review and visit clocks derived from a demo period are
 * those the same period typed in would give. Some reviews and visits are late, as in any authority.
 */
final class CareRecords {

    /** What the care records need to know about a child: age decides placements, review participation and missing episodes. */
    record Child(long id, LocalDate born, String family, boolean unaccompanied) {
    }

    private static final String PERIOD = "care_period (id, authority_id, person_id, start_date, end_date, reason_ceased, recorded_by, recorded_at)";
    private static final String LEGAL_STATUS = "care_legal_status (id, authority_id, period_id, start_date, code, recorded_by, recorded_at)";
    private static final String PLACEMENT = "placement (id, authority_id, period_id, start_date, end_date, place, provider, carer, postcode, urn,"
            + " distance_miles, temporary_approval, long_term_from, end_reason, unplanned_ending, recorded_by, recorded_at)";
    private static final String CARE_PLAN = "care_plan (id, authority_id, person_id, period_id, agreed_date, permanence_plan, summary, recorded_by,"
            + " recorded_at)";
    private static final String CARE_REVIEW = "care_review (id, authority_id, person_id, period_id, review_date, iro, participation, iro_contact_date,"
            + " recommendations, recorded_by, recorded_at)";
    private static final String MISSING = "missing_episode (id, authority_id, person_id, kind, went_missing_at, returned_at, reported_to_police,"
            + " rhi_offered_at, rhi_accepted, rhi_completed_at, rhi_by, rhi_findings, recorded_by, recorded_at)";

    /** How the child came to be and stays looked after, which decides the legal statuses. */
    private enum Route { ACCOMMODATED, INTERIM_THEN_FULL, ACCOMMODATED_THEN_ORDERS, FULL_ORDER, ADOPTION }

    /** A registered setting the council uses again and again: the same home, URN and postcode for every child placed there. */
    private record Home(String name, PlacementProvider provider, String urn, String postcode, int tenthsOfMiles) {
    }

    private static final List<Home> CHILDRENS_HOMES = List.of(
            new Home("Oakfield House (children's home)", PlacementProvider.PR4, "SC482913", "LU2 7QT", 412),
            new Home("Larchwood Lodge (children's home)", PlacementProvider.PR4, "SC511207", "MK9 3BN", 563),
            new Home("The Willows (children's home)", PlacementProvider.PR4, "SC397640", "SG1 4AP", 288),
            new Home("Beacon View (children's home)", PlacementProvider.PR4, "SC460318", "ME4 6RS", 497),
            new Home("Hollybank House (children's home)", PlacementProvider.PR4, "SC529854", "NW9 6LD", 41),
            new Home("Rowan House (children's home)", PlacementProvider.PR4, "SC473091", "NN1 5LP", 781));
    private static final List<Home> SUPPORTED = List.of(
            new Home("Northwold Foyer (supported accommodation)", PlacementProvider.PR5, "2765431", "HA8 7DE", 23),
            new Home("Station Road Supported Lodgings", PlacementProvider.PR4, "2781190", "EN5 2QP", 35),
            new Home("Kestrel House (supported accommodation)", PlacementProvider.PR4, "2794408", "CM2 9HX", 356),
            new Home("Eastmere Young People's Project", PlacementProvider.PR5, "2770265", "N12 8RG", 48));
    private static final String[] RELATIVES = {"maternal grandmother", "paternal grandparents", "maternal aunt", "paternal uncle",
        "family friend", "adult sister", "maternal grandparents"};
    /** Why placements ended, weighted as a year's moves are: most as the care plan intended, the rest not. */
    private static final PlacementChangeReason[] MOVE_REASONS = {PlacementChangeReason.CARPL, PlacementChangeReason.CARPL,
        PlacementChangeReason.CARPL, PlacementChangeReason.CARPL, PlacementChangeReason.CARPL, PlacementChangeReason.CARPL,
        PlacementChangeReason.CARPL, PlacementChangeReason.CARPL, PlacementChangeReason.CARPL, PlacementChangeReason.CARPL,
        PlacementChangeReason.CARPL, PlacementChangeReason.CARPL, PlacementChangeReason.CARPL, PlacementChangeReason.CREQB,
        PlacementChangeReason.CREQB, PlacementChangeReason.CREQB, PlacementChangeReason.CHILD, PlacementChangeReason.CHILD,
        PlacementChangeReason.CREQO, PlacementChangeReason.STAND, PlacementChangeReason.ALLEG, PlacementChangeReason.LAREQ,
        PlacementChangeReason.CLOSE};
    /** The endings somebody planned; every other ending asks for a disruption meeting (as PlacementChangeReason has it). */
    private static final Set<PlacementChangeReason> PLANNED = Set.of(PlacementChangeReason.CARPL, PlacementChangeReason.PLACE,
            PlacementChangeReason.CUSTOD);
    private static final String[] RECOMMENDATIONS = {"Care plan endorsed; permanence to be confirmed at the next review.",
        "Initial health assessment to be chased with the health team within two weeks.",
        "PEP targets to be updated with the virtual school; tutoring to continue.",
        "Life story work to start with the child's social worker this term.",
        "Sibling contact to increase to fortnightly, supervised by the family time team.",
        "Referral to CAMHS to be followed up; carers to have therapeutic parenting training.",
        "Stability meeting to be held after the recent move; learning shared with the placements team.",
        "Advocacy offered again; the child wants to choose where the next review is held.",
        "Pathway planning to begin before the child's sixteenth birthday.",
        "Dental check overdue: carers to book before the end of the month."};
    private static final String[] RHI_FINDINGS = {"Went to a friend's house in Eastmere; says they were not harmed. No exploitation indicators. Safety plan agreed.",
        "Was with an older group in the town centre; CSE and CCE screening completed and shared with the police missing team.",
        "Upset after family time was cancelled; wants more say in contact arrangements. Referred back to the IRO.",
        "Stayed with their boyfriend's family; carers and police informed of the address. Curfew reviewed with the child.",
        "Would not say where they had been; signs of possible county lines involvement. Strategy discussion requested."};
    private static final String RHI_WORKER = " (return home interview worker)";

    private final JourneyRecords journeys;
    private final CopyBatch rows;
    private final IdBlock ids;
    private final RandomGenerator random;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;
    private final WorkingDayCalendar calendar;
    private final List<String> iros;
    private final PermanenceRecords adoptions;
    private final CourtRecords courts;
    /** A couple of children came back in the last two days, so the return home interview work list has something due. */
    private int recentReturnsLeft = 2;
    /** And the first two interviews offered are declined, so that a declined one is always there to see. */
    private int declinedLeft = 2;
    private int connectedLeft = 1;
    private int overdueLeft = 1;

    CareRecords(JourneyRecords journeys, CopyBatch rows, IdBlock ids, RandomGenerator random, short authority, LocalDate today, Instant loadedAt,
                WorkingDayCalendar calendar, List<String> iros) {
        this.journeys = journeys;
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
        this.calendar = calendar;
        this.iros = iros.isEmpty() ? List.of("Ruth Adebayo") : List.copyOf(iros);
        this.adoptions = new PermanenceRecords(rows, ids, random, authority, today, loadedAt);
        this.courts = new CourtRecords(rows, ids, authority, today, loadedAt, calendar);
    }

    /** The court work behind periods of care and child protection plans. */
    CourtRecords courts() {
        return courts;
    }

    /** Writes one period of care from {@code start} to {@code end} (null while it lasts) and everything in it. */
    void write(Child child, LocalDate start, LocalDate end, String worker, List<JourneyRecords.Row> events) {
        var periodId = ids.next("care_period");
        var route = route(child, start, end);
        var adoption = route == Route.ADOPTION ? adoptionDates(start, end) : null;
        if (route == Route.ADOPTION && adoption == null) {
            route = Route.INTERIM_THEN_FULL;
        }
        var statuses = legalStatuses(child, route, start, end == null ? today : end.minusDays(1), adoption);
        var placements = placements(child, route, statuses, start, end, adoption);
        var reason = end == null ? null : reasonCeased(child, end, placements.getLast());
        var reviews = reviews(child, start, end);
        var plans = carePlans(child, route, reason, start, end, placements, reviews);
        var period = new CarePeriod(periodId, child.id(), start, end, reason == null ? null : reason.code(), statuses, placements, plans, reviews, 0);
        checkAs903(period);
        writeRows(period, worker);
        adoptions.write(period, child.born(), worker);
        if (child.born() != null) {
            courts.forCare(child.id(), child.born(), start, end, reason, statuses, worker);
        }
        for (var milestone : period.milestones()) {
            events.add(new JourneyRecords.Row(milestone.kind(), milestone.date(), "care_period", periodId));
        }
        for (var plan : plans) {
            // A plan agreed before a planned admission is in place from the first day of care, as the application records it.
            events.add(new JourneyRecords.Row(CaseEventKind.CARE_PLAN_AGREED, max(plan.agreedDate(), start), "care_plan", plan.id()));
        }
        for (var review : reviews) {
            events.add(new JourneyRecords.Row(CaseEventKind.CARE_REVIEW, review.reviewDate(), "care_review", review.id()));
        }
        statutoryVisits(child, period, worker, events);
        missingEpisodes(child, period, worker, events);
    }

    private Route route(Child child, LocalDate start, LocalDate end) {
        if (child.unaccompanied()) {
            return Route.ACCOMMODATED;
        }
        var age = age(child, start);
        var days = ChronoUnit.DAYS.between(start, end == null ? today : end);
        // Adoption is for young children, and an order comes a year and a half or two after they come into care.
        var adoptable = age < 4 && (end == null ? days < 900 : days > 300 && days < 1_200);
        // Adoption is the plan for about a third of young children who stay; most who leave after a year or more leave adopted.
        if (adoptable && random.nextInt(10) < (end == null ? 3 : 6)) {
            return Route.ADOPTION;
        }
        int roll = random.nextInt(100);
        if (age >= 15) {
            return roll < 55 ? Route.ACCOMMODATED : roll < 85 ? Route.INTERIM_THEN_FULL : Route.ACCOMMODATED_THEN_ORDERS;
        }
        return roll < 20 ? Route.ACCOMMODATED : roll < 75 ? Route.INTERIM_THEN_FULL : roll < 93 ? Route.ACCOMMODATED_THEN_ORDERS : Route.FULL_ORDER;
    }

    /** When a placement order was made and the child moved in with adopters; null when the period is too short for it. */
    private record AdoptionDates(LocalDate placementOrder, LocalDate placed) {
    }

    private AdoptionDates adoptionDates(LocalDate start, LocalDate end) {
        if (end == null) {
            var order = start.plusDays(150 + random.nextInt(150));
            var placed = order.plusDays(60 + random.nextInt(140));
            // Adopters apply for the order within months of the move: a child placed long ago would be adopted by now.
            if (placed.isBefore(today.minusDays(300))) {
                placed = max(order.plusDays(30), today.minusDays(20 + random.nextInt(280)));
            }
            return new AdoptionDates(order.isAfter(today) ? null : order, placed.isAfter(today) ? null : placed);
        }
        // An adoption order ends the period: the child was placed a few months before it, after the placement order.
        var placed = end.minusDays(70 + random.nextInt(130));
        var order = placed.minusDays(30 + random.nextInt(120));
        return order.isAfter(start.plusDays(60)) ? new AdoptionDates(order, placed) : null;
    }

    private List<LegalStatusChange> legalStatuses(Child child, Route route, LocalDate start, LocalDate lastDay, AdoptionDates adoption) {
        var changes = new ArrayList<LegalStatusChange>();
        var from = start;
        // Some children come in under police protection at night; the order or the parents' agreement follows within days.
        if (route != Route.FULL_ORDER && !child.unaccompanied() && random.nextInt(15) == 0 && start.plusDays(4).isBefore(lastDay)) {
            changes.add(new LegalStatusChange(start, LegalStatus.L1.code()));
            from = start.plusDays(1 + random.nextInt(3));
        }
        var first = switch (route) {
            case ACCOMMODATED, ACCOMMODATED_THEN_ORDERS -> LegalStatus.V2;
            case INTERIM_THEN_FULL, ADOPTION -> LegalStatus.C1;
            case FULL_ORDER -> LegalStatus.C2;
        };
        changes.add(new LegalStatusChange(from, first.code()));
        switch (route) {
            case INTERIM_THEN_FULL -> change(changes, from.plusDays(120 + random.nextInt(210)), LegalStatus.C2, lastDay);
            case ACCOMMODATED_THEN_ORDERS -> {
                var interim = from.plusDays(30 + random.nextInt(120));
                if (change(changes, interim, LegalStatus.C1, lastDay)) {
                    change(changes, interim.plusDays(120 + random.nextInt(180)), LegalStatus.C2, lastDay);
                }
            }
            case ADOPTION -> {
                if (adoption.placementOrder() != null) {
                    change(changes, max(adoption.placementOrder(), from.plusDays(1)), LegalStatus.E1, lastDay);
                }
            }
            default -> { }
        }
        return changes;
    }

    /** Adds a change of legal status if it happened while the child was still looked after. */
    private static boolean change(List<LegalStatusChange> changes, LocalDate day, LegalStatus status, LocalDate lastDay) {
        if (day.isAfter(lastDay)) {
            return false;
        }
        changes.add(new LegalStatusChange(day, status.code()));
        return true;
    }

    /** Placements that cover every day of the period: each move ends one and starts the next the same day. */
    private List<Placement> placements(Child child, Route route, List<LegalStatusChange> statuses, LocalDate start, LocalDate end,
                                       AdoptionDates adoption) {
        var lastMove = end == null ? today : end.minusDays(1);
        var adoptive = adoption == null || adoption.placed() == null || adoption.placed().isAfter(lastMove) || !adoption.placed().isAfter(start)
                ? null : adoption.placed();
        var supported = adoptive == null ? moveToSupportedAccommodation(child, start, lastMove) : null;
        var planned = adoptive != null ? adoptive : supported;
        // One to four placements in all: a planned last move leaves room for two others at most.
        var moves = moveDays(start, planned != null ? planned : lastMove, planned != null ? 2 : 3);
        if (end == null && planned == null && start.isBefore(today.minusDays(400)) && random.nextInt(12) == 0) {
            // A few children have had a run of moves this year, as the stability figures of any authority show.
            moves.removeIf(day -> day.isAfter(today.minusDays(340)));
            moves.add(today.minusDays(250 + random.nextInt(80)));
            moves.add(today.minusDays(40 + random.nextInt(150)));
        }
        if (planned != null) {
            moves.add(planned);
        }
        var placements = new ArrayList<Placement>();
        Setting previous = null;
        for (int i = 0; i <= moves.size(); i++) {
            var from = i == 0 ? start : moves.get(i - 1);
            var to = i < moves.size() ? moves.get(i) : end;
            var longTermFrom = longTermFrom(from, to);
            var setting = from.equals(adoptive) ? adopters(previous)
                    : from.equals(supported) ? registered(supportedAccommodation(from), SUPPORTED)
                    : setting(child, route, from, statusOn(statuses, from), longTermFrom != null);
            if (!setting.place().name().matches("U[1-6]|K2")) {
                longTermFrom = null;
            }
            // The first child placed with foster carers in the last four months goes to relatives on temporary approval instead, so
            // the fostering team always has a connected-person placement waiting for full approval, whatever the day of loading.
            var connected = connectedLeft > 0 && to == null && from.isAfter(today.minusDays(120)) && !child.unaccompanied()
                    && (setting.place() == PlacementType.U4 || setting.place() == PlacementType.U6);
            if (connected) {
                connectedLeft--;
                setting = relatives(child, false);
                longTermFrom = null;
            }
            // A connected person caring for the child in the last four months mostly has temporary approval, not yet full approval.
            var temporary = setting.place() == PlacementType.U3 && to == null && from.isAfter(today.minusDays(120))
                    && (connected || random.nextInt(6) > 0);
            PlacementChangeReason ended = null;
            if (i < moves.size()) {
                ended = moves.get(i).equals(planned) ? PlacementChangeReason.CARPL : MOVE_REASONS[random.nextInt(MOVE_REASONS.length)];
            }
            placements.add(new Placement(ids.next("placement"), from, to, setting.place().code(), setting.provider().code(), setting.carer(),
                    setting.postcode(), setting.urn(), setting.miles(), temporary, longTermFrom, ended == null ? null : ended.code(),
                    ended == null ? null : !PLANNED.contains(ended)));
            previous = setting;
        }
        return placements;
    }

    /** About a third of young people in care at 16 move on to supported accommodation as the care plan intends, some months after. */
    private LocalDate moveToSupportedAccommodation(Child child, LocalDate start, LocalDate lastMove) {
        var day = child.born().plusYears(16).plusDays(random.nextInt(240));
        if (child.unaccompanied() || !day.isAfter(start.plusDays(60)) || day.isAfter(lastMove) || random.nextInt(3) > 0) {
            return null;
        }
        return day;
    }

    /** The days the child moved: none, or a few spread through the time, more often the longer the child is in care. */
    private List<LocalDate> moveDays(LocalDate start, LocalDate until, int most) {
        var days = ChronoUnit.DAYS.between(start, until);
        // Each further move is less likely than the last: most children have one or two placements, a few have four.
        double chance = Math.min(0.55, days / 1_200.0);
        int moves = 0;
        while (moves < most && moves < days / 45 && random.nextDouble() < chance) {
            moves++;
            chance *= 0.7;
        }
        var result = new ArrayList<LocalDate>();
        var slice = days / (moves + 1);
        for (int i = 1; i <= moves; i++) {
            var jitter = slice / 3;
            result.add(start.plusDays(slice * i + (jitter > 0 ? random.nextLong(-jitter, jitter + 1) : 0)));
        }
        return result;
    }

    /** About one in ten placements that last over a year are agreed as long-term (until 18), some months after they start. */
    private LocalDate longTermFrom(LocalDate from, LocalDate to) {
        var until = to == null ? today : to.minusDays(1);
        if (ChronoUnit.DAYS.between(from, until) < 400 || random.nextInt(10) > 0) {
            return null;
        }
        var agreed = from.plusDays(200 + random.nextInt(250));
        return agreed.isAfter(until) ? until : agreed;
    }

    /** Supported accommodation as the SSDA903 codes it on the day the placement starts: H5 to March 2025, K3 from April 2025. */
    private static PlacementType supportedAccommodation(LocalDate from) {
        return PlacementType.H5.inUseOn(from) ? PlacementType.H5 : PlacementType.K3;
    }

    private record Setting(PlacementType place, PlacementProvider provider, String carer, String postcode, String urn, BigDecimal miles) {
    }

    /** Where a child goes, by age and legal status: mostly foster care, some family, homes and supported accommodation for the older. */
    private Setting setting(Child child, Route route, LocalDate from, String status, boolean longTerm) {
        int age = age(child, from);
        int roll = random.nextInt(100);
        if (child.unaccompanied()) {
            return age >= 16 && roll < 60 ? registered(supportedAccommodation(from), SUPPORTED) : foster(longTerm);
        }
        if (age >= 16 && roll < 35) {
            return registered(supportedAccommodation(from), SUPPORTED);
        }
        if (age >= 11 && roll < (age >= 16 ? 50 : 18)) {
            return registered(PlacementType.K2, CHILDRENS_HOMES);
        }
        if (roll >= 82) {
            return relatives(child, longTerm);
        }
        // Placed with parents is only possible under a care order (interim or full), and not for a child whose plan is adoption.
        var underOrder = LegalStatus.C1.code().equals(status) || LegalStatus.C2.code().equals(status);
        if (roll >= 76 && underOrder && age < 16 && route != Route.ADOPTION) {
            return new Setting(PlacementType.P1, PlacementProvider.PR0, "Ms " + child.family() + " (mother)", NameBank.postcode(random), null,
                    miles(5, 80));
        }
        return foster(longTerm);
    }

    private Setting foster(boolean longTerm) {
        int roll = random.nextInt(100);
        var provider = roll < 55 ? PlacementProvider.PR1 : roll < 85 ? PlacementProvider.PR4 : PlacementProvider.PR5;
        var local = provider == PlacementProvider.PR1 || random.nextBoolean();
        return new Setting(longTerm ? PlacementType.U4 : PlacementType.U6, provider, fosterCarers(),
                local ? NameBank.postcode(random) : NameBank.distantPostcode(random), null, local ? miles(5, 120) : miles(150, 600));
    }

    private String fosterCarers() {
        var family = NameBank.pick(NameBank.FAMILY, random);
        int roll = random.nextInt(100);
        if (roll < 60) {
            return "Mr and Mrs " + family + " (foster carers)";
        }
        if (roll < 68) {
            return "Ms " + family + " and Ms " + NameBank.pick(NameBank.FAMILY, random) + " (foster carers)";
        }
        return (roll < 92 ? "Ms " : "Mr ") + family + " (foster carer)";
    }

    private Setting relatives(Child child, boolean longTerm) {
        var relation = RELATIVES[random.nextInt(RELATIVES.length)];
        var family = relation.startsWith("paternal") ? child.family() : NameBank.pick(NameBank.FAMILY, random);
        var title = relation.contains("grandparents") ? "Mr and Mrs " : relation.contains("uncle") ? "Mr " : "Ms ";
        var local = random.nextInt(10) < 7;
        return new Setting(longTerm ? PlacementType.U1 : PlacementType.U3, PlacementProvider.PR1, title + family + " (" + relation + ")",
                local ? NameBank.postcode(random) : NameBank.distantPostcode(random), null, local ? miles(5, 90) : miles(120, 900));
    }

    private Setting registered(PlacementType place, List<Home> homes) {
        var home = homes.get(random.nextInt(homes.size()));
        return new Setting(place, home.provider(), home.name(), home.postcode(), home.urn(), BigDecimal.valueOf(home.tenthsOfMiles(), 1));
    }

    /** Placed for adoption under the placement order: with the foster carers who will adopt (A5), or with new adopters (A6). */
    private Setting adopters(Setting previous) {
        var fosteredBefore = previous != null && (previous.place() == PlacementType.U4 || previous.place() == PlacementType.U6);
        if (fosteredBefore && random.nextInt(4) == 0) {
            // The council's adoption service approved them as adopters, whoever supervised them as foster carers.
            return new Setting(PlacementType.A5, PlacementProvider.PR1, previous.carer(), previous.postcode(), null, previous.miles());
        }
        var family = NameBank.pick(NameBank.FAMILY, random);
        var carers = random.nextInt(6) == 0 ? "Mr " + family + " and Mr " + NameBank.pick(NameBank.FAMILY, random) : "Mr and Mrs " + family;
        return new Setting(PlacementType.A6, random.nextInt(4) == 0 ? PlacementProvider.PR5 : PlacementProvider.PR1, carers + " (adopters)",
                NameBank.distantPostcode(random), null, miles(100, 600));
    }

    private BigDecimal miles(int fromTenths, int toTenths) {
        return BigDecimal.valueOf(random.nextInt(fromTenths, toTenths), 1);
    }

    /** Why the period ended, as the last placement makes likely: 18 in foster care often means staying put. */
    private ReasonCeased reasonCeased(Child child, LocalDate end, Placement last) {
        int roll = random.nextInt(100);
        var fostered = last.place().matches("U[1-6]");
        if (age(child, end) >= 18) {
            return fostered && roll < 55 ? ReasonCeased.E17 : roll < 92 ? ReasonCeased.E5 : ReasonCeased.E6;
        }
        return switch (last.place()) {
            case "A5", "A6" -> roll < 75 ? ReasonCeased.E11 : ReasonCeased.E12;
            case "U1", "U3" -> roll < 45 ? ReasonCeased.E45 : roll < 65 ? ReasonCeased.E41 : ReasonCeased.E4A;
            case "U4", "U6" -> roll < 15 ? ReasonCeased.E46 : roll < 30 ? ReasonCeased.E47 : roll < 40 ? ReasonCeased.E48
                    : roll < 90 ? ReasonCeased.E4A : ReasonCeased.E13;
            default -> roll < 75 ? ReasonCeased.E4A : roll < 90 ? ReasonCeased.E13 : ReasonCeased.E4B;
        };
    }

    /** The first review within about 20 working days, the second three months on, then six-monthly; a few late. */
    private List<CareReview> reviews(Child child, LocalDate start, LocalDate end) {
        var reviews = new ArrayList<CareReview>();
        var last = end == null || end.isAfter(today) ? today : end;
        var iro = NameBank.pick(iros, random);
        var date = calendar.addWorkingDays(start, random.nextInt(10) == 0 ? 21 + random.nextInt(15) : 8 + random.nextInt(12));
        while (!date.isAfter(last)) {
            // IROs change now and then (leave, caseloads), but most children keep theirs.
            if (random.nextInt(8) == 0) {
                iro = NameBank.pick(iros, random);
            }
            reviews.add(review(child, start, date, iro));
            var due = reviews.size() == 1 ? date.plusMonths(3) : date.plusMonths(6);
            date = random.nextInt(10) == 0 ? due.plusDays(3 + random.nextInt(30)) : due.minusDays(random.nextInt(14));
        }
        return reviews;
    }

    private CareReview review(Child child, LocalDate start, LocalDate date, String iro) {
        var underFour = age(child, date) < 4;
        var participation = underFour ? ReviewParticipation.PN0 : participation();
        // The IRO speaks with the child before most reviews; babies are seen less often.
        LocalDate contact = null;
        if (random.nextInt(10) < (underFour ? 4 : 8)) {
            contact = max(start, date.minusDays(1 + random.nextInt(14)));
        }
        var recommendations = RECOMMENDATIONS[random.nextInt(RECOMMENDATIONS.length)];
        if (random.nextBoolean()) {
            recommendations += " " + RECOMMENDATIONS[random.nextInt(RECOMMENDATIONS.length)];
        }
        return new CareReview(ids.next("care_review"), date, iro, participation, contact, recommendations);
    }

    private ReviewParticipation participation() {
        int roll = random.nextInt(100);
        return roll < 45 ? ReviewParticipation.PN1 : roll < 52 ? ReviewParticipation.PN2 : roll < 57 ? ReviewParticipation.PN3
                : roll < 62 ? ReviewParticipation.PN4 : roll < 70 ? ReviewParticipation.PN5 : roll < 90 ? ReviewParticipation.PN6
                : ReviewParticipation.PN7;
    }

    /** The care plan agreed within about 10 working days of entry (a few before, a few late), and the permanence plan confirmed at the second review. */
    private List<CarePlan> carePlans(Child child, Route route, ReasonCeased reason, LocalDate start, LocalDate end, List<Placement> placements,
                                     List<CareReview> reviews) {
        var plans = new ArrayList<CarePlan>();
        var last = end == null || end.isAfter(today) ? today : end;
        int roll = random.nextInt(12);
        var agreed = roll == 0 ? start.minusDays(1 + random.nextInt(7))
                : calendar.addWorkingDays(start, roll == 1 ? 11 + random.nextInt(15) : 1 + random.nextInt(10));
        if (agreed.isAfter(last)) {
            return plans;
        }
        var permanence = permanence(child, route, reason, placements.getLast(), last);
        var first = route == Route.ADOPTION || random.nextInt(100) < 55 ? permanence : PermanencePlan.RETURN_HOME;
        plans.add(new CarePlan(ids.next("care_plan"), agreed, first, summary(first)));
        if (reviews.size() >= 2 && reviews.get(1).reviewDate().isAfter(agreed)) {
            plans.add(new CarePlan(ids.next("care_plan"), reviews.get(1).reviewDate(), permanence, summary(permanence)));
        }
        return plans;
    }

    /** The permanence plan the period is heading for: how it ended, or where the child is now. */
    private PermanencePlan permanence(Child child, Route route, ReasonCeased reason, Placement last, LocalDate day) {
        if (reason != null) {
            return switch (reason) {
                case E11, E12 -> PermanencePlan.ADOPTION;
                case E41 -> PermanencePlan.CAO;
                case E45, E46, E47, E48 -> PermanencePlan.SGO;
                case E17, E5, E6 -> PermanencePlan.INDEPENDENCE;
                default -> PermanencePlan.RETURN_HOME;
            };
        }
        int roll = random.nextInt(100);
        if (route == Route.ADOPTION) {
            return PermanencePlan.ADOPTION;
        }
        if (age(child, day) >= 16 || last.place().equals("H5") || last.place().equals("K3")) {
            return PermanencePlan.INDEPENDENCE;
        }
        return switch (last.place()) {
            case "K2" -> PermanencePlan.RESIDENTIAL;
            case "U1", "U3" -> roll < 60 ? PermanencePlan.KINSHIP : PermanencePlan.SGO;
            case "P1" -> PermanencePlan.RETURN_HOME;
            default -> route == Route.ACCOMMODATED ? (roll < 40 ? PermanencePlan.RETURN_HOME : PermanencePlan.LONG_TERM_FOSTERING)
                    : roll < 60 ? PermanencePlan.LONG_TERM_FOSTERING : roll < 75 ? PermanencePlan.SGO : PermanencePlan.RETURN_HOME;
        };
    }

    private static String summary(PermanencePlan plan) {
        return switch (plan) {
            case RETURN_HOME -> "Rehabilitation home to mother once the parenting assessment is complete; family time increased to three times a week.";
            case ADOPTION -> "The agency decision maker agreed adoption; family finding with the regional adoption agency; letterbox contact with the birth family.";
            case SGO -> "Special guardianship with the current carers; assessment and support plan to be completed before the application.";
            case CAO -> "Child arrangements order to father; family time with mother monthly, supervised.";
            case LONG_TERM_FOSTERING -> "Long-term fostering: match with the current carers to go to the fostering panel; sibling contact monthly.";
            case KINSHIP -> "Long-term care with family: connected-person assessment complete; family time with parents fortnightly.";
            case RESIDENTIAL -> "Residential care while therapeutic work continues; a step down to foster care considered at each review.";
            case INDEPENDENCE -> "Pathway plan: personal adviser allocated; independence skills with the key worker; staying put or staying close discussed.";
        };
    }

    /**
     * The period as the SSDA903 sees it: the application's own episode rules refuse a gap or an overlap of placements, and a child
     * may only be placed for adoption under a placement order. A demo that breaks either is a bug in the demo, so the load stops.
     */
    private static void checkAs903(CarePeriod period) {
        try {
            for (var episode : period.episodes()) {
                var place = episode.placement().place();
                if ((place.equals("A5") || place.equals("A6")) && !episode.legalStatus().equals(LegalStatus.E1.code())) {
                    throw new IllegalStateException("Placed for adoption (" + place + ") under " + episode.legalStatus() + " for child " + period.personId());
                }
            }
        } catch (InvalidInputException refused) {
            throw new IllegalStateException("The demo made a period of care the SSDA903 refuses, for child " + period.personId() + ": "
                    + refused.getMessage(), refused);
        }
    }

    private void writeRows(CarePeriod period, String worker) {
        rows.row(PERIOD, period.id(), authority, period.personId(), period.startDate(), period.endDate(), period.reasonCeased(), worker, loadedAt);
        for (var status : period.legalStatuses()) {
            rows.row(LEGAL_STATUS, ids.next("care_legal_status"), authority, period.id(), status.from(), status.code(), worker, loadedAt);
        }
        for (var p : period.placements()) {
            rows.row(PLACEMENT, p.id(), authority, period.id(), p.start(), p.end(), p.place(), p.provider(), p.carer(), p.postcode(), p.urn(),
                    p.distanceMiles(), p.temporaryApproval(), p.longTermFrom(), p.endReason(), p.unplannedEnding(), worker, loadedAt);
        }
        for (var plan : period.carePlans()) {
            rows.row(CARE_PLAN, plan.id(), authority, period.personId(), period.id(), plan.agreedDate(), plan.permanencePlan().code(), plan.summary(),
                    worker, loadedAt);
        }
        for (var review : period.reviews()) {
            rows.row(CARE_REVIEW, review.id(), authority, period.personId(), period.id(), review.reviewDate(), review.iro(),
                    review.participation().code(), review.iroContactDate(), review.recommendations(), worker, loadedAt);
        }
    }

    /**
     * Statutory visits where the child lives: within a week of each placement starting, then about six-weekly, three-monthly
     * after the first year of a long-term placement, and weekly (then four-weekly after the first review) where the period's
     * key events say the placement needs it. A few are late, and now and then the child is not seen and the worker goes back.
     */
    private void statutoryVisits(Child child, CarePeriod period, String worker, List<JourneyRecords.Row> events) {
        var weeklyFrom = period.milestones().stream().filter(m -> m.kind() == CaseEventKind.TEMPORARY_PLACEMENT_STARTED).map(m -> m.date()).toList();
        for (var placement : period.placements()) {
            var last = placement.end() == null ? today : min(placement.end().minusDays(1), today);
            var weekly = weeklyFrom.contains(placement.start());
            // One child's visit is overdue whatever the day of loading: the worker last went seven weeks ago.
            if (overdueLeft > 0 && placement.end() == null && !weekly && placement.longTermFrom() == null
                    && placement.start().isBefore(today.minusDays(100))) {
                overdueLeft--;
                last = today.minusDays(50);
            }
            var firstReview = period.reviews().stream().map(CareReview::reviewDate).filter(d -> !d.isBefore(placement.start())).findFirst()
                    .orElse(null);
            var day = placement.start().plusDays(random.nextInt(10) == 0 ? 8 + random.nextInt(6) : 1 + random.nextInt(6));
            while (!day.isAfter(last)) {
                var seen = random.nextInt(15) > 0;
                journeys.visit(child.id(), "CLA", day, seen, seen ? "Seen at the placement; talked about school, friends and family time."
                        : "Child out with friends when the worker called; visit rebooked.", worker, events);
                day = day.plusDays(seen ? visitGap(placement, weekly && (firstReview == null || day.isBefore(firstReview)), weekly, day)
                        : 3 + random.nextInt(8));
            }
        }
    }

    private int visitGap(Placement placement, boolean weeklyNow, boolean weekly, LocalDate day) {
        var late = random.nextInt(10) == 0;
        if (weeklyNow) {
            return late ? 8 + random.nextInt(3) : 5 + random.nextInt(3);
        }
        if (weekly) {
            return late ? 29 + random.nextInt(12) : 21 + random.nextInt(8);
        }
        var longTerm = placement.longTermFrom() != null && !day.isBefore(placement.longTermFrom()) && !day.isBefore(placement.start().plusYears(1));
        if (longTerm) {
            return late ? 92 + random.nextInt(20) : 70 + random.nextInt(21);
        }
        return late ? 43 + random.nextInt(18) : 30 + random.nextInt(13);
    }

    /** About one in eight children aged 11 or more go missing or away once or more (unaccompanied children more often). */
    private void missingEpisodes(Child child, CarePeriod period, String worker, List<JourneyRecords.Row> events) {
        var from = max(period.startDate(), child.born().plusYears(11));
        var to = (period.open() ? today : min(period.endDate(), today)).minusDays(14);
        if (from.plusDays(30).isAfter(to) || random.nextInt(child.unaccompanied() ? 4 : 8) > 0) {
            return;
        }
        int count = 1 + random.nextInt(3);
        var days = ChronoUnit.DAYS.between(from, to);
        var recent = period.open() && recentReturnsLeft > 0;
        if (recent) {
            recentReturnsLeft--;
        }
        LocalDate previous = null;
        for (int i = 0; i < count; i++) {
            var day = from.plusDays(days * i / count + random.nextLong(Math.max(1, days / count)));
            // Episodes of one child never overlap: the longest lasts under a week.
            if (previous == null || day.isAfter(previous.plusDays(7))) {
                missingEpisode(child.id(), day, false, worker, events);
                previous = day;
            }
        }
        if (recent) {
            missingEpisode(child.id(), today.minusDays(2), true, worker, events);
        }
    }

    /**
     * One time missing (or away) from an evening, for hours or days, and the return home interview: offered within a day or two,
     * mostly accepted and done within 72 hours of the return, some late, some declined. A recent one is back with the interview still due.
     */
    private void missingEpisode(long child, LocalDate day, boolean recent, String worker, List<JourneyRecords.Row> events) {
        var away = random.nextInt(5) == 0;
        var went = day.atTime(15 + random.nextInt(8), random.nextInt(60)).atZone(ClockZone.UK).toInstant();
        int roll = random.nextInt(100);
        var hours = recent ? 8 + random.nextInt(8) : roll < 60 ? 2 + random.nextInt(20) : roll < 90 ? 20 + random.nextInt(50) : 72 + random.nextInt(60);
        var returned = went.plus(Duration.ofHours(hours).plusMinutes(random.nextInt(60)));
        var police = away ? random.nextInt(5) == 0 : random.nextInt(10) > 0;
        var offered = returned.plus(Duration.ofHours(1 + random.nextInt(random.nextInt(6) == 0 ? 60 : 30)));
        Boolean accepted;
        Instant completed = null;
        if (recent) {
            offered = returned.plus(Duration.ofHours(1 + random.nextInt(4)));
            accepted = random.nextBoolean() ? Boolean.TRUE : null;
        } else {
            int rhi = random.nextInt(100);
            if (declinedLeft > 0) {
                declinedLeft--;
                rhi = 0;
            }
            accepted = rhi >= 15;
            if (accepted) {
                var dueBy = returned.plus(Duration.ofHours(72));
                completed = rhi < 85 ? min(offered.plus(Duration.ofHours(2 + random.nextInt(46))), dueBy)
                        : returned.plus(Duration.ofHours(73 + random.nextInt(80)));
                completed = completed.isBefore(offered) ? offered.plus(Duration.ofMinutes(30)) : completed;
            }
        }
        if (recent && offered.isAfter(loadedAt)) {
            offered = null;
            accepted = null;
        }
        var interviewer = completed == null ? null : NameBank.pick(NameBank.WOMEN, random) + " " + NameBank.pick(NameBank.FAMILY, random) + RHI_WORKER;
        var findings = completed == null ? null : RHI_FINDINGS[random.nextInt(RHI_FINDINGS.length)];
        var id = ids.next("missing_episode");
        rows.row(MISSING, id, authority, child, away ? "A" : "M", went, returned, police, offered, accepted, completed, interviewer, findings,
                worker, loadedAt);
        events.add(new JourneyRecords.Row(CaseEventKind.WENT_MISSING, went.atZone(ClockZone.UK).toLocalDate(), "missing_episode", id));
    }

    private static int age(Child child, LocalDate day) {
        return Period.between(child.born(), day).getYears();
    }

    private static String statusOn(List<LegalStatusChange> statuses, LocalDate day) {
        String code = null;
        for (var change : statuses) {
            if (!change.from().isAfter(day)) {
                code = change.code();
            }
        }
        return code;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The children matched with adopters. */
    List<PermanenceRecords.Matched> matchedForAdoption() {
        return adoptions.matched();
    }
}
