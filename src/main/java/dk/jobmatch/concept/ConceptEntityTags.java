package dk.jobmatch.concept;

import dk.jobmatch.common.EntityTags;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.regex.Pattern;

/** The current tag of {@code /api/v1/vocabulary/concepts/{id}}, for If-Match on PUT (ADMIN only, as a read). */
@Singleton
class ConceptEntityTags implements EntityTags {

    private static final Pattern CONCEPT = Pattern.compile("^/api/v1/vocabulary/concepts/([^/]+)$");

    private final ConceptService concepts;
    private final AccessPolicy access;

    ConceptEntityTags(ConceptService concepts, AccessPolicy access) {
        this.concepts = concepts;
        this.access = access;
    }

    @Override
    public Optional<String> currentTag(String path) {
        return EntityTags.ofPath(CONCEPT, path, id -> {
            access.require(Role.ADMIN);
            return concepts.entityTag(id);
        });
    }
}
