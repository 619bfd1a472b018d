package org.opencsc.timescales;

import java.util.EnumMap;
import java.util.Map;

/** The council's local standards as they stand, each falling back to its default. */
public record LocalStandards(Map<LocalStandard, Timescale> set) {

    public LocalStandards {
        set = set.isEmpty() ? Map.of() : new EnumMap<>(set);
    }

    public static LocalStandards defaults() {
        return new LocalStandards(Map.of());
    }

    public Timescale get(LocalStandard standard) {
        return set.getOrDefault(standard, standard.defaultTimescale());
    }

    public LocalStandards with(LocalStandard standard, Timescale timescale) {
        var changed = new EnumMap<LocalStandard, Timescale>(LocalStandard.class);
        changed.putAll(set);
        changed.put(standard, timescale);
        return new LocalStandards(changed);
    }
}
