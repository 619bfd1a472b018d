package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.CaseStatus;
import org.opencsc.child.Ethnicity;
import org.opencsc.child.LaChildId;
import org.opencsc.child.NhsNumber;
import org.opencsc.child.Upn;
import org.opencsc.work.NoteKind;

/**
 * Families as a children's services department meets them: a household with a mother (and
 * often a father), one to four children, an address, and a history with the council that puts
 * the children somewhere on the journey from early help to leaving care.
 */
final class Households {

    /** Totals the generator reports and the tests check. */
    record Tally(int children, int people, int lookedAfter, int openCases, int restricted) {
    }

    private static final String PERSON = "person (id, authority_id, kind, la_child_id, upn, upn_unknown_reason, nhs_number, given_name,"
            + " family_name, date_of_birth, expected_date_of_birth, sex, ethnicity, first_language, immigration_status, uasc, case_status,"
            + " restricted, restriction_reason, created_by, updated_by, created_at, updated_at)";
    private static final String ADDRESS = "address (id, person_id, line1, town, postcode, start_date, end_date, recorded_by)";
    private static final String RELATIONSHIP = "relationship (id, person_id, related_person_id, kind, parental_responsibility, recorded_by)";
    private static final String ALLOCATION = "allocation (id, person_id, team_id, worker_id, start_date, end_date, recorded_by)";
    private static final String CASE_NOTE = "case_note (id, authority_id, person_id, note_group, version, kind, subject, body, occurred_on,"
            + " status, author, created_at, last_saved_at, finalised_at)";
    private static final String INVOLVEMENT = "professional_involvement (id, person_id, role, name, organisation, phone, start_date, recorded_by)";
    private static final String WARNING = "warning_note (id, person_id, category, note, start_date, review_date, recorded_by)";
    private static final String OTHER_NAME = "person_other_name (id, person_id, kind, given_name, family_name)";
    private static final String DISABILITY = "person_disability (person_id, code)";
    private static final String ACCESS = "record_access (person_id, user_id, granted_by)";

    private static final Ethnicity[] ETHNICITIES = Ethnicity.values();
    private static final double[] ETHNICITY_WEIGHTS = {60, 1, 0.5, 8, 0.5, 4, 2, 2, 3, 2, 3, 2, 2, 3, 4, 1, 0.5, 2, 0.5, 0.5};
    private static final String[] DISABILITIES = {"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"};
    private static final String[] WARNINGS = {"Risk to staff", "Dog at property", "Do not disclose address", "Known to police",
        "Interpreter needed", "Lone working: visit in pairs"};
    private static final String[] SCHOOLS = {"Northwold Primary School", "St Mary's CofE Primary", "Eastmere Academy",
        "Northwold High School", "Westholme Community College", "Southby Primary", "Brook Lane Infant School", "The Grange School"};
    private static final String[] SURGERIES = {"Mill Lane Surgery", "Northwold Health Centre", "Station Road Medical Practice",
        "Eastmere Family Practice"};

    private final DemoProfile profile;
    private final RandomGenerator random;
    private final IdBlock ids;
    private final CopyBatch rows;
    private final StaffRoster roster;
    private final short authority;
    private final LocalDate today;
    private final ZoneId zone;
    private final Instant loadedAt;
    private final long restrictedReader;
    private final JourneyRecords journeys;
    private final WorkloadRecords workload;
    private final OversightRecords oversight;
    private final List<Audited> auditable = new ArrayList<>();

    /** A child whose case is open and held by a team: one the quality team may audit. */
    record Audited(long personId, long teamId) {
    }

    private int children;
    private int people;
    private int lookedAfter;
    private int openCases;
    private int restricted;
    private int upnSerial;
    private int nhsSerial;

