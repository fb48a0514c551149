package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Standard Webhooks secrets for the subscriptions made before them, with the same key bytes.
 *
 * <p>Before V10 a secret was 64 hex characters, handed out as such, and the HMAC key was the
 * UTF-8 bytes of those characters (not the 32 bytes they spell). Each stored secret becomes
 * {@code whsec_} + base64 of exactly those bytes, so the key does not change: the Jobmatch-*
 * signature that receivers check today stays byte for byte the same, and a receiver can verify
 * the new webhook-* headers with the Standard Webhooks libraries by configuring
 * {@code whsec_} + base64(its old secret) (or passing the old secret's bytes as the key).
 *
 * <p>{@code legacy_headers} marks these subscriptions: their deliveries keep carrying the
 * Jobmatch-* headers next to the webhook-* ones (docs/operations.md, "Webhook signatures").
 * New subscriptions get whsec_ secrets and the standard headers only.
 *
 * <p>Java, not SQL, because H2 has no base64 function, and PostgreSQL's breaks lines at 76
 * characters (88 are needed). This class must not use the application's code: it is frozen as
 * the V10 the databases ran.
 */
public class V10__webhook_secrets_as_whsec extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE webhook_subscription ADD COLUMN legacy_headers BOOLEAN DEFAULT FALSE NOT NULL");
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id, secret FROM webhook_subscription")) {
            while (rows.next()) {
                secrets.put(rows.getString("id"), rows.getString("secret"));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE webhook_subscription SET secret = ?, legacy_headers = TRUE WHERE id = ?")) {
            for (Map.Entry<String, String> row : secrets.entrySet()) {
                update.setString(1, "whsec_" + Base64.getEncoder().encodeToString(
                        row.getValue().getBytes(StandardCharsets.UTF_8)));
                update.setString(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
