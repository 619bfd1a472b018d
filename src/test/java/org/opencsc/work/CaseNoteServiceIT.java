package org.opencsc.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CaseNoteServiceIT {

    @Autowired
    CaseNoteService notes;
    @Autowired
    ChildRecordService records;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    StaffUser worker;
    long child;

    @BeforeEach
    void aChildAndTheirWorker() {
        worker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(worker);
        child = records.create(PersonForms.child("Maya", "Patel", "2", "2", "2016"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static NoteForm note(Long draftId, String subject, String body, LocalDate day, String reason) {
        return new NoteForm(draftId, "HOME_VISIT", subject, body, DateParts.of(day), reason);
    }

    @Test
    void aDraftKeepsWhateverWasTypedAndBecomesTheFinalNote() {
        var draft = notes.saveDraft(child, new NoteForm(null, null, null, "Half a sentence", DateParts.EMPTY, null));
        var again = notes.saveDraft(child, new NoteForm(draft, "HOME_VISIT", null, "Half a sentence, then more", DateParts.EMPTY, null));
        assertThat(again).isEqualTo(draft);
        assertThat(notes.note(child, draft).body()).isEqualTo("Half a sentence, then more");

        var finalId = notes.finalise(child, note(draft, "Home visit", "Saw Maya alone in her room.", LocalDate.now().minusDays(3), null));

        assertThat(finalId).isEqualTo(draft);
        var saved = notes.note(child, finalId);
        assertThat(saved.draft()).isFalse();
        assertThat(saved.daysToRecord(java.time.ZoneId.of("Europe/London"))).isEqualTo(3);
    }

    @Test
    void someoneElsesDraftIsInvisible() {
        var draft = notes.saveDraft(child, new NoteForm(null, null, "Private draft", "text", DateParts.EMPTY, null));
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        assertThatThrownBy(() -> notes.note(child, draft)).isInstanceOf(NotFoundException.class);
        assertThat(notes.notesFor(child, 0)).extracting(CaseNote::id).doesNotContain(draft);
    }

    @Test
    void finalisingChecksEveryFieldAndSavesNothingWhenWrong() {
        var before = jdbc.sql("select count(*) from case_note where person_id = :id").param("id", child).query(Long.class).single();
        assertThatThrownBy(() -> notes.finalise(child, new NoteForm(null, "NOT_A_KIND", " ", "", DateParts.of(LocalDate.now().plusDays(2)), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems().all())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("kind", "subject", "body", "occurredOn"));
        assertThat(jdbc.sql("select count(*) from case_note where person_id = :id").param("id", child).query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aCorrectionIsANewVersionWithWhoAndWhyAndTheOriginalIsKept() {
        var original = notes.finalise(child, note(null, "Visit", "Saw Maya with her mother.", LocalDate.now(), null));
        assertThatThrownBy(() -> notes.correct(child, original, note(null, "Visit", "Saw Maya alone.", LocalDate.now(), "")))
                .isInstanceOf(InvalidInputException.class);

        var corrected = notes.correct(child, original, note(null, "Visit", "Saw Maya alone.", LocalDate.now(), "Wrongly said her mother was there"));

        var history = notes.history(child, corrected);
        assertThat(history).extracting(CaseNote::version).containsExactly(2, 1);
        assertThat(history.getFirst().correctionReason()).isEqualTo("Wrongly said her mother was there");
        assertThat(history.getLast().body()).isEqualTo("Saw Maya with her mother.");
        assertThat(notes.notesFor(child, 0)).extracting(CaseNote::id).contains(corrected).doesNotContain(original);
    }

    @Test
    void theDatabaseItselfRefusesToChangeAFinalisedNote() {
        var id = notes.finalise(child, note(null, "Visit", "Original words", LocalDate.now(), null));
        assertThatThrownBy(() -> jdbc.sql("update case_note set body = 'rewritten' where id = :id").param("id", id).update())
                .hasMessageContaining("finalised");
        assertThatThrownBy(() -> jdbc.sql("delete from case_note where id = :id").param("id", id).update())
                .hasMessageContaining("finalised");
    }
}
