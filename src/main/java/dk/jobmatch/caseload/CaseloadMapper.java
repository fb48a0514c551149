package dk.jobmatch.caseload;

import dk.jobmatch.api.model.CaseloadDto;
import dk.jobmatch.api.model.ConsultantDto;
import dk.jobmatch.api.model.ConsultantPageDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccountMapper;
import io.micronaut.data.model.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = AccountMapper.class)
interface CaseloadMapper {

    @Mapping(target = "overCap", expression = "java(caseload.overCap())")
    CaseloadDto toDto(Caseload caseload);

    @Mapping(target = "username", source = "account.username")
    @Mapping(target = "displayName", source = "account.displayName")
    @Mapping(target = "team", source = "account.team")
    @Mapping(target = "role", source = "account.role")
    ConsultantDto toDto(Caseloads.ConsultantLoad load);

    @Mapping(target = "items", source = "result.content")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "result.totalSize")
    ConsultantPageDto toPage(Page<Caseloads.ConsultantLoad> result, Paging paging);
}
