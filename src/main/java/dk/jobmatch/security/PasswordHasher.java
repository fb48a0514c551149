package dk.jobmatch.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt; the cost keeps a login well under 100 ms on the 2-core machines. bcrypt reads at most 72
 * bytes of a password, and the contract allows 200 characters (up to 800 bytes of UTF-8): a longer
 * password is first hashed with SHA-512, so every byte of it counts and none is cut off. Passwords
 * up to 71 bytes are hashed as before, so stored hashes keep verifying.
 */
@Singleton
class PasswordHasher {

    private static final int COST = 10;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);
    // Verified against when the username is unknown, so both paths take the same time.
    private final String dummyHash = hash("not-a-real-password");

    String hash(String password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(COST, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    void burnEqualTime(String password) {
        matches(password, dummyHash);
    }
}
