package org.opencsc.timescales;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.opencsc.child.CaseEventKind;

/**
 * A digest of everything in the rule table that shapes a clock: each rule's start, count-from,
 * stop, restart and cancel events and its period, and the process order of the key events. Two
 * builds with the same fingerprint derive the same clocks from the same events.
 */
final class RuleTableFingerprint {

    private RuleTableFingerprint() {
    }

    static String current() {
        var text = new StringBuilder(Arrays.toString(CaseEventKind.values()));
        for (var rule : StatutoryRule.values()) {
            text.append('\n').append(rule.name()).append(rule.starts()).append(rule.countFrom()).append(rule.stops()).append(rule.restarts())
                    .append(rule.cancels()).append(rule.localStandard() != null ? rule.localStandard().name() : rule.period(LocalStandards.defaults()));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
