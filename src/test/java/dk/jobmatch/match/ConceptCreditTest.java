package dk.jobmatch.match;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The partial credit a related concept earns (issue 24; the amounts in docs/matching-quality.md). */
class ConceptCreditTest {

    private final ConceptCredit credit = ConceptCredit.danish();

    @Test
    void theSameConceptCountsFully() {
        assertThat(credit.of("care.portoer", "care.portoer")).isEqualTo(1);
    }

    @Test
    void oneWithinTheOtherCountsHalfEitherWay() {
        assertThat(credit.of("cleaning.vinduespudsning", "cleaning.rengoering")).isEqualTo(ConceptCredit.WITHIN);
        assertThat(credit.of("cleaning.rengoering", "cleaning.vinduespudsning")).isEqualTo(ConceptCredit.WITHIN);
    }

    @Test
    void anOccupationAndItsUnitGroupsWorkCountAQuarter() {
        // Both filed under DISCO-08 5311 (childcare workers): a title against the work it does.
        assertThat(credit.of("childcare.boernepasning", "childcare.paedagogmedhjaelper")).isEqualTo(ConceptCredit.UNIT_GROUP);
        assertThat(credit.of("childcare.paedagogmedhjaelper", "childcare.boernepasning")).isEqualTo(ConceptCredit.UNIT_GROUP);
    }

    @Test
    void twoCompetencesThatOnlyShareAUnitGroupEarnNothing() {
        // Hotel rooms and a hospital's service duties are both filed under 9112, yet other work.
        assertThat(credit.of("hotel.vaerelsesrengoering", "care.serviceopgaver-paa-sygehus")).isZero();
        assertThat(credit.of("care.portoerarbejde", "care.portoer")).isEqualTo(ConceptCredit.UNIT_GROUP);
    }

    @Test
    void unrelatedConceptsAndDiscoGroupsEarnNothing() {
        assertThat(credit.of("cleaning.rengoering", "care.portoer")).isZero();
        // Every occupation is within its DISCO major group; that alone is no shared competence.
        assertThat(credit.of("care.portoer", "disco.5")).isZero();
        assertThat(credit.of("no.such-concept", "care.portoer")).isZero();
    }

    @Test
    void creditIsBelowAFullMatchAndOrdered() {
        assertThat(ConceptCredit.WITHIN).isLessThan(1).isGreaterThan(ConceptCredit.UNIT_GROUP);
        assertThat(ConceptCredit.UNIT_GROUP).isPositive();
    }
}
