package dk.jobmatch.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MunicipalityRolesTest {

    private final MunicipalityRoles roles = new MunicipalityRoles("groups", "preferred_username",
            List.of("jobcenter-konsulenter=CONSULTANT", "https://kommune.dk/roller/admin=ADMIN", " "));

    @Test
    void mappedGroupsGiveRolesStrongestFirstAndOthersAreIgnored() {
        assertThat(roles.roleNames(Map.of("groups", List.of("alle", "jobcenter-konsulenter", "https://kommune.dk/roller/admin"))))
                .containsExactly("ADMIN", "CONSULTANT");
        assertThat(roles.roleNames(Map.of("groups", "jobcenter-konsulenter"))).containsExactly("CONSULTANT");
        assertThat(roles.roleNames(Map.of("groups", List.of("alle")))).isEmpty();
        assertThat(roles.roleNames(Map.of())).isEmpty();
    }

    @Test
    void theUsernameIsTheConfiguredClaimElseTheSubject() {
        assertThat(roles.username(Map.of("preferred_username", "ann@kommune.dk", "sub", "x"))).isEqualTo("ann@kommune.dk");
        assertThat(roles.username(Map.of("sub", "x"))).isEqualTo("x");
        assertThat(roles.username(Map.of())).isNull();
    }

    @Test
    void employersAndIntegrationsCannotComeFromTheProvider() {
        assertThatThrownBy(() -> MunicipalityRoles.parse(List.of("virksomheder=EMPLOYER")))
                .hasMessageContaining("EMPLOYER");
        assertThatThrownBy(() -> MunicipalityRoles.parse(List.of("systemer=INTEGRATION")))
                .hasMessageContaining("INTEGRATION");
        assertThatThrownBy(() -> MunicipalityRoles.parse(List.of("uden-rolle"))).hasMessageContaining("group=ROLE");
        assertThatThrownBy(() -> MunicipalityRoles.parse(List.of("g=BOSS"))).hasMessageContaining("unknown role");
    }
}