    Households(DemoProfile profile, RandomGenerator random, IdBlock ids, CopyBatch rows, StaffRoster roster, short authority,
               LocalDate today, ZoneId zone, org.opencsc.timescales.WorkingDayCalendar calendar) {
        this.profile = profile;
        this.random = random;
        this.ids = ids;
        this.rows = rows;
        this.roster = roster;
        this.authority = authority;
        this.today = today;
        this.zone = zone;
        this.loadedAt = today.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
        this.restrictedReader = roster.member("tm1").id();
        var iros = roster.caseHolders(roster.team("Independent Reviewing Service")).stream().map(StaffRoster.Member::displayName).toList();
        this.journeys = new JourneyRecords(rows, ids, random, authority, today, loadedAt, calendar, iros);
        this.workload = new WorkloadRecords(rows, authority, loadedAt);
        this.oversight = new OversightRecords(rows, ids, roster, authority, today, loadedAt);
    }

    Tally build() {
        while (children < profile.children()) {
            household(statusForHousehold());
        }
        return new Tally(children, people, lookedAfter, openCases, restricted);
    }

    private CaseStatus statusForHousehold() {
        var mix = profile.mix();
        double roll = random.nextDouble();
        double[] shares = {mix.lookedAfter(), mix.protection(), mix.childInNeed(), mix.assessment(), mix.referral(), mix.careLeaver(),
            mix.earlyHelp()};
        CaseStatus[] statuses = {CaseStatus.LOOKED_AFTER, CaseStatus.CHILD_PROTECTION, CaseStatus.CHILD_IN_NEED, CaseStatus.ASSESSMENT,
            CaseStatus.REFERRAL, CaseStatus.CARE_LEAVER, CaseStatus.EARLY_HELP};
        // Shares are of children; households average about 1.9 children, care leavers 1.
        for (int i = 0; i < shares.length; i++) {
            double share = statuses[i] == CaseStatus.CARE_LEAVER ? shares[i] / 1.9 : shares[i];
            if (roll < share) {
                return statuses[i];
            }
            roll -= share;
        }
        return CaseStatus.CLOSED;
    }

