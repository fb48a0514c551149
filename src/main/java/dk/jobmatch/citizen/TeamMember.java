package dk.jobmatch.citizen;

import dk.jobmatch.vocabulary.TeamRole;
import io.micronaut.core.annotation.Nullable;

/** A person around the citizen who should hear about the course: a role, a name, how to reach them. */
public record TeamMember(TeamRole role, String name, @Nullable String phone, @Nullable String email) {

    public TeamMember {
        phone = phone == null || phone.isBlank() ? null : phone;
        email = email == null || email.isBlank() ? null : email;
    }
}
