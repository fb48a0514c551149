package dk.jobmatch.citizen;

import dk.jobmatch.common.BulkRows;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * New rows of profiles, job goals and team members as one multi-row write per table
 * ({@link BulkRows}: COPY on PostgreSQL, a JDBC batch on H2) rather than a repository's saveAll,
 * which maps and binds each entity through introspection: the write path of a bulk import batch.
 */
@Singleton
class CitizenInserts {

    static final List<String> CITIZEN = List.of("id", "external_ref", "display_name", "target_group",
            "competences", "experience", "qualifications", "accommodations", "accommodation_notes", "hours_min",
            "hours_max", "effectiveness_percent", "postcode", "city", "lat", "lon", "max_travel_km", "consent",
            "created_at", "updated_at");
    static final List<String> GOAL = List.of("id", "citizen_id", "ordinal", "priority", "title");
    static final List<String> TEAM = List.of("id", "citizen_id", "ordinal", "role", "name", "phone", "email");

    private final BulkRows rows;

    CitizenInserts(BulkRows rows) {
        this.rows = rows;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void citizens(List<CitizenRow> citizens) {
        rows.insert("citizen", CITIZEN, citizens.stream().map(c -> BulkRows.row(c.id(), c.externalRef(),
                c.displayName(), c.targetGroup(), c.competences(), c.experience(), c.qualifications(),
                c.accommodations(), c.accommodationNotes(), c.hoursMin(), c.hoursMax(), c.effectivenessPercent(),
                c.postcode(), c.city(), c.lat(), c.lon(), c.maxTravelKm(), c.consent(), c.createdAt(),
                c.updatedAt())).toList());
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void goals(List<JobGoalRow> goals) {
        rows.insert("citizen_job_goal", GOAL, goals.stream()
                .map(g -> BulkRows.row(g.id(), g.citizenId(), g.ordinal(), g.priority(), g.title())).toList());
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void team(List<TeamMemberRow> team) {
        rows.insert("citizen_team_member", TEAM, team.stream()
                .map(t -> BulkRows.row(t.id(), t.citizenId(), t.ordinal(), t.role(), t.name(), t.phone(), t.email()))
                .toList());
    }
}
