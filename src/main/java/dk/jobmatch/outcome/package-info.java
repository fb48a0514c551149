/**
 * Outcome figures (contract v1.1 "Outcomes and insight"): what the placements achieved, for a job
 * centre manager, as JSON or CSV. A read model with no tables of its own and nothing written: SQL
 * aggregates over the agreement tables (agreements, the plan facts of their versions, follow-ups,
 * events; owned by agreement/) and the citizens' target group and creation time (owned by citizen/),
 * in one query ({@link dk.jobmatch.outcome.OutcomeQueries}); answers aggregates only, each figure
 * behind fewer than five citizens suppressed. Uses agreement/'s visit numbers ({@code Visits}) so
 * the figures count visits as {@code /progress} does. The figures are defined in docs/outcomes.md.
 */
@AllowedDependencies({"api", "agreement", "common", "security", "vocabulary"})
package dk.jobmatch.outcome;

import dk.jobmatch.AllowedDependencies;
