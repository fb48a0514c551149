package dk.jobmatch.bulk;

import dk.jobmatch.wording.PhraseWarnings;
import dk.jobmatch.wording.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * The warnings of one import's stored lines, in line order, at most {@link #MAX_REPORTED} in all:
 * an import of a municipality's 100,000 profiles could carry hundreds of thousands, and a report
 * that size helps no one. Past the cap the remaining lines are only checked until one would warn,
 * so {@link #truncated()} is exact and a long import pays little for lines nobody will read.
 */
final class ReportedWarnings {

    static final int MAX_REPORTED = 1000;

    private final PhraseWarnings phraseWarnings;
    private final List<LineWarnings> lines = new ArrayList<>();
    private int count;
    private boolean truncated;

    ReportedWarnings(PhraseWarnings phraseWarnings) {
        this.phraseWarnings = phraseWarnings;
    }

    void add(List<StoredLine> stored) {
        for (StoredLine line : stored) {
            if (truncated) {
                return;
            }
            if (count == MAX_REPORTED) {
                truncated = line.phrases().stream().anyMatch(phraseWarnings::warns);
                continue;
            }
            List<Warning> warnings = phraseWarnings.check(line.phrases());
            if (warnings.isEmpty()) {
                continue;
            }
            int room = MAX_REPORTED - count;
            if (warnings.size() > room) {
                warnings = warnings.subList(0, room);
                truncated = true;
            }
            lines.add(new LineWarnings(line.line(), line.id(), line.externalRef(), warnings));
            count += warnings.size();
        }
    }

    List<LineWarnings> lines() {
        return List.copyOf(lines);
    }

    boolean truncated() {
        return truncated;
    }
}
