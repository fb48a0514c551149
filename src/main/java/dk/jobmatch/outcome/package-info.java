/**
 * Outcome figures (contract v1.1 "Outcomes and insight"): what the placements achieved, for a job
 * centre manager, as JSON or CSV. A read model with no tables of its own: it reads every placement
 * from agreement/ (judged as its {@code /progress} judges it) and the target group and creation date
 * of the citizens' profiles from citizen/, and answers aggregates only, each figure behind fewer
 * than five citizens suppressed. The figures are defined in docs/outcomes.md and computed by one
 * pure function, {@link dk.jobmatch.outcome.OutcomeFigures}.
 */
@AllowedDependencies({"api", "agreement", "citizen", "common", "security", "vocabulary"})
package dk.jobmatch.outcome;

import dk.jobmatch.AllowedDependencies;
