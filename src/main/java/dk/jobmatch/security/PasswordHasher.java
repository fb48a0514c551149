package dk.jobmatch.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt; the cost keeps a login well under 100 ms on the 2-core machines. bcrypt reads at most 72
 * bytes of a password, and the contract allows 200 characters (up to 800 bytes of UTF-8): a longer
 * password is first hashed with SHA-512, so every byte of it counts and none is cut off. Passwords
 * up to 71 bytes are hashed as before, so stored hashes keep verifying. A hash carries its own cost,
 * so hashes made at another cost keep verifying too.
 */
@Singleton
class PasswordHasher {

    static final int COST = 10;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);
    private final int cost;
    // Verified against when the username is unknown, so both paths take the same time.
    private final String dummyHash;

    PasswordHasher() {
        this(COST);
    }

    /**
     * {@code jobmatch.accounts.bcrypt-cost} is for the test suite only (application-test.yml): it logs in
     * a thousand times and starts a hundred services that each seed three accounts, 70 ms a hash at cost 10.
     */
    @Inject
    PasswordHasher(@Value("${jobmatch.accounts.bcrypt-cost:" + COST + "}") int cost) {
        this.cost = cost;
        this.dummyHash = hash("not-a-real-password");
    }

    String hash(String password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    void burnEqualTime(String password) {
        matches(password, dummyHash);
    }
}
