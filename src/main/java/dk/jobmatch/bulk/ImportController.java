package dk.jobmatch.bulk;

import dk.jobmatch.api.ImportApi;
import dk.jobmatch.api.model.FieldError;
import dk.jobmatch.api.model.ImportBatch;
import dk.jobmatch.api.model.ImportLineError;
import dk.jobmatch.api.model.ImportReport;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
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

    ImportController(BulkImport bulk, List<ImportTarget> targets, AccessPolicy access) {
        this.bulk = bulk;
        this.targets = targets.stream().collect(Collectors.toMap(ImportTarget::name, Function.identity()));
        this.access = access;
    }

    @Override
    public ImportReport importCitizens(InputStream body, Integer batchSize) {
        return run("citizens", body, batchSize);
    }

    @Override
    public ImportReport importNeeds(InputStream body, Integer batchSize) {
        return run("needs", body, batchSize);
    }

    private ImportReport run(String target, InputStream body, Integer batchSize) {
        access.require(Role.INTEGRATION, Role.ADMIN);
        return toDto(bulk.run(body, batchSize == null ? DEFAULT_BATCH : batchSize, targets.get(target)));
    }

    private static ImportReport toDto(BulkImport.Report report) {
        return new ImportReport(report.lines(), report.stored(), report.rejected(),
                report.batches().stream().map(b -> new ImportBatch(b.firstLine(), b.lastLine(), b.stored())).toList(),
                report.failedLines().stream().map(f -> new ImportLineError(f.line(),
                        f.errors().stream().map(e -> new FieldError(e.field(), e.message())).toList())).toList(),
                report.failedLinesTruncated());
    }
}
