package org.opencsc.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditEntry;
import org.opencsc.security.AuditLog;
import org.opencsc.security.AuditQuery;
import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ChildRecordServiceIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    AuditLog audit;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    StaffUser socialWorker;

    @BeforeEach
    void signIn() {
        socialWorker = staff.create(Role.SOCIAL_WORKER);
        TestStaff.signInAs(socialWorker);
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private List<AuditEntry> auditOf(long personId) {
        return audit.find(AuditQuery.forPerson(personId, 0));
    }

    @Test
    void recordsAChildAndLogsTheCreationAndEachView() {
        var id = records.create(PersonForms.child("Amara", "Okafor", "3", "4", "2015"));
        var child = records.view(id, "Viewed summary");

        assertThat(child.fullName()).isEqualTo("Amara Okafor");
        assertThat(child.dateOfBirth()).isEqualTo(LocalDate.of(2015, 4, 3));
        assertThat(child.laChildId()).isEqualTo(LaChildId.forRecord(id));
        assertThat(child.caseStatus()).isEqualTo(CaseStatus.NOT_OPEN);
        assertThat(auditOf(id)).extracting(AuditEntry::action, AuditEntry::username)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.VIEW, socialWorker.username()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, socialWorker.username()));
    }

    @Test
    void refusesBadInputNamingEveryFieldAndSavesNothing() {
        var before = jdbc.sql("select count(*) from person").query(Long.class).single();
        var tomorrow = LocalDate.now().plusDays(1);
        var form = new PersonForm("CHILD", null, "", null, "X".repeat(101),
                new DateParts(String.valueOf(tomorrow.getDayOfMonth()), String.valueOf(tomorrow.getMonthValue()), String.valueOf(tomorrow.getYear())),
                DateParts.EMPTY, "Q", null, "ZZZZ", "A999123415001", null, null, "943 476 5918", null, null, null, false,
                List.of("NONE", "MOB"), null);

        assertThatThrownBy(() -> records.create(form))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems().all())
                        .extracting(FieldProblems.Problem::field)
                        .containsExactlyInAnyOrder("givenName", "familyName", "dateOfBirth", "sex", "ethnicity", "upn", "nhsNumber", "disabilities"));
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void findsAChildByLaChildIdWhateverTheCaseOrByRecordNumber() {
        var typed = new PersonForm("CHILD", "nw-" + System.nanoTime() % 1_000_000, "Ida", null, "Moss", new DateParts("2", "2", "2019"),
                DateParts.EMPTY, "F", null, null, null, null, null, null, null, null, null, false, List.of(), null);
        var id = records.create(typed);
        var stored = records.visible(id).laChildId();
        assertThat(stored).isEqualTo(typed.laChildId().toUpperCase());
        assertThat(records.search(ChildSearch.parse(typed.laChildId(), null, 0))).extracting(PersonSummary::id).containsExactly(id);
        assertThat(records.search(ChildSearch.parse(String.valueOf(id), null, 0))).extracting(PersonSummary::id).contains(id);
    }

    @Test
    void everyReasonForAMissingUpnCanBeSaved() {
        for (var reason : UpnUnknownReason.values()) {
            var id = records.create(new PersonForm("CHILD", null, "Reason", null, "Test" + reason.code(), new DateParts("1", "1", "2020"),
                    DateParts.EMPTY, "U", null, null, null, null, reason.code(), null, null, null, null, false, List.of(), null));
            assertThat(records.visible(id).upnUnknownReason()).isEqualTo(reason);
        }
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsToldTheRecordChanged() {
        var id = records.create(PersonForms.child("Leo", "Nowak", "12", "9", "2012"));
        var first = PersonForm.of(records.visible(id));
        var second = PersonForm.of(records.visible(id));

        records.update(id, new PersonForm(first.kind(), first.laChildId(), "Leon", first.middleNames(), first.familyName(),
                first.dateOfBirth(), first.expectedDateOfBirth(), first.sex(), first.genderIdentity(), first.ethnicity(), first.upn(),
                first.formerUpn(), first.upnUnknownReason(), first.nhsNumber(), first.firstLanguage(), first.religion(),
                first.immigrationStatus(), first.uasc(), first.disabilities(), first.version()));

        assertThatThrownBy(() -> records.update(id, second)).isInstanceOf(RecordChangedException.class);
        assertThat(records.visible(id).givenName()).isEqualTo("Leon");
    }

    @Test
    void findsChildrenByPartOfANameWhateverTheCaseAndAccents() {
        var id = records.create(PersonForms.child("Zoë", "Müller-Quayle", "1", "6", "2016"));

        assertThat(records.search(ChildSearch.parse("zoe muller-quay", null, 0))).extracting(PersonSummary::id).contains(id);
        assertThat(records.search(ChildSearch.parse("ZOË QUAYLE", null, 0))).extracting(PersonSummary::id).contains(id);
        assertThat(records.search(ChildSearch.parse("ller-qu 01/06/2016", null, 0))).extracting(PersonSummary::id).containsExactly(id);
        assertThat(records.search(ChildSearch.parse("quayle 02/06/2016", null, 0))).extracting(PersonSummary::id).doesNotContain(id);
        assertThat(audit.find(new AuditQuery(socialWorker.username(), null, AuditAction.SEARCH, null, null, 0))).hasSize(4);
    }

    @Test
    void aRestrictedRecordIsNotFoundByAnyoneNotNamedAndTheAttemptIsLogged() {
        var manager = staff.create(Role.TEAM_MANAGER);
        TestStaff.signInAs(manager);
        var id = records.create(PersonForms.child("Hidden", "Child", "5", "5", "2014"));
        records.restrict(id, "Child of a member of staff", List.of());

        TestStaff.signInAs(socialWorker);
        assertThatThrownBy(() -> records.view(id, "Viewed summary")).isInstanceOf(NotFoundException.class);
        assertThat(records.search(ChildSearch.parse("Hidden Child", null, 0))).extracting(PersonSummary::id).doesNotContain(id);

        var auditor = staff.create(Role.AUDITOR);
        TestStaff.signInAs(auditor);
        assertThat(audit.find(AuditQuery.forPerson(id, 0)))
                .as("an auditor not named on the record sees that it was used, not whose it is")
                .allSatisfy(entry -> {
                    assertThat(entry.personName()).isNull();
                    assertThat(entry.childVisible()).isFalse();
                    assertThat(entry.detail()).as("nor what was done").isNull();
                });
        assertThat(audit.find(new AuditQuery(socialWorker.username(), null, AuditAction.SEARCH, null, null, 0))).first()
                .as("the words typed matched a restricted record the auditor may not see")
                .satisfies(entry -> {
                    assertThat(entry.searchedWords()).isTrue();
                    assertThat(entry.searchTerms()).isNull();
                });

        TestStaff.signInAs(manager);
        assertThat(records.view(id, "Viewed summary").restricted()).isTrue();
        assertThat(audit.find(AuditQuery.forPerson(id, 0))).first().extracting(AuditEntry::personName).isEqualTo("Hidden Child");
        assertThat(audit.find(new AuditQuery(socialWorker.username(), null, AuditAction.SEARCH, null, null, 0))).first()
                .extracting(AuditEntry::searchTerms).isEqualTo("name \"Hidden Child\"");
        assertThat(auditOf(id)).extracting(AuditEntry::action, AuditEntry::username)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.REFUSED, socialWorker.username()));
    }

    @Test
    void theCaseStatusFollowsTheRecordedEvents() {
        var id = records.create(PersonForms.child("Kai", "Campbell", "20", "1", "2018"));
        records.recordEvent(id, CaseEventKind.REFERRAL_RECEIVED, LocalDate.of(2026, 1, 5), "test");
        records.recordEvent(id, CaseEventKind.CP_PLAN_STARTED, LocalDate.of(2026, 2, 20), "test");
        assertThat(records.visible(id).caseStatus()).isEqualTo(CaseStatus.CHILD_PROTECTION);

        records.recordEvent(id, CaseEventKind.CASE_CLOSED, LocalDate.of(2026, 9, 1), "test");
        assertThat(records.visible(id).caseStatus()).isEqualTo(CaseStatus.CLOSED);
    }
}
