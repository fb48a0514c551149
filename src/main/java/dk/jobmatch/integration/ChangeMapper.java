package dk.jobmatch.integration;

import dk.jobmatch.api.model.ChangeEntryDto;
import dk.jobmatch.common.TimeMapping;
import dk.jobmatch.outbox.OutboxEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Outbox rows as change feed entries: the row number is both the cursor and the version. */
@Mapper(uses = TimeMapping.class)
interface ChangeMapper {

    @Mapping(target = "cursor", source = "id")
    @Mapping(target = "version", source = "id")
    @Mapping(target = "operation", source = "change")
    @Mapping(target = "at", source = "createdAt")
    ChangeEntryDto toDto(OutboxEntry entry);
}
