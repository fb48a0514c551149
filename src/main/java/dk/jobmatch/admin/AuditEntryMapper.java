package dk.jobmatch.admin;

import dk.jobmatch.api.model.AuditEntryDto;
import dk.jobmatch.api.model.AuditPageDto;
import dk.jobmatch.audit.AuditEntry;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.TimeMapping;
import io.micronaut.data.model.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = TimeMapping.class)
interface AuditEntryMapper {

    AuditEntryDto toDto(AuditEntry entry);

    @Mapping(target = "items", source = "entries.content")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "entries.totalSize")
    AuditPageDto toPage(Page<AuditEntry> entries, Paging paging);
}
