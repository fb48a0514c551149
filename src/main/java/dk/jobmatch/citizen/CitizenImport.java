package dk.jobmatch.citizen;

import dk.jobmatch.api.model.CitizenDto;
import dk.jobmatch.bulk.ImportLine;
import dk.jobmatch.bulk.ImportTarget;
import dk.jobmatch.bulk.LineFailure;
import dk.jobmatch.bulk.LineReader;
import dk.jobmatch.bulk.StoredLine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Citizens' profiles from an NDJSON import: created, or replaced when the externalRef is known. */
@Singleton
class CitizenImport implements ImportTarget {

    private final LineReader reader;
    private final CitizenMapper mapper;
    private final CitizenService citizens;

    CitizenImport(LineReader reader, CitizenMapper mapper, CitizenService citizens) {
        this.reader = reader;
        this.mapper = mapper;
        this.citizens = citizens;
    }

    @Override
    public String name() {
        return "citizens";
    }

    @Override
    public PreparedBatch prepare(List<ImportLine> lines) {
        List<LineFailure> failures = new ArrayList<>();
        List<Citizen> drafts = new ArrayList<>(lines.size());
        List<Long> numbers = new ArrayList<>(lines.size());
        Set<String> refs = new HashSet<>();
        for (ImportLine line : lines) {
            reader.read(line, CitizenDto.class, failures::add)
                    .map(mapper::toDomain)
                    .flatMap(draft -> LineReader.attempt(line, () -> {
                        CitizenValidator.validate(draft);
                        return draft;
                    }, failures::add))
                    .ifPresent(draft -> {
                        if (refs.add(draft.externalRef())) {
                            drafts.add(draft);
                            numbers.add(line.number());
                        } else {
                            failures.add(LineFailure.of(line.number(), "externalRef",
                                    "appears on an earlier line of the same batch"));
                        }
                    });
        }
        return PreparedBatch.of(failures, () -> storedLines(numbers, citizens.importAll(drafts)));
    }

    private static List<StoredLine> storedLines(List<Long> numbers, List<Citizen> stored) {
        List<StoredLine> lines = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            Citizen citizen = stored.get(i);
            lines.add(new StoredLine(numbers.get(i), citizen.id(), citizen.externalRef(), CitizenPhrases.of(citizen)));
        }
        return lines;
    }
}
