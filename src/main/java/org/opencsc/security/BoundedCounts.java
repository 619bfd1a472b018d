package org.opencsc.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Counts of failures by key, forgotten after {@code expiry} without a new failure and never more
 * than {@code capacity} keys: when full, the key least recently counted or asked about is
 * dropped. A flood of made-up usernames or addresses therefore costs a fixed amount of memory.
 */
final class BoundedCounts {

    record Count(int failures, Instant last) {
    }

    private final int capacity;
    private final Duration expiry;
    private final LinkedHashMap<String, Count> counts;

    BoundedCounts(int capacity, Duration expiry) {
        this.capacity = capacity;
        this.expiry = expiry;
        this.counts = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > BoundedCounts.this.capacity;
            }
        };
    }

    /** The failures counted for the key, or 0 once they have expired. */
    synchronized int failures(String key, Instant now) {
        var count = counts.get(key);
        if (count == null) {
            return 0;
        }
        if (expired(count, now)) {
            counts.remove(key);
            return 0;
        }
        return count.failures();
    }

    /** Counts one more failure (afresh if the earlier ones have expired) and answers the new count. */
    synchronized int add(String key, Instant now) {
        var before = counts.get(key);
        var after = before == null || expired(before, now) ? new Count(1, now) : new Count(before.failures() + 1, now);
        counts.put(key, after);
        return after.failures();
    }

    synchronized void remove(String key) {
        counts.remove(key);
    }

    synchronized void removeIf(Predicate<String> key) {
        counts.keySet().removeIf(key);
    }

    synchronized int size() {
        return counts.size();
    }

    private boolean expired(Count count, Instant now) {
        return !now.isBefore(count.last().plus(expiry));
    }
}
