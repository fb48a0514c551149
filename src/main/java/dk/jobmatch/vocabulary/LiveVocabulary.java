package dk.jobmatch.vocabulary;

/**
 * The concept vocabulary in force now: the shipped file plus the edits an administrator saved. The
 * analyzers, partial credit and type-ahead read {@link #current()} when they need it rather than
 * keeping a copy, so an edit reaches them all. Each vocabulary is immutable: compare instances to
 * see whether it changed.
 */
public interface LiveVocabulary {

    /** The vocabulary in force; the same instance until it changes. */
    ConceptVocabulary current();

    /** Re-reads the saved edits (another instance may have saved one); true when the vocabulary changed. */
    boolean reload();

    /** A vocabulary that never changes: the shipped file, for tests and tools without a database. */
    static LiveVocabulary fixed(ConceptVocabulary vocabulary) {
        return new LiveVocabulary() {
            @Override
            public ConceptVocabulary current() {
                return vocabulary;
            }

            @Override
            public boolean reload() {
                return false;
            }
        };
    }
}
