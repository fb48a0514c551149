/**
 * The change feed for machine clients: outbox rows in commit order as a cursor-paged list.
 * Owns no data; reads the outbox (and vocabulary/ for an ending's reason code, mapped to the contract's).
 */
@AllowedDependencies({"api", "common", "outbox", "security", "vocabulary"})
package dk.jobmatch.integration;

import dk.jobmatch.AllowedDependencies;
