/**
 * The only package that uses Lucene: Danish analysis, the index on disk (one IndexWriter, a
 * SearcherManager), candidate queries, and keeping the index in step with the outbox. Features
 * describe their documents through DocumentSource; search/ knows no feature.
 */
@AllowedDependencies({"common", "outbox", "vocabulary"})
package dk.jobmatch.search;

import dk.jobmatch.AllowedDependencies;
