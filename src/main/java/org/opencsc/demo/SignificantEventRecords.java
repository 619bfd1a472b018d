package org.opencsc.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes significant events workers add by hand to the chronologies of children in care: the
 * parts of a child's life the record does not otherwise hold. Chosen from the child and the day
 * they came into care rather than from the shared random sequence, so adding them changes
 * nothing else the seed makes. The first child written, and every fortieth after, has one event
 * corrected, so corrections (a second version with its reason) are in every demo.
 */
final class SignificantEventRecords {

    private static final String EVENT = "significant_event (id, authority_id, person_id, event_group, version, event_date, category, what_happened,"
            + " impact, source, recorded_by, recorded_at, correction_reason)";
    private static final String[][] EVENTS = {
        {"FAMILY", "Maternal grandmother, the child's main support outside care, died.", "Withdrawn for several weeks; asked to go to the funeral.",
            "Mother"},
        {"HEALTH", "Admitted to hospital for two nights with a broken arm after a fall at school.", "Missed a week of school; frightened of hospitals.",
            "Hospital discharge letter"},
        {"EDUCATION", "Fixed-term exclusion from school for three days.", "Fell behind in maths; says teachers do not like them.", "School"},
        {"POLICE", "Police called to the family home: father arrested after a domestic incident.", "Saw the arrest; asked whether they caused it.",
            "Police notification"},
        {"MOVE", "Older sibling moved to a separate placement in another town.", "Misses them; contact set up fortnightly.", "Social worker"},
        {"OTHER", "Pet dog from home rehomed.", "Upset; a photo of the dog kept in their life story book.", "Foster carer"}};

    private final CopyBatch rows;
    private final IdBlock ids;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;
    private int written;

    SignificantEventRecords(CopyBatch rows, IdBlock ids, short authority, LocalDate today, Instant loadedAt) {
        this.rows = rows;
        this.ids = ids;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
    }

    /** One child in care in three has one or two significant events between coming into care and today (or leaving). */
    void write(long child, LocalDate inCareFrom, LocalDate ceased, String worker) {
        var last = ceased == null ? today : ceased;
        var days = ChronoUnit.DAYS.between(inCareFrom, last);
        var pick = Math.floorMod(Long.hashCode(child * 0x9E3779B97F4A7C15L) ^ inCareFrom.hashCode(), 1_000);
        if (days < 14 || (pick % 3 != 0 && written > 0)) {
            return;
        }
        var count = 1 + pick % 2;
        for (int n = 0; n < count; n++) {
            var event = EVENTS[(pick / 3 + n) % EVENTS.length];
            var date = inCareFrom.plusDays(7 + (pick * (n + 1) * 37L) % (days - 7));
            var id = ids.next("significant_event");
            var group = UUID.nameUUIDFromBytes(("significant-event-" + child + "-" + n).getBytes(StandardCharsets.UTF_8));
            rows.row(EVENT, id, authority, child, group, 1, date, event[0], event[1], event[2], event[3], worker, loadedAt, null);
            if (written % 40 == 0 && n == 0) {
                rows.row(EVENT, ids.next("significant_event"), authority, child, group, 2, date, event[0], event[1], event[2] + " Now settled.",
                        event[3], worker, loadedAt, "Impact updated after the child's review");
            }
        }
        written++;
    }
}
