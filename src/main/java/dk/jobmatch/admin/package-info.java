/**
 * Operator endpoints: the audit trail of citizen reads and rebuilding the search index on demand.
 * Owns no data of its own; it reads the audit log and asks search/ to rebuild.
 */
@AllowedDependencies({"api", "audit", "common", "search", "security"})
package dk.jobmatch.admin;

import dk.jobmatch.AllowedDependencies;
