package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Writes referrals of children in care to other services, mental health support above all, with
 * the waits such services have: most seen within 8 to 30 weeks of the referral, some still
 * waiting now, a few declined.
 */
final class ServiceReferralRecords {

    private static final String REFERRAL = "service_referral (id, authority_id, person_id, service, provider, reason, referred_date, decision_date,"
            + " accepted, first_seen, closed_date, recorded_by, recorded_at)";
    private static final String[][] SERVICES = {
        {"CAMHS", "CAMHS North (NHS trust)", "Low mood, poor sleep and self-harm."},
        {"CAMHS", "CAMHS North (NHS trust)", "Trauma symptoms after the move into care."},
        {"EMOTIONAL_WELLBEING", "Northwold school counselling service", "Anxiety about contact with birth family."},
        {"NEURODEVELOPMENTAL", "Neurodevelopmental pathway (NHS trust)", "Possible ADHD: concentration and impulsivity at school."},
        {"SPEECH_AND_LANGUAGE", "Speech and language therapy (NHS trust)", "Expressive language delay."},
        {"SUBSTANCE_MISUSE", "Young people's drug and alcohol service", "Cannabis use most days."}};

    private final CopyBatch rows;
    private final IdBlock ids;
    private final RandomGenerator random;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;

    ServiceReferralRecords(CopyBatch rows, IdBlock ids, RandomGenerator random, short authority, LocalDate today, Instant loadedAt) {
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
    }

    /** About one child in care in four is referred once while looked after. */
    void write(long child, LocalDate inCareFrom, LocalDate ceased, String worker) {
        var last = ceased == null ? today : ceased;
        if (random.nextInt(4) != 0 || !last.isAfter(inCareFrom.plusDays(30))) {
            return;
        }
        var service = SERVICES[random.nextInt(SERVICES.length)];
        var referred = inCareFrom.plusDays(20 + random.nextInt((int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(inCareFrom, last) - 20)));
        var decided = referred.plusDays(7 + random.nextInt(21));
        var declined = random.nextInt(10) == 0;
        var seen = declined ? null : referred.plusWeeks(8 + random.nextInt(random.nextInt(4) == 0 ? 30 : 16)).plusDays(random.nextInt(7));
        if (decided.isAfter(today)) {
            decided = null;
        }
        if (seen != null && (decided == null || seen.isAfter(today))) {
            seen = null;
        }
        rows.row(REFERRAL, ids.next("service_referral"), authority, child, service[0], service[1], service[2], referred, decided,
                decided == null ? null : !declined, seen, declined && decided != null ? decided : null, worker, loadedAt);
    }
}
