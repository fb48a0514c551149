/**
 * The concept vocabulary in force and its editing by administrators: the shipped file
 * (vocabulary/concepts-da.tsv, the versioned base) plus the concepts added or replaced through
 * {@code /api/v1/vocabulary/concepts}, stored in concept_edit. Implements
 * {@link dk.jobmatch.vocabulary.LiveVocabulary}, which search/ and match/ read; announces each
 * save through the outbox, so every instance re-reads it and re-indexes. Uses vocabulary/ for the
 * concepts and their rules, outbox/, security/ for the caller and common/.
 */
@AllowedDependencies({"api", "common", "outbox", "security", "vocabulary"})
package dk.jobmatch.concept;

import dk.jobmatch.AllowedDependencies;
