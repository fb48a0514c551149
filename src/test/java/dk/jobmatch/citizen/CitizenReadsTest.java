package dk.jobmatch.citizen;

import dk.jobmatch.common.Ids;
import dk.jobmatch.support.ServerTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain JDBC reading of profiles gives the rows the repositories read from the same tables:
 * one profile with every optional column filled and one with none, each with or without goals, a
 * team and a measurement; on H2 here and on PostgreSQL in its run.
 */
@ServerTest
class CitizenReadsTest {

    @Inject
    CitizenRepository citizens;

    @Inject
    JobGoalRepository goals;

    @Inject
    TeamMemberRepository team;

    @Inject
    MeasuredCapacityRepository measured;

    @Inject
    CitizenReads reads;

    @Test
    void readsTheRowsTheRepositoriesRead() {
        String postcode = String.valueOf(1000 + (int) (Math.random() * 8000));
        CitizenRow full = citizens.save(new CitizenRow(Ids.newId(), "reads-" + UUID.randomUUID(), "Anna Læsø",
                "FLEXJOB", "rengøring\nvarepåfyldning", "Erfaring fra lager; 3 år.", "FORKLIFT,DRIVING_B",
                "NO_HEAVY_LIFTING", "Pauser hver time", 6.5, 12.25, 60, postcode, "Aarhus", 56.1572, 10.2107,
                25.5, true, Instant.parse("2026-11-29T10:15:30.123456Z"), Instant.parse("2026-11-29T11:00:00Z")));
        CitizenRow bare = citizens.save(new CitizenRow(Ids.newId(), "reads-" + UUID.randomUUID(), null, null,
                "opvask", null, "", "", null, 0.5, 37, null, null, null, null, null, null, false,
                Instant.parse("2025-01-02T03:04:05Z"), Instant.parse("2025-01-02T03:04:05Z")));
        goals.saveAll(List.of(new JobGoalRow(Ids.newId(), full.id(), 1, "B", "Kantine"),
                new JobGoalRow(Ids.newId(), full.id(), 0, "A", "Lagermedarbejder")));
        team.saveAll(List.of(new TeamMemberRow(Ids.newId(), full.id(), 0, "CASE_WORKER", "Bo Berg", "+4512345678",
                "bo@kommune.dk"), new TeamMemberRow(Ids.newId(), full.id(), 1, "MENTOR", "Eva Eng", null, null)));
        measured.save(new MeasuredCapacityRow(full.id(), 9.5, null, LocalDate.of(2026, 11, 2), Ids.newId()));

        CitizenReads.Rows read = reads.byIds(List.of(bare.id(), "no-such-profile", full.id()));

        assertThat(read.citizens()).containsExactlyInAnyOrder(citizens.findById(full.id()).orElseThrow(),
                citizens.findById(bare.id()).orElseThrow());
        Set<String> both = Set.of(full.id(), bare.id());
        assertThat(read.goals()).isEqualTo(all(goals.findAll()).stream().filter(g -> both.contains(g.citizenId()))
                .sorted(Comparator.comparingInt(JobGoalRow::ordinal)).toList());
        assertThat(read.goals()).extracting(JobGoalRow::title).containsExactly("Lagermedarbejder", "Kantine");
        assertThat(read.team()).isEqualTo(all(team.findAll()).stream().filter(t -> both.contains(t.citizenId()))
                .sorted(Comparator.comparingInt(TeamMemberRow::ordinal)).toList());
        assertThat(read.measured()).containsExactly(measured.findById(full.id()).orElseThrow());

        assertThat(reads.livingIn(postcode, 10).citizens()).extracting(CitizenRow::id).contains(full.id());
        assertThat(reads.batchAfter("", Integer.MAX_VALUE).citizens())
                .containsExactlyInAnyOrderElementsOf(all(citizens.findAll()));
        assertThat(reads.byIds(List.of()).citizens()).isEmpty();
        assertThat(reads.byIds(List.of("no-such-profile"))).isEqualTo(CitizenReads.Rows.NONE);
    }

    private static <T> List<T> all(Iterable<T> rows) {
        return StreamSupport.stream(rows.spliterator(), false).toList();
    }
}
