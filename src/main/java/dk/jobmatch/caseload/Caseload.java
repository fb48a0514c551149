package dk.jobmatch.caseload;

/** One consultant's caseload; over the cap when more citizens are in process than the cap allows. */
record Caseload(long activeAgreements, long citizensInProcess, long employersOwned, int cap) {

    boolean overCap() {
        return citizensInProcess > cap;
    }
}
