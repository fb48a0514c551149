package dk.jobmatch.admin;

import dk.jobmatch.audit.AuditEntry;
import dk.jobmatch.common.TimeMapping;
import org.mapstruct.Mapper;

@Mapper(uses = TimeMapping.class)
interface AuditEntryMapper {

    dk.jobmatch.api.model.AuditEntry toDto(AuditEntry entry);
}
