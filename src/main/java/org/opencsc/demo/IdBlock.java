package org.opencsc.demo;

import java.util.HashMap;
import java.util.Map;

/** Ids handed out in memory from each table's current maximum, so rows can be COPYed with them. */
final class IdBlock {

    private final Map<String, Long> next = new HashMap<>();

    IdBlock(Map<String, Long> currentMaximums) {
        currentMaximums.forEach((table, max) -> next.put(table, max + 1));
    }

    long next(String table) {
        var id = next.getOrDefault(table, 1L);
        next.put(table, id + 1);
        return id;
    }
}
