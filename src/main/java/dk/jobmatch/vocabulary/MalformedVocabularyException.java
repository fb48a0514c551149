package dk.jobmatch.vocabulary;

/** The concept file cannot be read as a vocabulary; the message names the source and the line. */
public final class MalformedVocabularyException extends IllegalArgumentException {

    public MalformedVocabularyException(String message) {
        super(message);
    }
}
