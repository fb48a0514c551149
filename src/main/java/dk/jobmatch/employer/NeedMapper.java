package dk.jobmatch.employer;

import dk.jobmatch.api.model.NeedDto;
import dk.jobmatch.api.model.TaskDto;
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
    Need toDomain(NeedDto dto, String id, String employerId, Instant createdAt, Instant updatedAt);

    Task toDomain(TaskDto dto);

    NeedDto toDto(Need need);

    TaskDto toDto(Task task);

}
