package dk.jobmatch.bulk;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.search.IndexSynchronizer;
import dk.jobmatch.wording.PhraseWarnings;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams an NDJSON body into a target in batches. Each batch is validated as a whole and stored
 * in one transaction only if every line is valid, so a failed batch leaves no rows and no index
 * documents behind. The report lists why each failed line failed, and the warnings of the lines
 * stored (see {@link ReportedWarnings}).
 */
@Singleton
class BulkImport {

    static final int MAX_LINE_CHARS = 256 * 1024;
    static final int MAX_REPORTED_FAILURES = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(BulkImport.class);

    private final IndexSynchronizer index;
    private final PhraseWarnings phraseWarnings;
    /** Off only in the throughput comparison of imports with and without warnings (ImportWarningsBenchmark). */
    volatile boolean reportWarnings = true;

    BulkImport(IndexSynchronizer index, PhraseWarnings phraseWarnings) {
        this.index = index;
        this.phraseWarnings = phraseWarnings;
    }

    record Batch(long firstLine, long lastLine, boolean stored) {
    }

    record Report(long lines, long stored, long rejected, List<Batch> batches, List<LineFailure> failedLines,
                  boolean failedLinesTruncated, List<LineWarnings> warnings, boolean warningsTruncated) {
    }

    /** What became of a batch: why its lines failed, or (none failing) the lines stored. */
    private record Outcome(List<LineFailure> failures, List<StoredLine> stored) {

        static Outcome failed(List<LineFailure> failures) {
            return new Outcome(failures, List.of());
        }
    }

    Report run(InputStream body, int batchSize, ImportTarget target) {
        NdjsonLines lines = new NdjsonLines(body, MAX_LINE_CHARS);
        Tally tally = new Tally(reportWarnings ? new ReportedWarnings(phraseWarnings) : null);
        try (PrepareAhead<List<NdjsonLines.Raw>, Prepared> ahead = new PrepareAhead<>(
                batch -> prepare(batch, target), (batch, prepared) -> tally.add(batch, store(batch, prepared)))) {
            List<NdjsonLines.Raw> batch = new ArrayList<>(batchSize);
            for (NdjsonLines.Raw line = lines.next(); line != null; line = lines.next()) {
                batch.add(line);
                if (batch.size() == batchSize) {
                    ahead.submit(batch);
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                ahead.submit(batch);
            }
            ahead.finish();
        }
        // Read-your-writes for the whole import: everything stored is searchable on return.
        index.catchUp();
        return tally.report();
    }

    /** A batch read and validated: why lines failed, and the target's batch to store if none did. */
    private record Prepared(List<LineFailure> failures, ImportTarget.PreparedBatch batch) {
    }

    private static Prepared prepare(List<NdjsonLines.Raw> batch, ImportTarget target) {
        List<LineFailure> failures = new ArrayList<>();
        List<ImportLine> readable = new ArrayList<>(batch.size());
        for (NdjsonLines.Raw line : batch) {
            if (line.tooLong()) {
                failures.add(LineFailure.of(line.number(), "line", "is longer than " + MAX_LINE_CHARS + " characters"));
            } else {
                readable.add(new ImportLine(line.number(), line.text()));
            }
        }
        ImportTarget.PreparedBatch prepared = target.prepare(readable);
        failures.addAll(prepared.failures());
        failures.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new Prepared(failures, prepared);
    }

    private static Outcome store(List<NdjsonLines.Raw> batch, Prepared prepared) {
        if (!prepared.failures().isEmpty()) {
            return Outcome.failed(prepared.failures());
        }
        try {
            return new Outcome(List.of(), prepared.batch().store());
        } catch (ApiException | DataAccessException e) {
            // Validated, yet refused by the database: another request changed the same rows
            // meanwhile (e.g. took an externalRef). The transaction rolled back as a whole.
            LOG.info("Import batch of lines {}-{} rolled back: {}", batch.getFirst().number(),
                    batch.getLast().number(), e.getMessage());
            String why = e instanceof ApiException api ? api.getMessage()
                    : "conflicts with a concurrent change; nothing in this batch was stored, retry it";
            return Outcome.failed(List.of(new LineFailure(batch.getFirst().number(),
                    List.of(new FieldViolation("batch", why)))));
        }
    }

    /** Running totals; keeps at most {@link #MAX_REPORTED_FAILURES} failures; warnings when not null. */
    private static final class Tally {
        private long lines;
        private long stored;
        private final List<Batch> batches = new ArrayList<>();
        private final List<LineFailure> failures = new ArrayList<>();
        private final ReportedWarnings warnings;
        private boolean truncated;

        Tally(ReportedWarnings warnings) {
            this.warnings = warnings;
        }

        void add(List<NdjsonLines.Raw> batch, Outcome outcome) {
            lines += batch.size();
            boolean ok = outcome.failures().isEmpty();
            if (ok) {
                stored += batch.size();
                if (warnings != null) {
                    warnings.add(outcome.stored());
                }
            }
            batches.add(new Batch(batch.getFirst().number(), batch.getLast().number(), ok));
            for (LineFailure failure : outcome.failures()) {
                if (failures.size() < MAX_REPORTED_FAILURES) {
                    failures.add(failure);
                } else {
                    truncated = true;
                }
            }
        }

        Report report() {
            return new Report(lines, stored, lines - stored, List.copyOf(batches), List.copyOf(failures), truncated,
                    warnings == null ? List.of() : warnings.lines(), warnings != null && warnings.truncated());
        }
    }
}
