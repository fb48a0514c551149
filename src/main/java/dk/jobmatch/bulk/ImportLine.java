package dk.jobmatch.bulk;

/** One non-blank line of an NDJSON import, numbered from 1 as in the body (blank lines count). */
public record ImportLine(long number, String text) {
}
