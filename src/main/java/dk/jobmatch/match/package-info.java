/**
 * Matching in both directions: retrieve candidates from search/, apply the contract's hard
 * constraints, carve the best bundle of tasks for the citizen's hours (a small knapsack), score
 * with a transparent weighted formula and explain it in Danish. The rules, carving and score are
 * pure Java; only the service, controller and mapper touch the framework. Leaves out the pairs
 * exclusion/ keeps apart (a stopped course's cool-down, a declined introduction), in both directions.
 * Marks citizens in process (an open introduction, through {@link dk.jobmatch.match.OpenIntroductions},
 * which introduction/ implements, or an agreement holding their hours) and ranks them a little lower.
 * Also the gaps: the nearby needs exactly one hard constraint keeps from a citizen, found by asking
 * the same rules with one constraint lifted at a time ({@link dk.jobmatch.match.Gaps}), per citizen
 * and per area.
 */
@AllowedDependencies({"api", "capacity", "audit", "citizen", "common", "employer", "exclusion", "search", "security",
        "vocabulary"})
package dk.jobmatch.match;

import dk.jobmatch.AllowedDependencies;
