package org.opencsc.security;

import static org.opencsc.security.Permission.ALLOCATE;
import static org.opencsc.security.Permission.AUDIT_READ;
import static org.opencsc.security.Permission.AUTHORISE;
import static org.opencsc.security.Permission.CASE_AUDIT;
import static org.opencsc.security.Permission.CALENDAR_ADMIN;
import static org.opencsc.security.Permission.CASE_NOTE_WRITE;
import static org.opencsc.security.Permission.CASE_WORK;
import static org.opencsc.security.Permission.CHILD_CREATE;
import static org.opencsc.security.Permission.CHILD_EDIT;
import static org.opencsc.security.Permission.CHILD_READ;
import static org.opencsc.security.Permission.OVERSIGHT;
import static org.opencsc.security.Permission.PERFORMANCE;
import static org.opencsc.security.Permission.PERFORMANCE_SETTINGS;
import static org.opencsc.security.Permission.RECORD_RESTRICT;
import static org.opencsc.security.Permission.RETURNS;
import static org.opencsc.security.Permission.SUBJECT_ACCESS;
import static org.opencsc.security.Permission.USER_ADMIN;

import java.util.EnumSet;
import java.util.Set;

/** The people who use the system (DOMAIN.md section 5) and what each may do. */
public enum Role {
    SOCIAL_WORKER("Social worker", EnumSet.of(CHILD_READ, CHILD_CREATE, CHILD_EDIT, CASE_NOTE_WRITE, CASE_WORK)),
    TEAM_MANAGER("Team manager", EnumSet.of(CHILD_READ, CHILD_CREATE, CHILD_EDIT, CASE_NOTE_WRITE, CASE_WORK, AUTHORISE, ALLOCATE, RECORD_RESTRICT, AUDIT_READ,
            PERFORMANCE, OVERSIGHT, CASE_AUDIT)),
    IRO("Independent reviewing officer / CP chair", EnumSet.of(CHILD_READ, CASE_NOTE_WRITE, CASE_WORK)),
    MASH_WORKER("MASH+ worker", EnumSet.of(CHILD_READ, CHILD_CREATE, CHILD_EDIT, CASE_NOTE_WRITE, CASE_WORK)),
    FOSTERING_ADOPTION_WORKER("Fostering and adoption worker", EnumSet.of(CHILD_READ, CHILD_EDIT, CASE_NOTE_WRITE, CASE_WORK)),
    PERFORMANCE_ANALYST("Performance analyst", EnumSet.of(CHILD_READ, RETURNS, PERFORMANCE, PERFORMANCE_SETTINGS)),
    HEAD_OF_SERVICE("Head of service / director", EnumSet.of(CHILD_READ, AUTHORISE, ALLOCATE, RECORD_RESTRICT, AUDIT_READ, RETURNS,
            PERFORMANCE, OVERSIGHT, CASE_AUDIT, SUBJECT_ACCESS)),
    AUDITOR("Auditor", EnumSet.of(CHILD_READ, AUDIT_READ, CASE_AUDIT)),
    ADMINISTRATOR("Administrator", EnumSet.of(CHILD_READ, RECORD_RESTRICT, AUDIT_READ, USER_ADMIN, CALENDAR_ADMIN,
            PERFORMANCE_SETTINGS, SUBJECT_ACCESS)),
    INSPECTOR("Inspector (read-only, time-limited)", EnumSet.of(CHILD_READ, PERFORMANCE));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }
}
