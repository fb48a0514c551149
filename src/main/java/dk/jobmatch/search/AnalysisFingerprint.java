package dk.jobmatch.search;

/** Identifies the analysis (chain and word lists) an index was built with. */
record AnalysisFingerprint(String value) {
}
