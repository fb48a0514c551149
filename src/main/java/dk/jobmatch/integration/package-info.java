/**
 * The change feed for machine clients: outbox rows in commit order as a cursor-paged list.
 * Owns no data; reads the outbox.
 */
@AllowedDependencies({"api", "common", "outbox", "security"})
package dk.jobmatch.integration;

import dk.jobmatch.AllowedDependencies;
