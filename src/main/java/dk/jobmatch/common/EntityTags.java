package dk.jobmatch.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * A feature's answer to "what is the current strong entity tag of the resource at this path?",
 * so {@link PreconditionFilter} can evaluate If-Match before the request body is read.
 */
public interface EntityTags {

    /**
     * The current tag, quoted (e.g. {@code "3"}); empty when the path is not this feature's.
     * Throws {@link ApiException} (404, 403) when the caller may not see the resource, so a
     * precondition never tells an outsider more than a read would.
     */
    Optional<String> currentTag(String path);

    /** Whether an If-Match value names this tag: strong comparison (weak tags never match), or {@code *}. */
    static boolean matches(String ifMatch, String tag) {
        return Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(t -> t.equals("*") || t.equals(tag));
    }
}
