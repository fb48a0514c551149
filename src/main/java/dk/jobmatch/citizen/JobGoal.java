package dk.jobmatch.citizen;

/** A job goal in the ABC strategy: A is the dream job, B the realistic one, C the fallback. */
public record JobGoal(Priority priority, String title) {

    public enum Priority { A, B, C }
}
