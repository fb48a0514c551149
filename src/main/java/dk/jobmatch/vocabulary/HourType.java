package dk.jobmatch.vocabulary;

/**
 * Timetype: what an agreement task's hours are. Virksomhedspraktik is unpaid; the other three are
 * paid hours (the kombi model mixes praktik tasks with paid ones).
 */
public enum HourType {
    PRAKTIK(false),
    LOENTIMER(true),
    FLEKSJOB(true),
    LOENTILSKUD(true);

    private final boolean paid;

    HourType(boolean paid) {
        this.paid = paid;
    }

    public boolean paid() {
        return paid;
    }
}
