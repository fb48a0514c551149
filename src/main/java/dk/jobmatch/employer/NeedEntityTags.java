package dk.jobmatch.employer;

import dk.jobmatch.common.EntityTags;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.regex.Pattern;

/** The current tag of {@code /api/v1/needs/{id}}, for If-Match on PUT. */
@Singleton
class NeedEntityTags implements EntityTags {

    private static final Pattern NEED = Pattern.compile("^/api/v1/needs/([^/]+)$");

    private final NeedService needs;

    NeedEntityTags(NeedService needs) {
        this.needs = needs;
    }

    @Override
    public Optional<String> currentTag(String path) {
        return EntityTags.ofPath(NEED, path, id -> needs.getVisible(id).entityTag());
    }
}
