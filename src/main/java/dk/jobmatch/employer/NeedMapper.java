package dk.jobmatch.employer;

import dk.jobmatch.api.model.NeedDto;
import dk.jobmatch.api.model.NeedPageDto;
import dk.jobmatch.api.model.NeedStatusDto;
import dk.jobmatch.api.model.TaskDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.TimeMapping;
import dk.jobmatch.vocabulary.NeedStatus;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the generated API model to the need aggregate and back. */
@Mapper(uses = TimeMapping.class)
interface NeedMapper {

    /** A need as sent by a client: its identity, employer and timestamps are the server's to set. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "employerId", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "status", source = "status", defaultValue = "OPEN")
    Need toDomain(NeedDto dto);

    @Mapping(target = "capacity", source = "capacity", defaultValue = "1")
    @Mapping(target = "held", ignore = true)
    Task toDomain(TaskDto dto);

    NeedStatus toDomain(NeedStatusDto status);

    @Mapping(target = "staleSince", ignore = true)
    @Mapping(target = "warnings", ignore = true)
    NeedDto toDto(Need need);

    @Mapping(target = "available", expression = "java(task.available())")
    TaskDto toDto(Task task);

    @Mapping(target = "items", source = "found.needs")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "found.total")
    NeedPageDto toPage(NeedService.Found found, Paging paging);
}
