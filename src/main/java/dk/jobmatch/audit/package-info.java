/**
 * The audit trail: one row for every read of a citizen's data, with who read it. Owns the audit
 * table; every feature that shows citizen data records through AuditLog.
 */
@AllowedDependencies({"common", "security"})
package dk.jobmatch.audit;

import dk.jobmatch.AllowedDependencies;
