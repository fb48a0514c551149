package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptVocabulary;

/** The service's text analysis for pure tests outside search/ (no server): built once, as the service builds it. */
public final class PureAnalysis {

    private static final AnalyzerFactory FACTORY = new AnalyzerFactory();
    private static final TextTerms TERMS = new TextTerms(FACTORY.indexAnalyzer(), FACTORY.conceptAnalyzer());

    private PureAnalysis() {
    }

    public static TextTerms textTerms() {
        return TERMS;
    }

    /**
     * Terms whose analysis the test switches between two vocabularies' (as a rebuild after a
     * vocabulary sync switches the service's), each analysis built once.
     */
    public static Switching switching(ConceptVocabulary first, ConceptVocabulary second) {
        return new Switching(Analysis.of(first), Analysis.of(second));
    }

    public static final class Switching {

        private final Analysis first;
        private final Analysis second;
        private volatile Analysis current;
        private final TextTerms terms;

        private Switching(Analysis first, Analysis second) {
            this.first = first;
            this.second = second;
            this.current = first;
            this.terms = new TextTerms(() -> current);
        }

        public TextTerms textTerms() {
            return terms;
        }

        public void useFirst() {
            current = first;
        }

        public void useSecond() {
            current = second;
        }
    }
}
