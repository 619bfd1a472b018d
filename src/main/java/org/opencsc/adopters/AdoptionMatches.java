package org.opencsc.adopters;

import static org.opencsc.platform.FieldProblems.spoken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencsc.adopters.AdoptersRepository.MatchColumn;
import org.opencsc.permanence.AdoptiveFamilies;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.AuditSubject;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's side of a child's adoption: the child's record says when a match is agreed, the
 * child moves in, the order is made or the match ends, and the family's record keeps the same
 * dates (Annex A reports them for the adopters). Siblings matched together are matched on the same
 * day, one call each; a family matched with a child cannot take a second match on another day
 * until that one ends. Each refusal names the field of the child's form it concerns.
 */
@Service
class AdoptionMatches implements AdoptiveFamilies {

    private final AdoptersRepository repository;
    private final AdoptersService adopters;
    private final AuditLog audit;
    private final Clock clock;

    AdoptionMatches(AdoptersRepository repository, AdoptersService adopters, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.adopters = adopters;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> awaitingMatch() {
        var waiting = new LinkedHashMap<Long, String>();
        for (var family : repository.families()) {
            if (family.stage() == FamilyStage.APPROVED) {
                waiting.put(family.id(), family.name() + ", approved " + spoken(family.approvedOn()));
            }
        }
        return waiting;
    }

    @Override
    @Transactional(readOnly = true)
    public String name(long familyId) {
        return repository.family(familyId).map(AdoptiveFamily::name).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public String matchProblem(long familyId, LocalDate matchDate) {
        var family = repository.family(familyId).orElse(null);
        if (family == null) {
            return "Adoptive family must be one of the approved families listed";
        }
        return problem(family, matchDate);
    }

    private String problem(AdoptiveFamily family, LocalDate date) {
        if (family.leftOn() != null) {
            return family.name() + " left the adoption process on " + spoken(family.leftOn()) + " (" + family.leftReason().label().toLowerCase() + ")";
        }
        if (family.approvedOn() == null) {
            return family.name() + " are not approved as adopters: they are at " + family.stage().label().toLowerCase();
        }
        if (date.isBefore(family.approvedOn())) {
            return family.name() + " were not approved as adopters by " + spoken(date) + ": the agency decision maker approved them on "
                    + spoken(family.approvedOn());
        }
        if (date.isAfter(LocalDate.now(clock))) {
            return "Date of the match (" + spoken(date) + ") must be today or in the past";
        }
        var other = family.openMatches().stream().filter(m -> !m.matchedOn().equals(date)).findFirst();
        if (other.isPresent()) {
            return family.name() + " are already matched with another child (since " + spoken(other.get().matchedOn())
                    + "): that match must end first";
        }
        if (family.stage() == FamilyStage.ADOPTED) {
            return family.name() + " adopted (order made on " + spoken(family.adoptionOrderOn()) + "): a new approval is needed before another match";
        }
        return null;
    }

    @Override
    @Transactional
    public void matched(long familyId, long personId, LocalDate matchDate) {
        var family = adopters.find(familyId);
        var problems = new FieldProblems();
        var problem = problem(family, matchDate);
        problems.check(problem == null, "matchDate", problem);
        problems.check(family.openMatches().stream().noneMatch(m -> Long.valueOf(personId).equals(m.personId())), "matchDate",
                family.name() + " are already matched with this child");
        problems.throwIfAny();
        adopters.touch(family);
        repository.insertMatch(familyId, personId, matchDate, CurrentUser.username());
        audit.record(AuditAction.UPDATE, personId, "Adoptive family " + familyId + ": matched with child " + personId + " on " + matchDate,
                AuditSubject.adoptiveFamily(familyId));
    }

    @Override
    @Transactional
    public void childPlaced(long familyId, long personId, LocalDate placedDate) {
        var family = adopters.find(familyId);
        var match = openMatch(family, personId, "placedDate");
        var problems = new FieldProblems();
        problems.check(match.placedOn() == null, "placedDate", "The child already moved in with " + family.name() + " on "
                + spoken(match.placedOn() == null ? placedDate : match.placedOn()));
        dated(problems, "placedDate", "Date the child moved in", placedDate, "the match", match.matchedOn());
        record(family, match, MatchColumn.PLACED, placedDate, "child " + personId + " moved in on " + placedDate);
    }

    @Override
    @Transactional
    public void adoptionOrderMade(long familyId, long personId, LocalDate orderDate) {
        var family = adopters.find(familyId);
        var match = openMatch(family, personId, "orderDate");
        var problems = new FieldProblems();
        problems.check(match.placedOn() != null, "orderDate", "An adoption order comes after the child moved in with " + family.name()
                + ": record the day the child moved in first");
        dated(problems, "orderDate", "Date of the adoption order", orderDate, "the day the child moved in", match.placedOn());
        record(family, match, MatchColumn.ORDER, orderDate, "adoption order for child " + personId + " made on " + orderDate);
    }

    @Override
    @Transactional
    public void matchEnded(long familyId, long personId, LocalDate endDate) {
        var family = adopters.find(familyId);
        var match = openMatch(family, personId, "endDate");
        var problems = new FieldProblems();
        dated(problems, "endDate", "Date the match ended", endDate, "the match", match.matchedOn());
        record(family, match, MatchColumn.ENDED, endDate, "match with child " + personId + " ended on " + endDate);
    }

    private AdopterMatch openMatch(AdoptiveFamily family, long personId, String field) {
        var match = family.openMatches().stream().filter(m -> Long.valueOf(personId).equals(m.personId())).findFirst();
        if (match.isEmpty()) {
            var problems = new FieldProblems();
            problems.add(field, family.name() + " are not matched with this child");
            problems.throwIfAny();
        }
        return match.get();
    }

    private void dated(FieldProblems problems, String field, String label, LocalDate date, String earlierLabel, LocalDate earlier) {
        problems.notInFuture(field, label, date, LocalDate.now(clock));
        problems.notBefore(field, label, date, earlierLabel, earlier);
        problems.throwIfAny();
    }

    private void record(AdoptiveFamily family, AdopterMatch match, MatchColumn column, LocalDate date, String what) {
        adopters.touch(family);
        repository.recordOnMatch(match.id(), column, date);
        audit.record(AuditAction.UPDATE, match.personId(), "Adoptive family " + family.id() + ": " + what, AuditSubject.adoptiveFamily(family.id()));
    }
}
