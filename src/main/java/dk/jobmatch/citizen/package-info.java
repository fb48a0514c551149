/**
 * Citizens' competence profiles with consent and structured accommodations (skånehensyn):
 * storing, searching, erasing (database and index), and the index document of a profile. Owns the
 * citizen tables through CitizenStore. Every read is audited; CPR numbers are refused.
 */
@AllowedDependencies({"api", "capacity", "audit", "bulk", "common", "outbox", "search", "security", "vocabulary"})
package dk.jobmatch.citizen;

import dk.jobmatch.AllowedDependencies;
