package dk.jobmatch.webhook;

import dk.jobmatch.outbox.ChangeDetail;
import dk.jobmatch.vocabulary.TeamRole;

import java.util.List;

/**
 * Which of the citizen's team the receiving system should inform of a course event: roles only,
 * the same for every citizen (the case worker's system knows who holds them; a webhook never
 * carries names or numbers). A stop or a lost job concerns everyone around the citizen; fewer
 * hours may be about health; a move to ordinary hours or a job concerns the case and the mentor.
 */
final class InformRoles {

    private InformRoles() {
    }

    static List<TeamRole> of(ChangeDetail event) {
        return switch (event) {
            case STOPPED, EMPLOYMENT_ENDED -> List.of(TeamRole.values());
            case HOURS_REDUCED -> List.of(TeamRole.CASE_WORKER, TeamRole.MENTOR, TeamRole.HEALTH_CONTACT);
            case ORDINARY_HOURS, HIRED -> List.of(TeamRole.CASE_WORKER, TeamRole.MENTOR);
            default -> List.of();
        };
    }
}
