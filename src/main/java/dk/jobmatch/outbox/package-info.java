/**
 * The transactional outbox: every write records its change in the same transaction, numbered
 * in commit order without gaps. The search index, the change feed and webhooks all read it.
 * Uses only vocabulary/, for the coded reason an ending carries (codes, never text).
 */
@AllowedDependencies({"vocabulary"})
package dk.jobmatch.outbox;

import dk.jobmatch.AllowedDependencies;
