package org.opencsc.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.opencsc.child.CaseStatus;
import org.opencsc.security.Role;

/**
 * The authority's teams and staff: case-holding teams in each locality with their social
 * workers and a manager, the services around them, and the demo sign-ins placed among them.
 */
final class StaffRoster {

    record Team(long id, String name, String service) {
    }

    record Member(long id, String username, String displayName, Role role, long teamId) {
    }

    /** A sign-in for trying the system, with the password "demo". */
    record DemoSignIn(String username, String displayName, Role role, String teamName) {
    }

    static final List<DemoSignIn> DEMO_SIGN_INS = List.of(
            new DemoSignIn("sw1", "Sam Whitfield", Role.SOCIAL_WORKER, "Child in Need Team 1"),
            new DemoSignIn("sw2", "Grace Osei", Role.SOCIAL_WORKER, "Children in Care Team 1"),
            new DemoSignIn("tm1", "Helen Marsh", Role.TEAM_MANAGER, "Child in Need Team 1"),
            new DemoSignIn("iro1", "Ruth Adebayo", Role.IRO, "Independent Reviewing Service"),
            new DemoSignIn("mash1", "Tom Kirby", Role.MASH_WORKER, "MASH+"),
            new DemoSignIn("fa1", "Lucy Brennan", Role.FOSTERING_ADOPTION_WORKER, "Fostering Team"),
            new DemoSignIn("perf1", "Nikhil Rao", Role.PERFORMANCE_ANALYST, "Performance and Intelligence"),
            new DemoSignIn("hos1", "Caroline Ashby", Role.HEAD_OF_SERVICE, null),
            new DemoSignIn("auditor1", "Peter Lyle", Role.AUDITOR, "Quality Assurance"),
            new DemoSignIn("admin", "Jo Fairbairn", Role.ADMINISTRATOR, "Business Support and Systems"),
            new DemoSignIn("inspector1", "Inspector (Ofsted)", Role.INSPECTOR, null));

    private static final String[] LOCALITIES = {"", " South", " East"};

    final List<Team> teams = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    private final Map<String, List<Team>> teamsByService = new LinkedHashMap<>();
    private final Map<Long, List<Member>> caseHolders = new LinkedHashMap<>();
    private final Set<String> usernames = new HashSet<>();

    StaffRoster(DemoProfile profile, IdBlock ids, RandomGenerator random, short authority, String demoPasswordHash, Instant loadedAt,
                CopyBatch rows) {
        for (int locality = 0; locality < profile.localities(); locality++) {
            var suffix = LOCALITIES[locality];
            addTeam(ids, "Assessment Team" + suffix, "assessment");
            addTeam(ids, "Child in Need Team 1" + suffix, "cin");
            addTeam(ids, "Child in Need Team 2" + suffix, "cin");
            addTeam(ids, "Child Protection Team" + suffix, "protection");
            addTeam(ids, "Children in Care Team 1" + suffix, "children-in-care");
            addTeam(ids, "Children in Care Team 2" + suffix, "children-in-care");
        }
        addTeam(ids, "MASH+", "front-door");
        addTeam(ids, "Early Help Hub", "early-help");
        addTeam(ids, "Leaving Care Team", "leaving-care");
        addTeam(ids, "Fostering Team", "fostering");
        addTeam(ids, "Adoption Team", "adoption");
        addTeam(ids, "Independent Reviewing Service", "iro");
        addTeam(ids, "Performance and Intelligence", "performance");
        addTeam(ids, "Quality Assurance", "qa");
        addTeam(ids, "Business Support and Systems", "admin");
        for (var team : teams) {
            rows.row("team (id, authority_id, name, service)", team.id(), authority, team.name(), team.service());
        }
        for (var signIn : DEMO_SIGN_INS) {
            var team = signIn.teamName() == null ? null : teams.stream().filter(t -> t.name().equals(signIn.teamName())).findFirst().orElseThrow();
            var expires = signIn.role() == Role.INSPECTOR ? loadedAt.plus(30, ChronoUnit.DAYS) : null;
            add(rows, ids, authority, signIn.username(), signIn.displayName(), signIn.role(), team, demoPasswordHash, expires);
        }
        for (var team : teams) {
            var caseHolding = CaseHolding.roleFor(team.service());
            if (caseHolding == null) {
                continue;
            }
            int size = switch (team.service()) {
                case "fostering", "adoption" -> Math.max(3, profile.staffPerTeam() / 2);
                // Early help holds many families in one hub: about 25 children a worker, as in a real hub.
                case "early-help" -> Math.max(3, (int) Math.ceil(profile.children() * profile.mix().earlyHelp() / 25.0));
                case "iro", "leaving-care", "front-door" -> profile.staffPerTeam() * profile.localities() / 2 + 2;
                default -> profile.staffPerTeam();
            };
            for (int i = 0; i < size; i++) {
                var woman = random.nextInt(4) > 0;
                var name = NameBank.pick(woman ? NameBank.WOMEN : NameBank.MEN, random) + " " + NameBank.pick(NameBank.FAMILY, random);
                add(rows, ids, authority, usernameFor(name), name, caseHolding, team, null, null);
            }
            var manager = NameBank.pick(NameBank.WOMEN, random) + " " + NameBank.pick(NameBank.FAMILY, random);
            add(rows, ids, authority, usernameFor(manager), manager, Role.TEAM_MANAGER, team, null, null);
        }
    }

