package org.opencsc.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * The size of a demo authority. Small is the default on first start; large is the biggest
 * authority in England, used by the benchmarks.
 *
 * @param children      children on the record, open and closed
 * @param historyYears  how far back closed cases go
 * @param staffPerTeam  case-holding staff in each team
 * @param localities    copies of the case-holding teams (North, South ...)
 */
public record DemoProfile(String name, int children, int historyYears, int staffPerTeam, int localities, StatusMix mix) {

    /**
     * The share of children in each part of the journey, tuned so that small has about 300
     * looked after and 1,500 open cases, and large about 2,000 looked after among 60,000.
     */
    public record StatusMix(double lookedAfter, double protection, double childInNeed, double assessment, double referral,
                            double careLeaver, double earlyHelp) {
    }

    public static final DemoProfile SMALL = new DemoProfile("small", 2_500, 3, 7, 1,
            new StatusMix(0.125, 0.06, 0.22, 0.08, 0.02, 0.06, 0.04));
    public static final DemoProfile LARGE = new DemoProfile("large", 60_000, 8, 9, 3,
            new StatusMix(0.0335, 0.025, 0.075, 0.03, 0.007, 0.023, 0.033));

    /**
     * Which demo to load: what was asked for, or else small on the embedded database and nothing on
     * an external one, so that a council's own database never gets demo records or sign-ins by accident.
     */
    public static Optional<DemoProfile> toLoad(String requested, org.opencsc.platform.DatabaseOrigin origin) {
        if (requested != null) {
            return named(requested);
        }
        return origin == org.opencsc.platform.DatabaseOrigin.EMBEDDED ? Optional.of(SMALL) : Optional.empty();
    }

    /** small, large, or none (empty). */
    public static Optional<DemoProfile> named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "small" -> Optional.of(SMALL);
            case "large" -> Optional.of(LARGE);
            case "none", "" -> Optional.empty();
            default -> throw new IllegalArgumentException("opencsc.demo must be small, large or none, not " + name);
        };
    }
}
