package dk.jobmatch.search;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;

/**
 * The Danish Hunspell dictionary ({@code hunspell/da/}, Stavekontrolden; see its README): words,
 * their inflections, and which words may begin, continue or end a compound. Loading it takes
 * about a second and its tables are immutable, so one instance serves every analyzer of the JVM
 * (tests start many application contexts; each would otherwise load it again).
 */
final class DanishDictionary {

    private static final String AFFIXES = "hunspell/da/da_DK.aff";
    private static final String WORDS = "hunspell/da/da_DK.dic";

    private final Dictionary dictionary;
    private final CompoundJoints joints;
    private final String digest;

    private DanishDictionary(byte[] affixes, byte[] words) {
        this.digest = sha256(affixes, words);
        this.joints = CompoundJoints.parse(new String(affixes, StandardCharsets.UTF_8));
        try (InputStream aff = new ByteArrayInputStream(affixes); InputStream dic = new ByteArrayInputStream(words)) {
            // ignoreCase false: analysis lower-cases first, and the dictionary's nouns are lower case.
            this.dictionary = new Dictionary(new ByteBuffersDirectory(), "da", aff, List.of(dic), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(AFFIXES + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The JVM's one instance, loaded on first use. */
    static DanishDictionary shared() {
        return Holder.INSTANCE;
    }

    Dictionary dictionary() {
        return dictionary;
    }

    CompoundJoints joints() {
        return joints;
    }

    /** A new spell-checker over the shared tables; cheap, but not for concurrent use. */
    Hunspell hunspell() {
        return new Hunspell(dictionary);
    }

    /** SHA-256 of both files, for the analysis fingerprint. */
    String digest() {
        return digest;
    }

    private static final class Holder {
        private static final DanishDictionary INSTANCE = new DanishDictionary(bytes(AFFIXES), bytes(WORDS));
    }

    private static byte[] bytes(String resource) {
        // Both files are UTF-8 (the .aff file declares SET UTF-8).
        return AnalyzerFactory.read(resource).getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[]... files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] file : files) {
                digest.update(file);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
