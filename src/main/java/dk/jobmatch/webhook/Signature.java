package dk.jobmatch.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Delivery signatures per the Standard Webhooks specification (standardwebhooks.com): the secret
 * is {@code whsec_} followed by the base64 of the key bytes, and {@code webhook-signature} is
 * {@code v1,} followed by the base64 HMAC-SHA256 of "id.timestamp.body". The timestamp inside the
 * signed text lets receivers refuse replays; the id is the delivery's, kept across retries.
 *
 * <p>The {@code Jobmatch-*} headers are the scheme before it (hex HMAC over "timestamp.body" with
 * the same key bytes), still sent to subscriptions made before V10 so their receivers keep working.
 */
public final class Signature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    public static final String LEGACY_TIMESTAMP_HEADER = "Jobmatch-Timestamp";
    public static final String LEGACY_SIGNATURE_HEADER = "Jobmatch-Signature";
    public static final String LEGACY_DELIVERY_HEADER = "Jobmatch-Delivery";

    static final String SECRET_PREFIX = "whsec_";
    /** 256 bits; the specification asks for 24 to 64 bytes. */
    static final int KEY_BYTES = 32;

    private Signature() {
    }

    /** A new subscription's secret, as handed out: whsec_ and the base64 of fresh random key bytes. */
    static String newSecret(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes of a whsec_ secret. */
    static byte[] key(String secret) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + SECRET_PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    }

    /** The value of {@code webhook-signature}: {@code v1,} and the base64 HMAC-SHA256 of "id.timestamp.body". */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        Mac mac = hmac(key(secret));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    /** The value of {@code Jobmatch-Signature}: {@code v1=} and the hex HMAC-SHA256 of "timestamp.body". */
    public static String signLegacy(String secret, long timestamp, byte[] body) {
        Mac mac = hmac(key(secret));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
