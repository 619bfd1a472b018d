package org.opencsc.returns.ssda903;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CareService;
import org.opencsc.care.Episode;
import org.opencsc.leavingcare.BirthdayContact;
import org.opencsc.leavingcare.CareLeaverCategory;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ssda903.LookedAfterChild.Adoption;
import org.opencsc.returns.ssda903.LookedAfterChild.CareLeaverOutcomes;
import org.opencsc.returns.ssda903.LookedAfterChild.EpisodeRow;
import org.opencsc.returns.ssda903.LookedAfterChild.HealthOutcomes;
import org.opencsc.returns.ssda903.LookedAfterChild.MissingRow;
import org.opencsc.returns.ssda903.LookedAfterChild.PlacedForAdoption;
import org.opencsc.returns.ssda903.LookedAfterChild.PreviousPermanence;
import org.opencsc.returns.ssda903.LookedAfterChild.ReviewRow;
import org.opencsc.returns.ssda903.LookedAfterChild.SocialWorkerEpisode;
import org.opencsc.returns.ssda903.Ssda903Repository.AdoptionPlanRow;
import org.opencsc.returns.ssda903.Ssda903Repository.ChildRow;
import org.opencsc.returns.ssda903.Ssda903Repository.Dated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a collection year's SSDA903 from the records as they stand, which keep their history:
 * an episode that ended after 31 March is still open in that year's return, so last year's return
 * can be built again today for the rules that compare the two.
 */
@Component
class Ssda903Builder {

    private static final Logger LOG = LoggerFactory.getLogger(Ssda903Builder.class);
    private static final Set<String> ADOPTED = Rule.codes("E11", "E12");
    private static final Set<String> NOT_YET_AT_SCHOOL = Rule.codes("UN6", "UN8", "UN9");
    private static final Set<String> SHORT_BREAKS = Rule.codes("V3", "V4");

    private final Ssda903Repository repository;
    private final CareService care;
    private final CurrentAuthority authority;
    private final Clock clock;

    Ssda903Builder(Ssda903Repository repository, CareService care, CurrentAuthority authority, Clock clock) {
        this.repository = repository;
        this.care = care;
        this.authority = authority;
        this.clock = clock;
    }

    /** Every child in the year's return, in person order, read in a fixed number of queries whatever the number of children. */
    @Transactional(readOnly = true)
    public List<LookedAfterChild> build(CollectionYear year) {
        var rows = repository.children(year);
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(ChildRow::personId).toList();
        var records = new Records(care.periodsForFigures(ids), repository.needs(ids), repository.homes(ids), repository.missing(ids, year),
                repository.sdqs(ids, year), repository.health(ids, year), repository.careLeaverContacts(ids), repository.adoptionPlans(ids),
                repository.permanenceOrders(ids), repository.allocations(ids, year), repository.mothers(ids));
        var children = new ArrayList<LookedAfterChild>();
        for (var row : rows) {
            var child = child(row, year, records);
            if (child.lookedAfterInYear() || child.oc3() != null) {
                children.add(child);
            }
        }
        return children;
    }

    private record Records(Map<Long, List<CarePeriod>> periods, Map<Long, List<Dated>> needs, Map<Long, List<Dated>> homes,
                           Map<Long, List<Ssda903Repository.Missing>> missing, Map<Long, List<Ssda903Repository.Sdq>> sdqs,
                           Map<Long, List<Dated>> health, Map<Long, Map<Integer, Ssda903Repository.Contact>> contacts,
                           Map<Long, List<AdoptionPlanRow>> adoptions, Map<Long, List<Dated>> orders,
                           Map<Long, List<Ssda903Repository.Allocation>> allocations, Map<Long, LocalDate> mothers) {
    }