    private void household(CaseStatus status) {
        var surname = NameBank.pick(NameBank.FAMILY, random);
        var postcode = NameBank.postcode(random);
        var street = (1 + random.nextInt(180)) + " " + NameBank.pick(NameBank.STREETS, random);
        var town = NameBank.pick(NameBank.TOWNS, random);
        var movedIn = today.minusDays(200 + random.nextInt(365 * 6));
        if (status == CaseStatus.CARE_LEAVER) {
            var age = 18 + random.nextInt(4);
            var child = child(status, surname, age, false);
            address(child, street, town, postcode, today.minusDays(30 + random.nextInt(600)));
            return;
        }
        if (status == CaseStatus.LOOKED_AFTER && random.nextInt(10) == 0) {
            var child = child(status, NameBank.pick(NameBank.FAMILY, random), 15 + random.nextInt(3), true);
            address(child, street, town, postcode, today.minusDays(30 + random.nextInt(400)));
            return;
        }
        int count = weightedChildren();
        int eldest = status == CaseStatus.LOOKED_AFTER ? 4 + random.nextInt(14) : random.nextInt(18);
        var siblings = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            int age = Math.max(0, eldest - i * (1 + random.nextInt(4)));
            var id = child(status, surname, age, false);
            address(id, street, town, postcode, movedIn);
            siblings.add(id);
        }
        if ((status == CaseStatus.CHILD_PROTECTION || status == CaseStatus.ASSESSMENT) && random.nextInt(30) == 0) {
            siblings.add(unborn(surname, street, town, postcode, movedIn));
        }
        for (int a = 0; a < siblings.size(); a++) {
            for (int b = a + 1; b < siblings.size(); b++) {
                rows.row(RELATIONSHIP, ids.next("relationship"), siblings.get(a), siblings.get(b),
                        random.nextInt(5) == 0 ? "HALF_SIBLING" : "SIBLING", false, "demo");
            }
        }
        var mother = adult(NameBank.pick(NameBank.WOMEN, random), surname, "F", eldest + 19 + random.nextInt(20));
        address(mother, street, town, postcode, movedIn);
        for (var child : siblings) {
            rows.row(RELATIONSHIP, ids.next("relationship"), child, mother, "MOTHER", true, "demo");
        }
        if (random.nextInt(10) < 7) {
            var fatherSurname = random.nextInt(10) < 6 ? surname : NameBank.pick(NameBank.FAMILY, random);
            var father = adult(NameBank.pick(NameBank.MEN, random), fatherSurname, "M", eldest + 20 + random.nextInt(22));
            var together = random.nextBoolean();
            if (together) {
                address(father, street, town, postcode, movedIn);
            } else {
                address(father, (1 + random.nextInt(90)) + " " + NameBank.pick(NameBank.STREETS, random), NameBank.pick(NameBank.TOWNS, random),
                        NameBank.postcode(random), today.minusDays(100 + random.nextInt(2000)));
            }
            var parentalResponsibility = random.nextInt(10) < 8;
            for (var child : siblings) {
                rows.row(RELATIONSHIP, ids.next("relationship"), child, father, "FATHER", parentalResponsibility, "demo");
            }
        }
    }

    private int weightedChildren() {
        int roll = random.nextInt(100);
        return roll < 40 ? 1 : roll < 75 ? 2 : roll < 93 ? 3 : 4;
    }

    private long adult(String given, String family, String sex, int age) {
        var id = ids.next("person");
        var born = today.minusYears(age).minusDays(random.nextInt(365));
        rows.row(PERSON, id, authority, "FAMILY_MEMBER", LaChildId.forRecord(id), null, null, nhsNumber(), given, family, born, null, sex,
                ethnicity().code(), "English", null, false, CaseStatus.NOT_OPEN.name(), false, null, "demo", "demo", loadedAt, loadedAt);
        people++;
        return id;
    }

    private long unborn(String family, String street, String town, String postcode, LocalDate movedIn) {
        var id = ids.next("person");
        var due = today.plusDays(20 + random.nextInt(150));
        var referral = today.minusDays(5 + random.nextInt(40));
        var events = List.of(event(id, CaseEventKind.REFERRAL_RECEIVED, referral),
                event(id, CaseEventKind.ASSESSMENT_STARTED, referral.plusDays(1)));
        var status = CaseStatus.derive(events);
        rows.row(PERSON, id, authority, "UNBORN", LaChildId.forRecord(id), null, null, null, "Unborn", family, null, due, "U", null, null, null,
                false, status.name(), false, null, "demo", "demo", loadedAt, loadedAt);
        address(id, street, town, postcode, movedIn);
        var holder = allocate(id, status, referral);
        journeys.write(new CareRecords.Child(id, null, family, false), events, holder.workerUsername() == null ? "demo" : holder.workerUsername());
        children++;
        people++;
        openCases++;
        return id;
    }

    private long child(CaseStatus plannedStatus, String family, int age, boolean unaccompanied) {
        var id = ids.next("person");
        var male = unaccompanied ? random.nextInt(10) < 9 : random.nextBoolean();
        var given = NameBank.pick(male ? NameBank.BOYS : NameBank.GIRLS, random);
        var born = today.minusYears(age).minusDays(random.nextInt(365));
        var events = history(id, plannedStatus, born, unaccompanied);
        var status = CaseStatus.derive(events);
        var isRestricted = random.nextInt(1000) < 3;
        var ethnicity = unaccompanied ? new String[] {"BAFR", "AOTH", "OOTH", "BOTH"}[random.nextInt(4)] : ethnicity().code();
        // Young adults (care leavers) went to school here too, so they keep the UPN they had.
        var upn = age >= 5 ? upn(born) : null;
        rows.row(PERSON, id, authority, "CHILD", LaChildId.forRecord(id), upn, upn == null && age < 6 ? "UN6" : null, nhsNumber(), given, family,
                born, null, male ? "M" : "F", ethnicity, unaccompanied ? new String[] {"Arabic", "Tigrinya", "Pashto", "Kurdish"}[random.nextInt(4)] : "English",
                unaccompanied ? "Unaccompanied asylum-seeking child" : null, unaccompanied, status.name(), isRestricted,
                isRestricted ? "Child of a member of staff" : null, "demo", "demo", loadedAt, loadedAt);
        children++;
        people++;
        if (status == CaseStatus.LOOKED_AFTER) {
            lookedAfter++;
        }
        if (status != CaseStatus.CLOSED && status != CaseStatus.NOT_OPEN) {
            openCases++;
        }
        if (isRestricted) {
            restricted++;
            rows.row(ACCESS, id, restrictedReader, "demo");
        }
        var started = events.isEmpty() ? today : events.getLast().date();
        var holder = allocate(id, status, started);
        journeys.write(new CareRecords.Child(id, born, family, unaccompanied), events,
                holder.workerUsername() == null ? "demo" : holder.workerUsername());
        if (status != CaseStatus.CLOSED) {
            oversight.write(id, status, events, holder.team(), holder.workerUsername());
            notes(id, status, given, started, holder);
            involvements(id, age);
        }
        characteristics(id, given, family, born);
        return id;
    }

    /** The key events that put a child where the household is on the journey, all in the past. */
    private List<CaseEvent> history(long id, CaseStatus status, LocalDate born, boolean unaccompanied) {
        var events = new ArrayList<CaseEvent>();
        var earliest = born.plusDays(1);
        if (status != CaseStatus.CARE_LEAVER && random.nextInt(4) == 0) {
            var start = clamp(today.minusDays(400 + random.nextInt(365 * profile.historyYears())), earliest);
            if (start.isBefore(today.minusDays(200))) {
                closedEpisode(id, start, events);
                earliest = events.getLast().date().plusDays(30);
            }
        }
        switch (status) {
            case REFERRAL -> events.add(event(id, CaseEventKind.REFERRAL_RECEIVED, clamp(today.minusDays(random.nextInt(6)), earliest)));
            case EARLY_HELP -> events.add(event(id, CaseEventKind.EARLY_HELP_STARTED, clamp(today.minusDays(10 + random.nextInt(290)), earliest)));
            case ASSESSMENT -> {
                var referral = clamp(today.minusDays(5 + random.nextInt(40)), earliest);
                events.add(event(id, CaseEventKind.REFERRAL_RECEIVED, referral));
                events.add(event(id, CaseEventKind.ASSESSMENT_STARTED, clamp(referral.plusDays(1 + random.nextInt(3)), referral)));
            }
            case CHILD_IN_NEED -> {
                var referral = clamp(today.minusDays(60 + random.nextInt(660)), earliest);
                var assessed = clamp(referral.plusDays(20 + random.nextInt(25)), referral);
                events.add(event(id, CaseEventKind.REFERRAL_RECEIVED, referral));
                events.add(event(id, CaseEventKind.ASSESSMENT_STARTED, clamp(referral.plusDays(1 + random.nextInt(3)), referral)));
                events.add(event(id, CaseEventKind.ASSESSMENT_COMPLETED, assessed));
                events.add(event(id, CaseEventKind.CIN_PLAN_STARTED, clamp(assessed.plusDays(random.nextInt(10)), assessed)));
            }
            case CHILD_PROTECTION -> {
                var referral = clamp(today.minusDays(40 + random.nextInt(500)), earliest);
                events.add(event(id, CaseEventKind.REFERRAL_RECEIVED, referral));
                events.add(event(id, CaseEventKind.ASSESSMENT_STARTED, clamp(referral.plusDays(1 + random.nextInt(3)), referral)));
                events.add(event(id, CaseEventKind.ASSESSMENT_COMPLETED, clamp(referral.plusDays(10 + random.nextInt(20)), referral)));
                events.add(event(id, CaseEventKind.CP_PLAN_STARTED, weekday(clamp(referral.plusDays(15 + random.nextInt(25)), referral))));
            }
            case LOOKED_AFTER -> {
                var entered = clamp(today.minusDays(30 + random.nextInt(Math.max(31, (int) Math.min(365L * 8, ChronoUnit.DAYS.between(earliest, today))))), earliest);
                if (unaccompanied) {
                    // Unaccompanied children arrive in their teens and have been here months, not years.
                    entered = clamp(today.minusDays(20 + random.nextInt(700)), max(earliest, born.plusYears(14)));
                } else if (random.nextInt(25) == 0) {
                    // A few came into care in the last weeks: their care plan and first review are still to come.
                    entered = clamp(today.minusDays(1 + random.nextInt(25)), earliest);
                }
                if (!unaccompanied && random.nextBoolean() && entered.isAfter(earliest.plusDays(120))) {
                    var referral = entered.minusDays(60 + random.nextInt(60));
                    events.add(event(id, CaseEventKind.REFERRAL_RECEIVED, referral));
                    events.add(event(id, CaseEventKind.ASSESSMENT_STARTED, referral.plusDays(1)));
                    events.add(event(id, CaseEventKind.ASSESSMENT_COMPLETED, referral.plusDays(15)));
                    events.add(event(id, CaseEventKind.CP_PLAN_STARTED, weekday(referral.plusDays(20))));
                    events.add(event(id, CaseEventKind.CP_PLAN_ENDED, entered));
                } else {
                    referredIntoCare(id, max(earliest, entered.minusDays(30)), entered, events);
                }
                events.add(event(id, CaseEventKind.BECAME_LOOKED_AFTER, entered));
            }
            case CARE_LEAVER -> {
                var eighteen = born.plusYears(18);
                var entered = born.plusYears(12 + random.nextInt(5)).plusDays(random.nextInt(300));
                referredIntoCare(id, entered.minusDays(30), entered, events);
                events.add(event(id, CaseEventKind.BECAME_LOOKED_AFTER, entered));
                events.add(event(id, CaseEventKind.CEASED_LOOKED_AFTER, eighteen));
                events.add(event(id, CaseEventKind.CASE_CLOSED, eighteen));
                events.add(event(id, CaseEventKind.CARE_LEAVER_SUPPORT_STARTED, eighteen));
            }
            default -> {
                // About one closed child in twenty was looked after once; the rest had a referral that was assessed and closed.
                if (random.nextInt(20) > 0 || !pastCare(id, born, earliest, events)) {
                    closedEpisode(id, clamp(today.minusDays(60 + random.nextInt(365 * profile.historyYears())), earliest), events);
                }
            }
        }
        return events;
    }

    /**
     * The referral and assessment a child came into care from: every looked-after child has one, and
     * its primary need is the category of need the SSDA903 reports for the period of care.
     */
    private void referredIntoCare(long id, LocalDate referral, LocalDate entered, List<CaseEvent> events) {
        // A young unaccompanied child arriving today has an "earliest" day after today: the referral is never after care began.
        referral = min(referral, entered);
        events.add(event(id, CaseEventKind.REFERRAL_RECEIVED, referral));
        events.add(event(id, CaseEventKind.ASSESSMENT_STARTED, referral));
        events.add(event(id, CaseEventKind.ASSESSMENT_COMPLETED, min(referral.plusDays(15), entered)));
    }

    /**
     * A child who was looked after and went home, or to a special guardian or adopters: a referral, an assessment, a period of
     * care of months or a couple of years, and the case closed after it. False when the child is too young or too old for one.
     */
    private boolean pastCare(long id, LocalDate born, LocalDate earliest, List<CaseEvent> events) {
        var referral = clamp(today.minusDays(300 + random.nextInt(365 * profile.historyYears())), earliest);
        var entered = referral.plusDays(20 + random.nextInt(40));
        var ceased = min(entered.plusDays(90 + random.nextInt(900)), min(today.minusDays(60), born.plusYears(18).minusDays(1)));
        if (!ceased.isAfter(entered.plusDays(30))) {
            return false;
        }
        events.add(event(id, CaseEventKind.REFERRAL_RECEIVED, referral));
        events.add(event(id, CaseEventKind.ASSESSMENT_STARTED, referral.plusDays(1)));
        events.add(event(id, CaseEventKind.ASSESSMENT_COMPLETED, referral.plusDays(15)));
        events.add(event(id, CaseEventKind.BECAME_LOOKED_AFTER, entered));
        events.add(event(id, CaseEventKind.CEASED_LOOKED_AFTER, ceased));
        events.add(event(id, CaseEventKind.CASE_CLOSED, min(ceased.plusDays(10 + random.nextInt(50)), today.minusDays(1))));
        return true;
    }

    /** A referral that was assessed and closed (sometimes after a CIN plan), all before today. */
    private void closedEpisode(long id, LocalDate referral, List<CaseEvent> events) {
        var lastDay = today.minusDays(1);
        var received = min(referral, lastDay.minusDays(2));
        var started = min(received.plusDays(1 + random.nextInt(3)), lastDay);
        var assessed = min(received.plusDays(10 + random.nextInt(35)), lastDay);
        events.add(event(id, CaseEventKind.REFERRAL_RECEIVED, received));
        events.add(event(id, CaseEventKind.ASSESSMENT_STARTED, started));
        events.add(event(id, CaseEventKind.ASSESSMENT_COMPLETED, max(assessed, started)));
        var closed = assessed.plusDays(random.nextInt(20));
        if (random.nextInt(10) < 3) {
            events.add(event(id, CaseEventKind.CIN_PLAN_STARTED, max(min(assessed.plusDays(5), lastDay), assessed)));
            closed = assessed.plusDays(90 + random.nextInt(300));
        }
        events.add(event(id, CaseEventKind.CASE_CLOSED, max(min(closed, lastDay), events.getLast().date())));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A plan starts at its initial conference, and conferences are held on weekdays: a weekend moves back to the Friday. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    private LocalDate clamp(LocalDate day, LocalDate earliest) {
        var clamped = day.isBefore(earliest) ? earliest : day;
        return clamped.isAfter(today) ? today : clamped;
    }

    /** A generated event: its id is only its place in the history; the rows get theirs when written. */
    private CaseEvent event(long personId, CaseEventKind kind, LocalDate date) {
        return new CaseEvent(0, personId, kind, date, "demo", "demo", loadedAt);
    }

    private void address(long personId, String street, String town, String postcode, LocalDate movedIn) {
        if (random.nextInt(10) < 3) {
            var before = movedIn.minusDays(300 + random.nextInt(1500));
            rows.row(ADDRESS, ids.next("address"), personId, (1 + random.nextInt(120)) + " " + NameBank.pick(NameBank.STREETS, random),
                    NameBank.pick(NameBank.TOWNS, random), NameBank.postcode(random), before, movedIn, "demo");
        }
        rows.row(ADDRESS, ids.next("address"), personId, street, town, postcode, movedIn, null, "demo");
    }

    /** Who holds a child's case, for writing their notes. */
    private record Holder(StaffRoster.Team team, String workerUsername) {
    }

    private Holder allocate(long personId, CaseStatus status, LocalDate since) {
        var team = roster.teamFor(status, random);
        var workers = roster.caseHolders(team);
        Long worker = workers.isEmpty() || random.nextInt(100) < 5 ? null : workers.get(random.nextInt(workers.size())).id();
        if (status == CaseStatus.CLOSED) {
            rows.row(ALLOCATION, ids.next("allocation"), personId, team.id(), worker, since.minusDays(40), since, "demo");
        } else {
            rows.row(ALLOCATION, ids.next("allocation"), personId, team.id(), worker, since, null, "demo");
            auditable.add(new Audited(personId, team.id()));
            workload.allocated(personId, status, worker);
        }
        return new Holder(team, worker == null ? null : workers.stream().filter(m -> m.id() == worker).findFirst().orElseThrow().username());
    }

    private void notes(long personId, CaseStatus status, String given, LocalDate since, Holder holder) {
        int count = 3 + random.nextInt(6);
        var from = since.isBefore(today.minusDays(180)) ? today.minusDays(180) : since;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, today));
        var team = roster.caseHolders(holder.team());
        for (int i = 0; i < count; i++) {
            var kind = NOTE_KINDS[random.nextInt(NOTE_KINDS.length)];
            var occurred = from.plusDays(random.nextLong(span + 1));
            var author = holder.workerUsername() != null && random.nextInt(4) > 0 ? holder.workerUsername()
                    : team.isEmpty() ? "demo" : team.get(random.nextInt(team.size())).username();
            var late = random.nextInt(100) < 15 ? 5 + random.nextInt(20) : random.nextInt(3);
            var written = occurred.plusDays(late).atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(zone).toInstant();
            if (written.isAfter(loadedAt)) {
                written = loadedAt;
            }
            rows.row(CASE_NOTE, ids.next("case_note"), authority, personId, new UUID(random.nextLong(), random.nextLong()), 1, kind.name(),
                    subject(kind, given), body(kind, given, status), occurred, "FINAL", author, written, written, written);
        }
    }

    private static final NoteKind[] NOTE_KINDS = {NoteKind.HOME_VISIT, NoteKind.HOME_VISIT, NoteKind.STATUTORY_VISIT, NoteKind.DIRECT_WORK,
        NoteKind.PHONE_CALL, NoteKind.PHONE_CALL, NoteKind.EMAIL_OR_LETTER, NoteKind.MEETING, NoteKind.MULTI_AGENCY_DISCUSSION,
        NoteKind.MANAGEMENT_OVERSIGHT, NoteKind.SUPERVISION};

    private static String subject(NoteKind kind, String given) {
        return switch (kind) {
            case HOME_VISIT -> "Home visit to " + given;
            case STATUTORY_VISIT -> "Statutory visit";
            case DIRECT_WORK -> "Direct work: wishes and feelings";
            case PHONE_CALL -> "Call with school about " + given;
            case EMAIL_OR_LETTER -> "Email from health visitor";
            case MEETING -> "Family meeting";
            case MULTI_AGENCY_DISCUSSION -> "Multi-agency discussion";
            case MANAGEMENT_OVERSIGHT -> "Management oversight";
            case SUPERVISION -> "Case discussed in supervision";
            default -> "Case note";
        };
    }

    private String body(NoteKind kind, String given, CaseStatus status) {
        var seen = random.nextInt(10) < 7 ? given + " was seen alone in their bedroom and talked about school and friends. "
                : given + " was seen with their mother present; they were quiet but smiled when talking about football. ";
        return switch (kind) {
            case HOME_VISIT, STATUTORY_VISIT -> seen + "The home was warm and there was food in the cupboards. "
                    + "Next visit booked within the plan's timescale.";
            case DIRECT_WORK -> "Used the three houses tool with " + given + ". Worries: arguments at home at night. "
                    + "Good things: nan's house, the school breakfast club. Dreams: to have their own room.";
            case PHONE_CALL -> "Spoke to the designated safeguarding lead. Attendance is " + (80 + random.nextInt(20))
                    + "% this term; no new concerns raised. School will share the next attendance report.";
            case EMAIL_OR_LETTER -> "Health visitor confirms the last check was completed and growth is on the expected centile.";
            case MEETING -> "Met with parents to review the plan. Mother agreed to attend the parenting course; "
                    + "father to be invited to the next meeting.";
            case MULTI_AGENCY_DISCUSSION -> "Discussion with police, school and health. Information shared; actions agreed and recorded "
                    + "on the plan.";
            case MANAGEMENT_OVERSIGHT -> "Reviewed the case (" + status.label().toLowerCase() + "). The plan is progressing; "
                    + "agreed to review the chronology and to check the next statutory visit date.";
            case SUPERVISION -> "Case discussed in supervision. Reflected on the impact of neglect on " + given
                    + ". Actions: update the assessment, speak to the school nurse.";
            default -> "Case note.";
        };
    }

    private void involvements(long personId, int age) {
        if (random.nextInt(10) < 9) {
            rows.row(INVOLVEMENT, ids.next("professional_involvement"), personId, "GP", "Dr " + NameBank.pick(NameBank.FAMILY, random),
                    SURGERIES[random.nextInt(SURGERIES.length)], "01632 96" + (1000 + random.nextInt(8999)), today.minusYears(Math.min(age, 5)), "demo");
        }
        if (age >= 5 && age < 18) {
            rows.row(INVOLVEMENT, ids.next("professional_involvement"), personId, "School",
                    NameBank.pick(NameBank.WOMEN, random) + " " + NameBank.pick(NameBank.FAMILY, random),
                    SCHOOLS[random.nextInt(SCHOOLS.length)], "01632 95" + (1000 + random.nextInt(8999)), today.minusYears(age - 4), "demo");
        } else if (age < 5) {
            rows.row(INVOLVEMENT, ids.next("professional_involvement"), personId, "Health visitor",
                    NameBank.pick(NameBank.WOMEN, random) + " " + NameBank.pick(NameBank.FAMILY, random),
                    "Northwold Community Health", "01632 94" + (1000 + random.nextInt(8999)), today.minusYears(age), "demo");
        }
    }

    private void characteristics(long personId, String given, String family, LocalDate born) {
        // The CIN census needs a disability answer for every child in need, so "none" is recorded rather than left blank.
        if (JourneyRecords.disabled(family, born)) {
            rows.row(DISABILITY, personId, DISABILITIES[random.nextInt(DISABILITIES.length)]);
        } else {
            rows.row(DISABILITY, personId, "NONE");
        }
        if (random.nextInt(100) < 3) {
            rows.row(WARNING, ids.next("warning_note"), personId, WARNINGS[random.nextInt(WARNINGS.length)],
                    "Discuss with the team manager before any visit.", today.minusDays(30 + random.nextInt(300)),
                    today.plusDays(random.nextInt(240) - 60), "demo");
        }
        if (random.nextInt(100) < 2) {
            rows.row(OTHER_NAME, ids.next("person_other_name"), personId, "known as", given.substring(0, Math.min(3, given.length())), family);
        }
    }

    private Ethnicity ethnicity() {
        double total = 0;
        for (var w : ETHNICITY_WEIGHTS) {
            total += w;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < ETHNICITY_WEIGHTS.length; i++) {
            roll -= ETHNICITY_WEIGHTS[i];
            if (roll < 0) {
                return ETHNICITIES[i];
            }
        }
        return Ethnicity.WBRI;
    }

    private String upn(LocalDate born) {
        var serial = upnSerial++;
        var establishment = 2000 + (serial / 1000) % 8000;
        var year = (born.getYear() + 4) % 100;
        return Upn.withCheckLetter("999" + establishment + String.format("%02d%03d", year, serial % 1000));
    }

    private String nhsNumber() {
        while (true) {
            var candidate = NhsNumber.withCheckDigit("999" + String.format("%06d", nhsSerial++));
            if (candidate != null) {
                return candidate;
            }
        }
    }

    /** The children matched with adopters, for the adopters' side of each match. */
    /** The open cases held by a team, in the order they were made. */
    List<Audited> auditable() {
        return auditable;
    }

    List<PermanenceRecords.Matched> matchedForAdoption() {
        return journeys.matchedForAdoption();
    }
}
