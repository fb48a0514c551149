/**
 * The transactional outbox: every write records its change in the same transaction, numbered
 * in commit order without gaps. The search index, the change feed and webhooks all read it.
 * Uses vocabulary/, for the coded reason an ending carries (codes, never text), and common/,
 * whose {@code BulkRows} writes its rows as the bulk import writes profiles.
 */
@AllowedDependencies({"vocabulary", "common"})
package dk.jobmatch.outbox;

import dk.jobmatch.AllowedDependencies;
