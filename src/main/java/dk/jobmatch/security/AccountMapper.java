package dk.jobmatch.security;

import dk.jobmatch.api.model.AccountDto;
import dk.jobmatch.api.model.RoleDto;
import org.mapstruct.Mapper;

/** What the API shows of an account and a role; the role codes are checked by the compiler. */
@Mapper
public interface AccountMapper {

    AccountDto toDto(AccountService.AccountView account);

    RoleDto toDto(Role role);
}
