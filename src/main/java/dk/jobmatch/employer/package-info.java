/**
 * Employers and their needs: one substitution-wheel analysis per need, with tasks, demands,
 * schedule, non-negotiables and flexibilities; storing, searching and the need's index document;
 * stale needs (staleSince) and their expiry after a long time without activity (NeedExpiry). The
 * one query that reads agreements' dates for that, NeedRepository.LAST_ACTIVITY, only reads them.
 * Owns the employer and need tables. Never uses citizen/: an employer only ever sees anonymous
 * match summaries.
 */
@AllowedDependencies({"api", "capacity", "bulk", "common", "outbox", "search", "security", "vocabulary", "wording"})
package dk.jobmatch.employer;

import dk.jobmatch.AllowedDependencies;