    private LookedAfterChild child(ChildRow row, CollectionYear year, Records records) {
        var id = row.personId();
        var periods = records.periods().getOrDefault(id, List.of());
        var episodes = new ArrayList<EpisodeRow>();
        var reviews = new ArrayList<ReviewRow>();
        for (var period : periods) {
            if (period.startDate().isAfter(year.end()) || (period.endDate() != null && period.endDate().isBefore(year.start()))) {
                continue;
            }
            episodes.addAll(episodes(period, year, need(records.needs().get(id), period.startDate()), home(records.homes().get(id), period.startDate())));
            // Short breaks (V3, V4) have no looked-after reviews in the return (rule 399).
            period.reviews().stream().filter(r -> year.contains(r.reviewDate()) && !SHORT_BREAKS.contains(period.legalStatusOn(r.reviewDate())))
                    .forEach(r -> reviews.add(new ReviewRow(period.id(), r.reviewDate(), r.participation().code())));
        }
        var lookedAfter = !episodes.isEmpty();
        var sex = YearCodes.sex(year, row.sex());
        var firstBorn = records.mothers().get(id);
        String mother = null;
        // A girl looked after only on short breaks has no mother status in the return (rule 399).
        if (YearCodes.female(year).equals(sex) && episodes.stream().anyMatch(e -> !SHORT_BREAKS.contains(e.legalStatus()))) {
            mother = firstBorn != null && !firstBorn.isAfter(year.end()) ? "1" : "0";
        }
        var missing = !lookedAfter ? List.<MissingRow>of() : records.missing().getOrDefault(id, List.of()).stream()
                .map(m -> new MissingRow(m.kind(), m.start(), m.end() == null || m.end().isAfter(year.end()) ? null : m.end())).toList();
        var plans = records.adoptions().getOrDefault(id, List.of());
        return new LookedAfterChild(id, reference(row), sex, row.dateOfBirth(), row.ethnicity(), upn(row), mother,
                "1".equals(mother) ? firstBorn : null, row.uasc() && lookedAfter, episodes, reviews, missing,
                lookedAfter ? healthOutcomes(row.dateOfBirth(), periods, year, records, id) : null,
                lookedAfter ? null : careLeaverOutcomes(row.dateOfBirth(), periods, year, records.contacts().getOrDefault(id, Map.of()), LocalDate.now(clock)),
                adoption(periods, plans, year),
                lookedAfter ? placedForAdoption(plans, year) : List.of(),
                lookedAfter ? previousPermanence(periods, plans, records.orders().getOrDefault(id, List.of()), year) : null,
                lookedAfter ? socialWorkers(records.allocations().getOrDefault(id, List.of()), year) : List.of());
    }

    /** The local child identifier, which the DfE's XML holds in at most ten characters; the record's number otherwise. */
    private static String reference(ChildRow row) {
        var local = row.laChildId();
        return local != null && !local.isBlank() && local.strip().length() <= 10 ? local.strip() : Long.toString(row.personId());
    }

    /**
     * The UPN, or why there is none. The SSDA903 has only UN1 to UN5: a child not yet old enough
     * for school (the CIN census's UN6, UN8, UN9) has never attended school, UN2. Other reasons
     * are reported as recorded, and rule 168 asks for one the SSDA903 knows.
     */
    private static String upn(ChildRow row) {
        if (row.upn() != null && !row.upn().isBlank()) {
            return row.upn();
        }
        var reason = row.upnUnknownReason();
        return reason != null && NOT_YET_AT_SCHOOL.contains(reason) ? "UN2" : reason;
    }

    private List<EpisodeRow> episodes(CarePeriod period, CollectionYear year, String need, String home) {
        List<Episode> all;
        try {
            all = period.episodes();
        } catch (InvalidInputException unreadable) {
            // A period whose statuses and placements contradict each other (an import the care
            // page has not yet put right) has no episodes to report; the care page shows why.
            LOG.warn("Period of care {} has no SSDA903 episodes: {}", period.id(), unreadable.getMessage());
            return List.of();
        }
        var rows = new ArrayList<EpisodeRow>();
        for (var episode : all) {
            if (episode.start().isAfter(year.end()) || (episode.end() != null && episode.end().isBefore(year.start()))) {
                continue;
            }
            var ended = episode.end() != null && !episode.end().isAfter(year.end());
            var placement = episode.placement();
            // Neither the distance nor the placement's location is returned for short breaks (rules 398, 214).
            var shortBreak = SHORT_BREAKS.contains(episode.legalStatus());
            String placeChange = null;
            if (ended && "X1".equals(episode.reasonEnded()) && episode.end().equals(placement.end())) {
                placeChange = placement.endReason();
            }
            var place = YearCodes.placeWritten(year, placement.place());
            rows.add(new EpisodeRow(period.id(), episode.start(), episode.reasonNew().code(), episode.legalStatus(), need, place,
                    YearCodes.noProvider(year).contains(place) ? null : placement.provider(), ended ? episode.end() : null,
                    ended ? episode.reasonEnded() : null, placeChange, shortBreak ? null : home, shortBreak ? null : placement.postcode(), shortBreak ? null : placement.urn()));
        }
        return rows;
    }

