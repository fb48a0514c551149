/**
 * Signed webhooks for integrations: subscriptions, deliveries queued from the outbox and sent
 * with retries, and the delivery log. Owns the webhook tables.
 */
@AllowedDependencies({"api", "common", "outbox", "security"})
package dk.jobmatch.webhook;

import dk.jobmatch.AllowedDependencies;
