package dk.jobmatch.admin;

import dk.jobmatch.api.model.AuditEntryDto;
import dk.jobmatch.audit.AuditEntry;
import dk.jobmatch.common.TimeMapping;
import org.mapstruct.Mapper;

@Mapper(uses = TimeMapping.class)
interface AuditEntryMapper {

    AuditEntryDto toDto(AuditEntry entry);
}
