package dk.jobmatch.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords as long as the contract allows (200 characters, up to 800 bytes of UTF-8) are hashed
 * and checked; bcrypt alone stops at 72 bytes, which answered 500 on login and account creation
 * (found by the contract fuzz, ContractFuzzTest).
 */
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void passwordsOverSeventyTwoBytesAreHashedInFull() {
        String long1 = "æ".repeat(199) + "a";
        String long2 = "æ".repeat(199) + "b";
        String hash = hasher.hash(long1);
        assertThat(hasher.matches(long1, hash)).isTrue();
        // Differing only after byte 72: a truncating hash would take the one for the other.
        assertThat(hasher.matches(long2, hash)).isFalse();
        hasher.burnEqualTime("x".repeat(200));
    }

    @Test
    void shortPasswordsAreHashedAsBeforeSoStoredHashesStillVerify() {
        // Made with the previous BCrypt.withDefaults() at cost 10.
        String stored = at.favre.lib.crypto.bcrypt.BCrypt.withDefaults().hashToString(10, "hemmeligt-kodeord".toCharArray());
        assertThat(hasher.matches("hemmeligt-kodeord", stored)).isTrue();
        assertThat(hasher.matches("x".repeat(71), hasher.hash("x".repeat(71)))).isTrue();
    }

    @Test
    void theServiceHashesAtCostTenUnlessTheTestSuiteSaysOtherwise() {
        // application-test.yml lowers the cost for speed; the service itself keeps 10.
        assertThat(hasher.hash("hemmeligt-kodeord")).startsWith("$2a$10$");
        PasswordHasher cheap = new PasswordHasher(4);
        assertThat(cheap.hash("hemmeligt-kodeord")).startsWith("$2a$04$");
        assertThat(hasher.matches("hemmeligt-kodeord", cheap.hash("hemmeligt-kodeord"))).isTrue();
    }
}
