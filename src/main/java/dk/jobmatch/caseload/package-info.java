/**
 * Consultants' caseloads: current agreements, citizens in process and employers owned, against the
 * configured cap (jobmatch.caseload.cap). A read model: SQL aggregates over the agreement and
 * employer tables (owned by agreement/ and employer/), computed per request, never stored and never
 * written. The staff accounts come from security/.
 */
@AllowedDependencies({"api", "common", "security"})
package dk.jobmatch.caseload;

import dk.jobmatch.AllowedDependencies;
