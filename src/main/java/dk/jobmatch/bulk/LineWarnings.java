package dk.jobmatch.bulk;

import dk.jobmatch.wording.Warning;

import java.util.List;

/** A stored line's warnings, as a single create of it would have answered them. */
record LineWarnings(long line, String id, String externalRef, List<Warning> warnings) {

    LineWarnings {
        warnings = List.copyOf(warnings);
    }
}
