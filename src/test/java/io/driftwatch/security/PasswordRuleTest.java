package io.driftwatch.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The weak-password rule, and the start-up refusal that applies it outside the lab and test profiles. */
class PasswordRuleTest {

    @Test
    void shortPlaceholderAndOwnNamePasswordsAreWeak() {
        assertEquals("is shorter than 12 characters", PasswordRule.weakness("alice", "change-me").orElseThrow());
        assertEquals("is shorter than 12 characters", PasswordRule.weakness("alice", "Tr0ub4dor&3").orElseThrow());
        assertEquals("is shorter than 12 characters", PasswordRule.weakness("alice", null).orElseThrow());
        for (String placeholder : List.of("Change-Me!!!!", "password2024",
                "PASSWORD-123456", "administrator", "also-change-me", "123456789012", "Admin-Admin!")) {
            assertTrue(PasswordRule.weakness("alice", placeholder).isPresent(), placeholder);
        }
        assertEquals("is a well-known placeholder", PasswordRule.weakness("alice", "also-change-me").orElseThrow());
        assertEquals("is the user's own name",
                PasswordRule.weakness("alice.longname", "Alice.Longname").orElseThrow());
        assertEquals("is the user's own name",
                PasswordRule.weakness("netops-admin", "netops-admin-2026").orElseThrow());
        assertEquals("repeats a few characters", PasswordRule.weakness("alice", "abababababab").orElseThrow());
        assertEquals("repeats a few characters", PasswordRule.weakness("alice", "admin-admin-admin").orElseThrow());
    }

    @Test
    void aLongOwnPasswordWillDo() {
        assertFalse(PasswordRule.weakness("alice", "correct horse battery").isPresent());
        assertFalse(PasswordRule.weakness("operator", "q8Zt-vR2w-Lm4x").isPresent());
        assertFalse(PasswordRule.weakness("operator", "operator-test-password").isPresent(),
                "containing the name is not being the name");
    }

    @Test
    void startUpIsRefusedNamingEveryWeakUserButNoPassword() {
        Map<String, String> users = Map.of("operator", "change-me", "noc", "also-change-me", "alice",
                "correct horse battery");
        WeakPasswordException refused = assertThrows(WeakPasswordException.class,
                () -> WeakPasswordGuard.refuseWeak(List.of("prod"), true, users));
        assertEquals(List.of("noc", "operator"), refused.users());
        assertTrue(refused.getMessage().contains("user 'operator' is shorter than 12 characters"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("user 'noc' is a well-known placeholder"), refused.getMessage());
        assertFalse(refused.getMessage().contains("change-me"), "the message never holds a password");
        assertFalse(refused.getMessage().contains("alice"), refused.getMessage());
    }

    @Test
    void theLabAndTestProfilesAndHashedPasswordsAreLeftAlone() {
        Map<String, String> weak = Map.of("operator", "operator");
        WeakPasswordGuard.refuseWeak(List.of("lab"), true, weak);
        WeakPasswordGuard.refuseWeak(List.of("test"), true, weak);
        WeakPasswordGuard.refuseWeak(List.of("prod"), false, Map.of("operator", "0123456789abcdef"));
        WeakPasswordGuard.refuseWeak(List.of("prod"), true, Map.of("operator", "correct horse battery"));
        assertThrows(WeakPasswordException.class, () -> WeakPasswordGuard.refuseWeak(List.of("dev"), true, weak));
        assertThrows(WeakPasswordException.class, () -> WeakPasswordGuard.refuseWeak(List.of(), true, weak));
    }
}
