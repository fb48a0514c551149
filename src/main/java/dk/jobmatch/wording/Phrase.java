package dk.jobmatch.wording;

/** A competence or task phrase as written, and the path of its field ({@code competences[2]}, {@code tasks[0].title}). */
public record Phrase(String field, String text) {
}
