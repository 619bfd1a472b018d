package org.opencsc.care;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opencsc.care.CareForms.InterviewForm;
import org.opencsc.care.CareForms.MissingForm;
import org.opencsc.care.CareForms.ReturnForm;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.platform.ClockZone;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Times a child was missing or away, their return, and the return home interview offered
 * within 72 hours of it: when it was offered, whether the child accepted, when it was done.
 */
@Service
public class MissingFromCareService {

    private final MissingEpisodeRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    MissingFromCareService(MissingEpisodeRepository repository, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MissingEpisode> forPerson(long personId) {
        records.visible(personId);
        return repository.forPerson(personId);
    }

    /** The episodes for a reader who has not opened the record: the view is logged. */
    @Transactional
    public List<MissingEpisode> viewEpisodes(long personId) {
        records.view(personId, "Viewed missing and away episodes");
        return repository.forPerson(personId);
    }

    /** Return home interviews still to do for these children (the caller lists only children the reader may see). */
    @Transactional(readOnly = true)
    public List<MissingEpisode> awaitingInterview(java.util.Collection<Long> personIds) {
        return repository.awaitingInterview(personIds);
    }

    @Transactional(readOnly = true)
    public MissingEpisode episode(long personId, long episodeId) {
        records.visible(personId);
        return find(personId, episodeId);
    }

    public Instant now() {
        return clock.instant();
    }

    @Transactional
    public long record(long personId, MissingForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var kind = problems.choice("kind", "Kind of episode (missing or away)", form.kind(), code -> Coded.fromCode(MissingKind.class, code), true);
        var missing = problems.moment("missingDate", "missingTime", "the child went missing", form.missingDate(), form.missingTime(), true);
        notInFuture(problems, "missingTime", "The time the child went missing", missing);
        var returned = problems.moment("returnedDate", "returnedTime", "the child came back", form.returnedDate(), form.returnedTime(), false);
        notInFuture(problems, "returnedTime", "The time the child came back", returned);
        if (missing != null && returned != null) {
            problems.check(returned.isAfter(missing), "returnedTime", "The child must come back after they went missing (" + spoken(missing) + ")");
        }
        var police = problems.yesNo("reportedToPolice", "Select whether the child was reported missing to the police", form.reportedToPolice());
        problems.throwIfAny();
        var id = repository.insert(personId, kind, missing, returned, police, CurrentUser.username());
        records.recordMilestones(personId, "missing_episode", id,
                List.of(new Milestone(CaseEventKind.WENT_MISSING, missing.atZone(ClockZone.UK).toLocalDate())));
        audit.record(AuditAction.CREATE, personId, kind.label().split(":")[0] + " from " + spoken(missing) + (returned == null ? "" : " to " + spoken(returned)));
        return id;
    }

    @Transactional
    public void recordReturn(long personId, long episodeId, ReturnForm form) {
        records.visible(personId);
        var episode = find(personId, episodeId);
        var problems = new FieldProblems();
        problems.check(!episode.returned(), "returnedTime", "The child's return was recorded as " + (episode.returned() ? spoken(episode.returnedAt()) : ""));
        var returned = problems.moment("returnedDate", "returnedTime", "the child came back", form.returnedDate(), form.returnedTime(), true);
        notInFuture(problems, "returnedTime", "The time the child came back", returned);
        problems.check(returned == null || returned.isAfter(episode.wentMissingAt()), "returnedTime",
                "The child must come back after they went missing (" + spoken(episode.wentMissingAt()) + ")");
        problems.throwIfAny();
        if (!repository.recordReturn(episodeId, returned, episode.version())) {
            throw new RecordChangedException("The missing episode");
        }
        audit.record(AuditAction.UPDATE, personId, "Came back on " + spoken(returned));
    }

    @Transactional
    public void recordInterview(long personId, long episodeId, InterviewForm form) {
        records.visible(personId);
        var episode = find(personId, episodeId);
        var problems = new FieldProblems();
        problems.check(episode.returned(), "offeredTime", "Record the child's return first: an interview is offered after the child comes back");
        var offered = problems.moment("offeredDate", "offeredTime", "the interview was offered", form.offeredDate(), form.offeredTime(), true);
        notInFuture(problems, "offeredTime", "The time the interview was offered", offered);
        if (offered != null && episode.returned()) {
            problems.check(!offered.isBefore(episode.returnedAt()), "offeredTime",
                    "The interview must be offered after the child came back (" + spoken(episode.returnedAt()) + ")");
        }
        var accepted = problems.yesNo("accepted", "Select whether the child accepted the interview", form.accepted());
        var completed = problems.moment("completedDate", "completedTime", "the interview was done", form.completedDate(), form.completedTime(), false);
        notInFuture(problems, "completedTime", "The time the interview was done", completed);
        if (completed != null) {
            problems.check(!Boolean.FALSE.equals(accepted), "completedTime", "The child declined the interview: leave the date it was done empty");
            problems.check(offered == null || !completed.isBefore(offered), "completedTime", "The interview must be done after it was offered");
        }
        var interviewer = problems.text("interviewer", "Who did the interview", form.interviewer(), 120, completed != null);
        var findings = problems.text("findings", "What the child said and what happens next", form.findings(), 4000, completed != null);
        problems.throwIfAny();
        if (!repository.recordInterview(episodeId, offered, accepted, completed, interviewer, findings, episode.version())) {
            throw new RecordChangedException("The missing episode");
        }
        audit.record(AuditAction.UPDATE, personId, "Return home interview offered " + spoken(offered) + (accepted ? ", accepted" : ", declined")
                + (completed == null ? "" : ", done " + spoken(completed)));
    }

    private MissingEpisode find(long personId, long episodeId) {
        return repository.find(personId, episodeId).orElseThrow(() -> new NotFoundException("Missing episode " + episodeId));
    }

    private void notInFuture(FieldProblems problems, String field, String label, Instant moment) {
        problems.check(moment == null || !moment.isAfter(clock.instant()), field, label + " must be now or in the past");
    }

    private static final java.time.format.DateTimeFormatter SPOKEN =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.UK).withZone(ClockZone.UK);

    /** A moment in the words a message uses: 5 March 2026 at 14:30 (UK time). */
    static String spoken(Instant moment) {
        return SPOKEN.format(moment);
    }
}
