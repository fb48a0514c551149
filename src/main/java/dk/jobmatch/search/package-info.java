/**
 * The only package that uses Lucene: Danish analysis, the index on disk (one IndexWriter, a
 * SearcherManager), candidate queries, and keeping the index in step with the outbox, including
 * a rebuild with new analysis when the concept vocabulary in force changes (read through
 * vocabulary.LiveVocabulary). Features describe their documents through DocumentSource; search/
 * knows no feature.
 */
@AllowedDependencies({"common", "outbox", "vocabulary"})
package dk.jobmatch.search;

import dk.jobmatch.AllowedDependencies;
