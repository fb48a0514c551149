package dk.jobmatch.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The tag of the resource whose id is the one group of {@code path}, when the path is of that shape. */
    static Optional<String> ofPath(Pattern shape, String path, Function<String, String> tagOfId) {
        Matcher matcher = shape.matcher(path);
        return matcher.matches() ? Optional.of(tagOfId.apply(matcher.group(1))) : Optional.empty();
    }

    /** Whether an If-Match value names this tag: strong comparison (weak tags never match), or {@code *}. */
    static boolean matches(String ifMatch, String tag) {
        return Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(t -> t.equals("*") || t.equals(tag));
    }
}
