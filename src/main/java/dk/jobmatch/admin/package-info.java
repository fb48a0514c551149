/**
 * Operator endpoints: the audit trail of citizen reads, rebuilding the search index on demand, and
 * the staff logins (consultants are people, each with a login). Owns no data of its own; it reads
 * the audit log, asks search/ to rebuild and security/ to create and list accounts.
 */
@AllowedDependencies({"api", "audit", "common", "search", "security"})
package dk.jobmatch.admin;

import dk.jobmatch.AllowedDependencies;
