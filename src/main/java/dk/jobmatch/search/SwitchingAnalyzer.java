package dk.jobmatch.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

import java.util.function.Supplier;

/**
 * The index writer's analyzer: the writer keeps the one it was opened with, so this one hands each
 * field to the analysis in use. Each delegate keeps its own reusable token streams; the delegate
 * only changes while nothing is written (see {@link CurrentAnalysis}), so no stream of one analysis
 * is ever kept for another.
 */
final class SwitchingAnalyzer extends DelegatingAnalyzerWrapper {

    private final Supplier<Analyzer> delegate;

    SwitchingAnalyzer(Supplier<Analyzer> delegate) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.delegate = delegate;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return delegate.get();
    }
}
