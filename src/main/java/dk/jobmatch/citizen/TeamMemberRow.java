package dk.jobmatch.citizen;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "citizen_team_member", escape = false)
record TeamMemberRow(@Id String id, String citizenId, int ordinal, String role, String name, @Nullable String phone,
                     @Nullable String email) {
}
