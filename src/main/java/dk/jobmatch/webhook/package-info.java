/**
 * Signed webhooks for integrations: subscriptions, deliveries queued from the outbox and sent
 * with retries, and the delivery log. Owns the webhook tables. Uses vocabulary/ for the reason
 * code an ending's delivery carries.
 */
@AllowedDependencies({"api", "common", "outbox", "security", "vocabulary"})
package dk.jobmatch.webhook;

import dk.jobmatch.AllowedDependencies;
