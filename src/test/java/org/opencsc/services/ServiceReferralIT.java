package org.opencsc.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.opencsc.services.ServiceReferralForms.ProgressForm;
import org.opencsc.services.ServiceReferralForms.ReferralForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Referrals to services on the real database: steps in order, waits counted in days, waiting times per service. */
@IntegrationTest
class ServiceReferralIT {

    @Autowired
    ChildRecordService records;
    @Autowired
    ServiceReferralService referrals;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    long child;

    @BeforeEach
    void aChild() {
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
        child = records.create(PersonForms.child("Waiting", "Child" + System.nanoTime() % 100000, "3", "3", "2012"));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private static DateParts on(String iso) {
        return DateParts.of(LocalDate.parse(iso));
    }

    @Test
    void aReferralIsAcceptedThenTheChildIsSeenAndTheWaitEndsThatDay() {
        var id = referrals.refer(child, new ReferralForm("CAMHS", "CAMHS North (NHS trust)", on("2026-03-02"), "Low mood and self-harm."));
        assertThat(referrals.referral(child, id).daysWaited(LocalDate.parse("2026-04-13"))).as("6 weeks so far").isEqualTo(42);
        assertThatThrownBy(() -> referrals.progress(child, id, new ProgressForm("", DateParts.EMPTY, on("2026-04-01"), DateParts.EMPTY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("A child is seen once the service has accepted the referral");
        assertThatThrownBy(() -> referrals.progress(child, id, new ProgressForm("true", on("2026-02-27"), DateParts.EMPTY, DateParts.EMPTY)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Date of the service's decision (27 February 2026) must not be before the referral (2 March 2026)");
        referrals.progress(child, id, new ProgressForm("true", on("2026-03-16"), DateParts.EMPTY, DateParts.EMPTY));
        assertThat(referrals.referral(child, id).standing()).isEqualTo("Accepted: waiting to be seen");
        assertThatThrownBy(() -> referrals.progress(child, id, new ProgressForm("", DateParts.EMPTY, on("2026-03-10"), DateParts.EMPTY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be before the service's decision (16 March 2026)");
        referrals.progress(child, id, new ProgressForm("", DateParts.EMPTY, on("2026-08-17"), DateParts.EMPTY));
        var seen = referrals.referral(child, id);
        assertThat(seen.daysWaited(LocalDate.parse("2026-11-30"))).as("24 weeks from referral to first appointment").isEqualTo(168);
        assertThat(seen.waiting()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and action = 'UPDATE'").param("p", child).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void waitingTimesPerServiceCountChildrenWaitingNowAndTheMedianWaitOfThoseSeen() {
        var other = records.create(PersonForms.child("Also", "Waiting" + System.nanoTime() % 100000, "4", "4", "2013"));
        var third = records.create(PersonForms.child("Third", "Waiting" + System.nanoTime() % 100000, "5", "5", "2014"));
        var today = referrals.today();
        var a = referrals.refer(child, new ReferralForm("SPEECH_AND_LANGUAGE", "SLT", DateParts.of(today.minusDays(100)), "Speech delay."));
        referrals.progress(child, a, new ProgressForm("true", DateParts.of(today.minusDays(90)), DateParts.of(today.minusDays(30)), DateParts.EMPTY));
        var b = referrals.refer(other, new ReferralForm("SPEECH_AND_LANGUAGE", "SLT", DateParts.of(today.minusDays(60)), "Stammer."));
        referrals.progress(other, b, new ProgressForm("true", DateParts.of(today.minusDays(55)), DateParts.of(today.minusDays(20)), DateParts.EMPTY));
        referrals.refer(third, new ReferralForm("SPEECH_AND_LANGUAGE", "SLT", DateParts.of(today.minusDays(35)), "Language assessment."));
        var declined = referrals.refer(third, new ReferralForm("SPEECH_AND_LANGUAGE", "SLT", DateParts.of(today.minusDays(200)), "Earlier."));
        referrals.progress(third, declined, new ProgressForm("false", DateParts.of(today.minusDays(190)), DateParts.EMPTY, DateParts.EMPTY));

        var speech = referrals.waitingTimes().stream().filter(w -> w.service() == SupportService.SPEECH_AND_LANGUAGE).findFirst().orElseThrow();
        assertThat(speech.waitingNow()).as("a declined referral is not waiting").isEqualTo(1);
        assertThat(speech.longestCurrentDays()).isEqualTo(35);
        assertThat(speech.seenInYear()).isEqualTo(2);
        assertThat(speech.medianDaysSeen()).as("waits of 70 and 40 days").isEqualTo(55.0);
        assertThat(speech.longestDaysSeen()).isEqualTo(70);
        assertThat(WaitingTime.weeks(speech.longestDaysSeen())).isEqualTo("10.0 weeks");
    }

    @Test
    void theChildsReferralsAndTheWaitingTimesPageAreShownToStaff() throws Exception {
        var worker = staff.create(Role.SOCIAL_WORKER);
        referrals.refer(child, new ReferralForm("NEURODEVELOPMENTAL", "Neurodevelopmental pathway", on("2026-06-01"), "Possible ADHD."));
        mvc.perform(get("/work/waiting-times").with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Neurodevelopmental assessment (autism, ADHD)")));
        mvc.perform(get("/children/" + child + "/service-referrals").with(TestStaff.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for a decision")));
    }
}
