package org.opencsc.child;

import org.opencsc.security.Role;
import org.opencsc.security.StaffUser;
import org.opencsc.security.TestStaff;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records children for tests whose signed-in member of staff may not record one (a fostering
 * and adoption worker): a social worker records the child, and the test carries on as before.
 */
@Component
public class TestChildren {

    private final ChildRecordService records;
    private final TestStaff staff;
    private volatile StaffUser socialWorker;

    TestChildren(ChildRecordService records, TestStaff staff) {
        this.records = records;
        this.staff = staff;
    }

    public long record(PersonForm form) {
        if (socialWorker == null) {
            socialWorker = staff.create(Role.SOCIAL_WORKER);
        }
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        TestStaff.signInAs(socialWorker);
        try {
            return records.create(form);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }
    }
}
