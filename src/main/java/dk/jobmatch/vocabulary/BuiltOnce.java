package dk.jobmatch.vocabulary;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What is worked out from a vocabulary's content, kept for the last content in this JVM. Every
 * application context in a JVM (the test suite's hundreds, replicas run side by side) would otherwise
 * build the same analysis and credit again at start, together about a second of CPU. Only for values that
 * are a function of {@link ConceptVocabulary#toText()} and the JVM's resources, safe to share between
 * threads and never closed.
 */
public final class BuiltOnce<V> {

    private record Built<V>(String vocabularyText, V value) {
    }

    private final AtomicReference<Built<V>> last = new AtomicReference<>();

    /** The value kept for this vocabulary's content, or {@code build}'s, which is then kept. */
    public V of(ConceptVocabulary vocabulary, Function<ConceptVocabulary, V> build) {
        String text = vocabulary.toText();
        Built<V> kept = last.get();
        if (kept != null && kept.vocabularyText().equals(text)) {
            return kept.value();
        }
        V value = build.apply(vocabulary);
        last.set(new Built<>(text, value));
        return value;
    }
}
