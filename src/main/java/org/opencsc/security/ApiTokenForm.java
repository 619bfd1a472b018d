package org.opencsc.security;

/** An administrator's request for a token: whose, what for, and for how many days (as typed). */
public record ApiTokenForm(String username, String label, String days) {
}
