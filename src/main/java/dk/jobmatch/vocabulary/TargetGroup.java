package dk.jobmatch.vocabulary;

/** Målgruppe: the citizen's benefit or programme, which shapes what a placement can be. */
public enum TargetGroup {
    FLEKSJOB,
    RESSOURCEFORLOEB,
    AKTIVITETSPARAT,
    JOBPARAT,
    SYGEDAGPENGE,
    INTEGRATION,
    OTHER
}
