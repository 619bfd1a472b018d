package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditLogIT {

    @Autowired
    AuditLog audit;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    @Test
    void theLogCannotBeChangedOrEmptied() {
        TestStaff.signInAs(staff.create(Role.AUDITOR));
        audit.record(AuditAction.SEARCH, null, "Searched for name \"x\"");
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isPositive();

        // The application's role has no right to change the log (and the table's trigger would refuse it too).
        assertThatThrownBy(() -> jdbc.sql("update audit_event set username = 'someone-else'").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_event disable trigger audit_event_no_change").update())
                .rootCause().hasMessageContaining("must be owner");
    }
}
