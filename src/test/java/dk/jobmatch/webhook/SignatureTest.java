package dk.jobmatch.webhook;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our signing against the Standard Webhooks library's published example and its verifier. */
class SignatureTest {

    /**
     * The example with known values in the Java library's tests (TestScenario.validSigned,
     * standard-webhooks/standard-webhooks, libraries/java); the other libraries test the same one.
     */
    @Test
    void signsThePublishedExample() {
        String signature = Signature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theLibraryVerifiesWhatWeSignWithANewSecret() throws Exception {
        String secret = Signature.newSecret(new SecureRandom());
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
        String id = "2f0c9a4e-5b1d-4c3e-9a77-0d6c1e2b3f40";
        long now = Instant.now().getEpochSecond();
        String body = "{\"type\":\"need.created\",\"entityId\":\"æøå\"}";

        String signature = Signature.sign(secret, id, now, body.getBytes(StandardCharsets.UTF_8));

        Map<String, List<String>> headers = Map.of("webhook-id", List.of(id),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(signature));
        assertThatNoException().isThrownBy(() -> new Webhook(secret).verify(body, headers));
        assertThat(new Webhook(secret).sign(id, now, body)).isEqualTo(signature);
        Map<String, List<String>> tampered = Map.of("webhook-id", List.of(id + "x"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(signature));
        assertThatThrownBy(() -> new Webhook(secret).verify(body, tampered))
                .hasMessageContaining("No matching signature");
    }

    @Test
    void theLegacySignatureUsesTheSameKeyBytesAsBefore() {
        // Before V10 a secret was 64 hex characters, and the HMAC key was those characters' bytes.
        String hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        String reEncoded = "whsec_" + Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.US_ASCII));
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(Signature.key(reEncoded)).isEqualTo(hex.getBytes(StandardCharsets.US_ASCII));
        // The hex HMAC-SHA256 of "1700000000.{}" keyed with the hex string's bytes, as the code before
        // V10 computed it (worked out independently with Python's hmac module).
        assertThat(Signature.signLegacy(reEncoded, 1_700_000_000L, body))
                .isEqualTo("v1=c5d35e1754b99ef2485c7557dd1b319d5cadc952eb479ecf656f96038c547d60");
    }

    @Test
    void refusesASecretWithoutThePrefix() {
        assertThatThrownBy(() -> Signature.key("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