    private void addTeam(IdBlock ids, String name, String service) {
        var team = new Team(ids.next("team"), name, service);
        teams.add(team);
        teamsByService.computeIfAbsent(service, s -> new ArrayList<>()).add(team);
    }

    private void add(CopyBatch rows, IdBlock ids, short authority, String username, String displayName, Role role, Team team,
                     String passwordHash, Instant expires) {
        var member = new Member(ids.next("staff_user"), username, displayName, role, team == null ? 0 : team.id());
        usernames.add(username);
        members.add(member);
        if (team != null && (role == Role.SOCIAL_WORKER || role == Role.MASH_WORKER || role == Role.FOSTERING_ADOPTION_WORKER
                || role == Role.IRO)) {
            caseHolders.computeIfAbsent(team.id(), t -> new ArrayList<>()).add(member);
        }
        rows.row("staff_user (id, authority_id, username, display_name, email, password_hash, role, team_id, access_expires_at)",
                member.id(), authority, username, displayName, username + "@northwold.gov.test", passwordHash, role.name(),
                team == null ? null : team.id(), expires);
    }

    private String usernameFor(String displayName) {
        var parts = Normalizer.normalize(displayName, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z ]", "").split(" ");
        var base = parts[0].charAt(0) + parts[parts.length - 1];
        var username = base;
        for (int n = 2; usernames.contains(username); n++) {
            username = base + n;
        }
        return username;
    }

    /** The team that holds a child at this point of the journey. */
    Team teamFor(CaseStatus status, RandomGenerator random) {
        var service = switch (status) {
            case REFERRAL -> "front-door";
            case EARLY_HELP -> "early-help";
            case ASSESSMENT, CLOSED, NOT_OPEN -> "assessment";
            case CHILD_IN_NEED -> "cin";
            case CHILD_PROTECTION -> "protection";
            case LOOKED_AFTER -> "children-in-care";
            case CARE_LEAVER -> "leaving-care";
        };
        var choices = teamsByService.get(service);
        return choices.get(random.nextInt(choices.size()));
    }

    List<Member> caseHolders(Team team) {
        return caseHolders.getOrDefault(team.id(), List.of());
    }

    Team team(String name) {
        return teams.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The team's manager, who records oversight of its cases (the first named, where a team has two). */
    java.util.Optional<Member> managerOf(Team team) {
        return members.stream().filter(m -> m.role() == Role.TEAM_MANAGER && m.teamId() == team.id()).findFirst();
    }

    Member member(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst().orElseThrow();
    }

    /** Which role holds cases in a team's service (null: the team holds no cases). */
    private static final class CaseHolding {
        static Role roleFor(String service) {
            return switch (service) {
                case "front-door" -> Role.MASH_WORKER;
                case "fostering", "adoption" -> Role.FOSTERING_ADOPTION_WORKER;
                case "iro" -> Role.IRO;
                case "assessment", "cin", "protection", "children-in-care", "leaving-care", "early-help" -> Role.SOCIAL_WORKER;
                default -> null;
            };
        }
    }
}
