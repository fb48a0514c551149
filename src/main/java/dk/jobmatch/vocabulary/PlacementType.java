package dk.jobmatch.vocabulary;

/** Afklaring (clarification), træning (training), rekruttering (job at the end), ordinary job. */
public enum PlacementType {
    AFKLARING, TRAENING, REKRUTTERING, ORDINARY
}
