package dk.jobmatch.employer;

import dk.jobmatch.common.TimeMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;

/** Maps the generated API model to the need aggregate and back. */
@Mapper(uses = TimeMapping.class)
interface NeedMapper {

    @Mapping(target = "id", source = "id")
    @Mapping(target = "employerId", source = "employerId")
    @Mapping(target = "status", source = "dto.status", defaultValue = "OPEN")
    @Mapping(target = "createdAt", source = "createdAt")
    @Mapping(target = "updatedAt", source = "updatedAt")
    Need toDomain(dk.jobmatch.api.model.Need dto, String id, String employerId, Instant createdAt, Instant updatedAt);

    Task toDomain(dk.jobmatch.api.model.Task dto);

    dk.jobmatch.api.model.Need toDto(Need need);

    dk.jobmatch.api.model.Task toDto(Task task);

}
