package org.opencsc.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.RecordPartsService.AddressForm;
import org.opencsc.child.RecordPartsService.AllocationForm;
import org.opencsc.child.RecordPartsService.InvolvementForm;
import org.opencsc.child.RecordPartsService.RelationshipForm;
import org.opencsc.child.RecordPartsService.WarningForm;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RecordPartsServiceIT {

    @Autowired
    RecordPartsService parts;
    @Autowired
    ChildRecordService records;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    long child;

    @BeforeEach
    void aChild() {
        TestStaff.signInAs(staff.create(Role.TEAM_MANAGER));
        child = records.create(PersonForms.child("Ellie", "Brennan", "9", "10", "2012"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    @Test
    void aNewAddressEndsTheOldOneOnTheDayItStarts() {
        parts.addAddress(child, new AddressForm("1 Mill Lane", null, "Lerwick", "ze10aa", DateParts.of(LocalDate.of(2020, 3, 1))));
        parts.addAddress(child, new AddressForm("14 Station Road", "Flat 2", "Northwold", "EN5 1QA", DateParts.of(LocalDate.of(2025, 6, 14))));

        var summary = parts.summary(child);
        assertThat(summary.currentAddress().postcode()).isEqualTo("EN5 1QA");
        assertThat(summary.addresses()).extracting(RecordParts.Address::endDate).containsExactly(null, LocalDate.of(2025, 6, 14));
        assertThat(records.search(ChildSearch.parse("", "ZE1", 0))).extracting(PersonSummary::id).contains(child);
    }

    @Test
    void aPostcodeMustBeReal() {
        assertThatThrownBy(() -> parts.addAddress(child, new AddressForm("1 Mill Lane", null, null, "NOT A CODE", DateParts.EMPTY)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems().all())
                        .extracting(FieldProblems.Problem::field).containsExactlyInAnyOrder("postcode", "startDate"));
    }

    @Test
    void aFamilyMemberIsRecordedOnceAndShowsOnBothRecords() {
        var mother = parts.addRelationship(child, new RelationshipForm("MOTHER", null, "Siobhan", "Brennan",
                DateParts.of(LocalDate.of(1988, 2, 2)), "FAMILY_MEMBER", true, DateParts.EMPTY));

        assertThat(parts.relationships(child)).singleElement().satisfies(r -> {
            assertThat(r.relatedName()).isEqualTo("Siobhan Brennan");
            assertThat(r.label()).isEqualTo("Mother");
            assertThat(r.parentalResponsibility()).isTrue();
        });
        assertThat(parts.relationships(mother)).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("Child"));

        var sibling = records.create(PersonForms.child("Finn", "Brennan", "1", "1", "2015"));
        parts.addRelationship(child, new RelationshipForm("SIBLING", records.visible(sibling).laChildId(), null, null, DateParts.EMPTY,
                null, false, DateParts.EMPTY));
        assertThat(parts.relationships(child)).extracting(RecordParts.Relationship::relatedPersonId).containsExactlyInAnyOrder(mother, sibling);
    }

    @Test
    void aPersonCannotBeTheirOwnRelative() {
        var own = records.visible(child).laChildId();
        assertThatThrownBy(() -> parts.addRelationship(child, new RelationshipForm("SIBLING", own, null, null, DateParts.EMPTY, null, false,
                DateParts.EMPTY))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void professionalsAreCheckedAndListed() {
        assertThatThrownBy(() -> parts.addInvolvement(child, new InvolvementForm("GP", "Dr Rao", "Mill Surgery", "call me", "not-an-email",
                DateParts.EMPTY))).isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems().all())
                .extracting(FieldProblems.Problem::field).containsExactlyInAnyOrder("phone", "email", "startDate"));

        parts.addInvolvement(child, new InvolvementForm("GP", "Dr Rao", "Mill Surgery", "01632 960 000", "rao@mill.nhs.test",
                DateParts.of(LocalDate.of(2024, 1, 1))));
        assertThat(parts.involvements(child)).extracting(RecordParts.Involvement::name).containsExactly("Dr Rao");
    }

    @Test
    void aNewAllocationEndsTheCurrentOne() {
        var teamA = jdbc.sql("insert into team (authority_id, name, service) select id, 'Team A ' || :n, 'cin' from authority limit 1 returning id")
                .param("n", System.nanoTime()).query(Long.class).single();
        var teamB = jdbc.sql("insert into team (authority_id, name, service) select id, 'Team B ' || :n, 'cin' from authority limit 1 returning id")
                .param("n", System.nanoTime()).query(Long.class).single();
        parts.allocate(child, new AllocationForm(teamA, null, DateParts.of(LocalDate.of(2025, 1, 6))));
        assertThatThrownBy(() -> parts.allocate(child, new AllocationForm(teamB, null, DateParts.of(LocalDate.of(2024, 12, 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems().all().getFirst().message())
                        .contains("2024-12-01").contains("2025-01-06"));
        parts.allocate(child, new AllocationForm(teamB, null, DateParts.of(LocalDate.of(2025, 9, 1))));

        assertThat(parts.allocations(child)).extracting(RecordParts.Allocation::endDate).containsExactly(null, LocalDate.of(2025, 9, 1));
    }

    @Test
    void aWarningIsReviewedAfterItStarts() {
        assertThatThrownBy(() -> parts.addWarning(child, new WarningForm("Risk to staff", "Father has been aggressive to visitors",
                DateParts.of(LocalDate.of(2026, 5, 1)), DateParts.of(LocalDate.of(2026, 4, 1)))))
                .hasMessageContaining("reviewDate");
        parts.addWarning(child, new WarningForm("Risk to staff", "Father has been aggressive to visitors",
                DateParts.of(LocalDate.of(2026, 5, 1)), DateParts.of(LocalDate.of(2026, 8, 1))));
        assertThat(parts.liveWarnings(child)).extracting(RecordParts.WarningNote::category).containsExactly("Risk to staff");
    }
}
