package dk.jobmatch.security;

import dk.jobmatch.api.model.AccountDto;
import dk.jobmatch.api.model.AccountPageDto;
import dk.jobmatch.api.model.RoleDto;
import dk.jobmatch.common.Paging;
import io.micronaut.data.model.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** What the API shows of an account and a role; the role codes are checked by the compiler. */
@Mapper
public interface AccountMapper {

    AccountDto toDto(AccountService.AccountView account);

    RoleDto toDto(Role role);

    Role toDomain(RoleDto role);

    @Mapping(target = "items", source = "result.content")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "result.totalSize")
    AccountPageDto toPage(Page<AccountService.AccountView> result, Paging paging);
}