    /** The latest need recorded by the start of care (a referral's, or the period's own when brought in), or the first one after it. */
    private static String need(List<Dated> needs, LocalDate start) {
        if (needs == null) {
            return null;
        }
        return needs.stream().filter(n -> !n.date().isAfter(start)).reduce((a, b) -> b)
                .or(() -> needs.stream().findFirst()).map(Dated::value).orElse(null);
    }

    /** The child's home postcode when they became looked after: the latest address that started by then. */
    private static String home(List<Dated> homes, LocalDate start) {
        if (homes == null) {
            return null;
        }
        return homes.stream().filter(h -> !h.date().isAfter(start)).reduce((a, b) -> b).map(Dated::value).orElse(null);
    }

    /** OC2 is for a child looked after on every day of the year, other than on short breaks. */
    private static boolean lookedAfterAllYear(List<CarePeriod> periods, CollectionYear year) {
        return periods.stream().anyMatch(p -> !p.startDate().isAfter(year.start()) && (p.endDate() == null || p.endDate().isAfter(year.end()))
                && !SHORT_BREAKS.contains(p.legalStatusOn(year.end())));
    }

    private static HealthOutcomes healthOutcomes(LocalDate dateOfBirth, List<CarePeriod> periods, CollectionYear year, Records records, long id) {
        if (!lookedAfterAllYear(periods, year) || dateOfBirth == null) {
            return null;
        }
        var ageAtStart = java.time.Period.between(dateOfBirth, year.start()).getYears();
        var ageAtEnd = java.time.Period.between(dateOfBirth, year.end()).getYears();
        Integer score = null;
        String reason = null;
        if (ageAtStart >= 4 && ageAtEnd < 17) {
            var latest = records.sdqs().getOrDefault(id, List.of()).stream().filter(s -> year.contains(s.date())).reduce((a, b) -> b);
            if (latest.isPresent()) {
                score = latest.get().score();
                reason = latest.get().reason();
            }
        }
        var health = records.health().getOrDefault(id, List.of());
        var inYear = health.stream().filter(h -> year.contains(h.date())).map(Dated::value).toList();
        var assessed = inYear.contains("ASSESSMENT");
        var immunised = health.stream().filter(h -> h.value().startsWith("IMMUNISED")).reduce((a, b) -> b)
                .map(h -> h.value().endsWith("true")).orElse(false);
        var substance = inYear.stream().anyMatch(v -> v.startsWith("SUBSTANCE"));
        var seen = inYear.contains("SUBSTANCE SEEN");
        return new HealthOutcomes(score, reason, null, ageAtEnd < 5 ? flag(assessed) : null, flag(immunised), flag(inYear.contains("DENTAL")),
                flag(assessed), flag(substance), substance ? flag(seen) : null, substance && !seen ? "1" : null);
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    /** OC3: a care leaver (relevant or former relevant) with a 17th to 21st birthday in the year. */
    private static CareLeaverOutcomes careLeaverOutcomes(LocalDate dateOfBirth, List<CarePeriod> periods, CollectionYear year,
                                                         Map<Integer, Ssda903Repository.Contact> contacts, LocalDate today) {
        if (dateOfBirth == null || periods.isEmpty()) {
            return null;
        }
        for (var age = 17; age <= 21; age++) {
            var birthday = dateOfBirth.plusYears(age);
            if (!year.contains(birthday)) {
                continue;
            }
            var category = CareLeaverCategory.on(dateOfBirth, periods, birthday);
            if (category != CareLeaverCategory.RELEVANT && category != CareLeaverCategory.FORMER_RELEVANT) {
                return null;
            }
            var contact = contacts.get(age);
            if (contact != null) {
                return new CareLeaverOutcomes(age, birthday, contact.inTouch(), contact.activity(), contact.accommodation());
            }
            // No contact in the window around the birthday, and the window has closed: the authority was not in
            // touch, and so does not know what the young person is doing or where they live. While the window is
            // open the contact is still to be made, and the rules say so.
            return today.isAfter(new BirthdayContact(age, birthday, null).windowCloses())
                    ? new CareLeaverOutcomes(age, birthday, "NO", "0", "0") : new CareLeaverOutcomes(age, birthday, null, null, null);
        }
        return null;
    }

    /** AD1: the child's care ended in the year with an adoption order (E11, E12). */
    private static Adoption adoption(List<CarePeriod> periods, List<AdoptionPlanRow> plans, CollectionYear year) {
        var adopted = periods.stream().filter(p -> year.contains(p.endDate()) && ADOPTED.contains(p.reasonCeased())).findFirst();
        if (adopted.isEmpty()) {
            return null;
        }
        var day = adopted.get().endDate();
        var plan = plans.stream().filter(p -> p.orderDate() != null).min(Comparator.comparing(p -> Math.abs(p.orderDate().toEpochDay() - day.toEpochDay())));
        if (plan.isEmpty()) {
            return new Adoption(day, null, null, null, null, null, null);
        }
        var row = plan.get();
        var sexes = switch (row.adopterSexes()) {
            case "M" -> "M1";
            case "F" -> "F1";
            case "MM" -> "MM";
            case "FF" -> "FF";
            case "FM" -> "MF";
            default -> null;
        };
        // The adopters' legal relationship is not recorded: a couple is reported as L2 until it is.
        var legalStatus = switch (row.adopters()) {
            case 1 -> "L0";
            case 2 -> "L2";
            default -> null;
        };
        return new Adoption(day, row.decisionDate(), row.matchDate(), row.fosterCarers() == null ? null : flag(row.fosterCarers()),
                row.adopters() == 0 ? null : row.adopters(), sexes, legalStatus);
    }

    /** Decisions that the child should be placed for adoption that stood at any time in the year. */
    private static List<PlacedForAdoption> placedForAdoption(List<AdoptionPlanRow> plans, CollectionYear year) {
        return plans.stream()
                .filter(p -> !p.decisionDate().isAfter(year.end()) && (p.ceasedDate() == null || !p.ceasedDate().isBefore(year.start()))
                        && (p.orderDate() == null || !p.orderDate().isBefore(year.start())))
                .map(p -> {
                    var ceased = p.ceasedDate() != null && !p.ceasedDate().isAfter(year.end());
                    return new PlacedForAdoption(p.decisionDate(), ceased ? p.ceasedDate() : null, ceased ? p.ceasedReason() : null);
                })
                .toList();
    }

    /**
     * The permanence order that ended the child's care before their latest period in the year
     * began: an adoption order (P1), special guardianship (P2) or child arrangements order (P3)
     * made here; Z1 when there was none.
     */
    private PreviousPermanence previousPermanence(List<CarePeriod> periods, List<AdoptionPlanRow> plans, List<Dated> orders, CollectionYear year) {
        var latestStart = periods.stream().map(CarePeriod::startDate).filter(d -> !d.isAfter(year.end())).max(Comparator.naturalOrder()).orElseThrow();
        var before = new ArrayList<Dated>();
        plans.stream().filter(p -> p.orderDate() != null && p.orderDate().isBefore(latestStart))
                .forEach(p -> before.add(new Dated(0, p.orderDate(), "P1")));
        orders.stream().filter(o -> o.date().isBefore(latestStart))
                .forEach(o -> before.add(new Dated(0, o.date(), "SGO".equals(o.value()) ? "P2" : "P3")));
        return before.stream().max(Comparator.comparing(Dated::date))
                .map(order -> new PreviousPermanence(order.value(), authority.laCode(), order.date()))
                .orElse(new PreviousPermanence("Z1", null, null));
    }

    private static List<SocialWorkerEpisode> socialWorkers(List<Ssda903Repository.Allocation> allocations, CollectionYear year) {
        return allocations.stream()
                .map(a -> new SocialWorkerEpisode("SW" + a.workerId(), a.start(), a.end() == null || a.end().isAfter(year.end()) ? null : a.end(), null))
                .toList();
    }
}
