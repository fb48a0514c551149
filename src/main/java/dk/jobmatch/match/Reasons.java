package dk.jobmatch.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a score's explanations go while it is computed: written for a match that is served,
 * skipped for the rest of a pool (150 candidates are scored, 10 served). One method scores both
 * ways, so a served match's texts are exactly those of scoring it with explanations from the start;
 * a skipped text is never built, as it is a supplier.
 */
final class Reasons {

    /** Scoring only: nothing is written. */
    static final Reasons SKIPPED = new Reasons(null);

    /** Null when skipped. */
    private final List<Explanation> written;

    private Reasons(List<Explanation> written) {
        this.written = written;
    }

    /** Reasons to write, in the order they are added. */
    static Reasons written() {
        return new Reasons(new ArrayList<>());
    }

    /** Whether texts are written: for the explanations that take more than one line to find. */
    boolean wanted() {
        return written != null;
    }

    void add(Explanation.Kind kind, Supplier<String> text) {
        if (written != null) {
            written.add(new Explanation(kind, text.get()));
        }
    }

    /** What was written; empty when skipped. */
    List<Explanation> list() {
        return written == null ? List.of() : written;
    }
}
