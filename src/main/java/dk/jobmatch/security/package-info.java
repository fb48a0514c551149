/**
 * Logins, tokens, roles and employer scoping (AccessPolicy: checked in one place), login
 * throttling, rate limits and the seeded development accounts. Owns the account table.
 */
@AllowedDependencies({"api", "common"})
package dk.jobmatch.security;

import dk.jobmatch.AllowedDependencies;
