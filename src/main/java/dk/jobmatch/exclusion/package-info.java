/**
 * Pairs that matching leaves out: a citizen and an employer (all of its needs) or one need, for a
 * while or for good, e.g. the cool-down after a STOPPED course, or a need whose employer declined
 * the citizen's introduction. Owns the match_exclusion table. Whoever decides on an exclusion
 * writes it in its own transaction (agreements and introductions); matching reads it in both
 * directions, so match/ need not know about agreements or introductions. Uses only common/.
 */
@AllowedDependencies({"common"})
package dk.jobmatch.exclusion;

import dk.jobmatch.AllowedDependencies;
