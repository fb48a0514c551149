/**
 * Idempotency-Key support for writes: a repeated request gets the stored first answer. Owns its
 * table; works as an HTTP filter, so features know nothing of it.
 */
@AllowedDependencies({"common"})
package dk.jobmatch.idempotency;

import dk.jobmatch.AllowedDependencies;
