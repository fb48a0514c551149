package dk.jobmatch.bulk;

import dk.jobmatch.api.ImportApi;
import dk.jobmatch.api.model.FieldErrorDto;
import dk.jobmatch.api.model.ImportBatchDto;
import dk.jobmatch.api.model.ImportLineErrorDto;
import dk.jobmatch.api.model.ImportLineWarningsDto;
import dk.jobmatch.api.model.ImportReportDto;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import dk.jobmatch.wording.WordingMapper;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING) // reads the streamed body as it arrives
class ImportController implements ImportApi {

    private static final int DEFAULT_BATCH = 1000;

    private final BulkImport bulk;
    private final Map<String, ImportTarget> targets;
    private final AccessPolicy access;
    private final WordingMapper wordingMapper;

    ImportController(BulkImport bulk, List<ImportTarget> targets, AccessPolicy access, WordingMapper wordingMapper) {
        this.bulk = bulk;
        this.targets = targets.stream().collect(Collectors.toMap(ImportTarget::name, Function.identity()));
        this.access = access;
        this.wordingMapper = wordingMapper;
    }

    @Override
    public ImportReportDto importCitizens(InputStream body, Integer batchSize) {
        return run("citizens", body, batchSize);
    }

    @Override
    public ImportReportDto importNeeds(InputStream body, Integer batchSize) {
        return run("needs", body, batchSize);
    }

    private ImportReportDto run(String target, InputStream body, Integer batchSize) {
        access.require(Role.INTEGRATION, Role.ADMIN);
        return toDto(bulk.run(body, batchSize == null ? DEFAULT_BATCH : batchSize, targets.get(target)));
    }

    private ImportReportDto toDto(BulkImport.Report report) {
        ImportReportDto dto = new ImportReportDto(report.lines(), report.stored(), report.rejected(),
                report.batches().stream().map(b -> new ImportBatchDto(b.firstLine(), b.lastLine(), b.stored())).toList(),
                report.failedLines().stream().map(f -> new ImportLineErrorDto(f.line(),
                        f.errors().stream().map(e -> new FieldErrorDto(e.field(), e.message())).toList())).toList(),
                report.failedLinesTruncated());
        // Left out of the answer when no stored line has a warning, as on a single profile or need.
        if (!report.warnings().isEmpty()) {
            dto.setWarnings(report.warnings().stream().map(w -> {
                ImportLineWarningsDto line = new ImportLineWarningsDto(w.line(), w.id(),
                        w.warnings().stream().map(wordingMapper::toDto).toList());
                line.setExternalRef(w.externalRef());
                return line;
            }).toList());
            dto.setWarningsTruncated(report.warningsTruncated());
        }
        return dto;
    }
}
