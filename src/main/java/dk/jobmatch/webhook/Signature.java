package dk.jobmatch.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The delivery signature: hex HMAC-SHA256 over "timestamp.body" with the subscription's secret.
 * The timestamp inside the signed text lets receivers refuse replays of old deliveries.
 */
public final class Signature {

    public static final String TIMESTAMP_HEADER = "Jobmatch-Timestamp";
    public static final String SIGNATURE_HEADER = "Jobmatch-Signature";
    public static final String DELIVERY_HEADER = "Jobmatch-Delivery";

    private Signature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
