package dk.jobmatch.search;

/** The service's text analysis for pure tests outside search/ (no server): built once, as the service builds it. */
public final class PureAnalysis {

    private static final AnalyzerFactory FACTORY = new AnalyzerFactory();
    private static final TextTerms TERMS = new TextTerms(FACTORY.indexAnalyzer(), FACTORY.conceptAnalyzer());

    private PureAnalysis() {
    }

    public static TextTerms textTerms() {
        return TERMS;
    }
}
