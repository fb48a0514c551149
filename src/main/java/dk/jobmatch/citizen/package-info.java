/**
 * Citizens' competence profiles with consent and structured accommodations (skånehensyn):
 * storing, searching, erasing (database and index), the index document of a profile, and the
 * capacity the latest follow-up measured (written by agreement/, which citizens may not use). Owns
 * the citizen tables through CitizenStore. Every read is audited; CPR numbers are refused.
 */
@AllowedDependencies({"api", "capacity", "audit", "bulk", "common", "outbox", "search", "security", "vocabulary",
        "wording"})
package dk.jobmatch.citizen;

import dk.jobmatch.AllowedDependencies;
