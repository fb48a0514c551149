/**
 * Words the vocabulary does not know: the warnings on profiles and needs whose competence or task
 * phrases name no concept ({@link dk.jobmatch.wording.PhraseWarnings}), and the type-ahead that
 * offers the nearest concepts for a (partial) word ({@code GET /api/v1/vocabulary/suggest}). Uses
 * search/ for the concept analysis the index itself applies, so "unknown" means exactly what the
 * index cannot map; type-ahead reads the vocabulary in force ({@link dk.jobmatch.vocabulary.LiveVocabulary}).
 * Knows no feature: citizen/ and employer/ hand it their phrases with their field paths.
 */
@AllowedDependencies({"api", "common", "search", "security", "vocabulary"})
package dk.jobmatch.wording;

import dk.jobmatch.AllowedDependencies;
