package dk.jobmatch.employer;

import dk.jobmatch.api.model.NeedDto;
import dk.jobmatch.bulk.ImportLine;
import dk.jobmatch.bulk.ImportTarget;
import dk.jobmatch.bulk.LineFailure;
import dk.jobmatch.bulk.LineReader;
import dk.jobmatch.bulk.StoredLine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Needs from an NDJSON import: each line a new need for the existing employer it names. */
@Singleton
class NeedImport implements ImportTarget {

    private final LineReader reader;
    private final NeedMapper mapper;
    private final NeedService needs;
    private final EmployerService employers;

    NeedImport(LineReader reader, NeedMapper mapper, NeedService needs, EmployerService employers) {
        this.reader = reader;
        this.mapper = mapper;
        this.needs = needs;
        this.employers = employers;
    }

    @Override
    public String name() {
        return "needs";
    }

    @Override
    public PreparedBatch prepare(List<ImportLine> lines) {
        List<LineFailure> failures = new ArrayList<>();
        List<ImportLine> readLines = new ArrayList<>();
        List<NeedDto> dtos = new ArrayList<>();
        for (ImportLine line : lines) {
            reader.read(line, NeedDto.class, failures::add).ifPresent(dto -> {
                readLines.add(line);
                dtos.add(dto);
            });
        }
        Map<String, Employer> known = employers.findAll(dtos.stream()
                .map(NeedDto::getEmployerId).filter(Objects::nonNull).distinct().toList());
        List<Need> batch = new ArrayList<>(dtos.size());
        List<StoredLine> stored = new ArrayList<>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            ImportLine line = readLines.get(i);
            NeedDto dto = dtos.get(i);
            if (dto.getEmployerId() == null || !known.containsKey(dto.getEmployerId())) {
                failures.add(LineFailure.of(line.number(), "employerId",
                        dto.getEmployerId() == null ? "is required" : "no such employer"));
                continue;
            }
            LineReader.attempt(line, () -> needs.newNeed(mapper.toDomain(dto), dto.getEmployerId()), failures::add)
                    .ifPresent(need -> {
                        batch.add(need);
                        stored.add(new StoredLine(line.number(), need.id(), null, NeedPhrases.of(need)));
                    });
        }
        return PreparedBatch.of(failures, () -> {
            needs.importAll(batch);
            return stored;
        });
    }
}
