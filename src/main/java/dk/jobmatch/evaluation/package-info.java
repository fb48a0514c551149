/**
 * Learning from outcomes, offline: the weight evaluation ({@code ./jobmatch evaluate-weights}). It
 * replays the placements that ended with a clear outcome (agreement/'s course records), scores each
 * pair again with the matcher's own scorer (match/), and reports how well the score and each of its
 * parts told the good outcomes from the bad ones (AUC with a bootstrap interval), and a suggested
 * weight set. It only reads: it changes no weight and nothing in the database, and answers
 * aggregates only (docs/outcomes.md, "Evaluating the weights").
 */
@AllowedDependencies({"agreement", "citizen", "common", "employer", "match", "vocabulary"})
package dk.jobmatch.evaluation;

import dk.jobmatch.AllowedDependencies;
