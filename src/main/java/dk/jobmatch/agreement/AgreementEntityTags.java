package dk.jobmatch.agreement;

import dk.jobmatch.common.EntityTags;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.regex.Pattern;

/** The current tag of {@code /api/v1/agreements/{id}} (its newest version), for If-Match on PUT. */
@Singleton
class AgreementEntityTags implements EntityTags {

    private static final Pattern AGREEMENT = Pattern.compile("^/api/v1/agreements/([^/]+)$");

    private final AgreementService agreements;

    AgreementEntityTags(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public Optional<String> currentTag(String path) {
        return EntityTags.ofPath(AGREEMENT, path, id -> tagOf(agreements.currentVersion(id)));
    }

    static String tagOf(int version) {
        return "\"" + version + "\"";
    }
}
