package dk.jobmatch.match;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The partial credit a related concept earns (issue 24; the amounts in docs/matching-quality.md). */
class ConceptCreditTest {

    private final ConceptCredit credit = ConceptCredit.danish();

    @Test
    void theBestOfAProfilesConceptsIsTheHighestCreditOfAny() {
        List<String> own = List.of("hotel.stuepige", "childcare.dagplejer", "cleaning.rengoering");
        assertThat(credit.best("childcare.leg-med-boern", own)).isEqualTo(ConceptCredit.ESSENTIAL);
        assertThat(credit.best("cleaning.vinduespudsning", own)).isEqualTo(ConceptCredit.WITHIN);
        assertThat(credit.best("hotel.stuepige", own)).isEqualTo(1);
        assertThat(credit.best("green.lugning", own)).isZero();
        assertThat(credit.best("green.lugning", List.of())).isZero();
    }

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
        // Both filed under DISCO-08 5311 (childcare workers), but after-school care is not among a
        // childminder's essential competences: a title against related work.
        assertThat(credit.of("childcare.sfo-og-fritidshjem", "childcare.dagplejer")).isEqualTo(ConceptCredit.UNIT_GROUP);
        assertThat(credit.of("childcare.dagplejer", "childcare.sfo-og-fritidshjem")).isEqualTo(ConceptCredit.UNIT_GROUP);
    }

    @Test
    void anOccupationAndItsEssentialCompetencesCountEitherWayDownToTheNarrowestTask() {
        // concept-relations-da.tsv: a pædagogmedhjælper's work is børnepasning, which holds
        // "højtlæsning for børn" two levels down; a dagplejer's includes "leg med børn" itself.
        assertThat(credit.of("childcare.hoejtlaesning-for-boern", "childcare.paedagogmedhjaelper")).isEqualTo(ConceptCredit.ESSENTIAL);
        assertThat(credit.of("childcare.paedagogmedhjaelper", "childcare.hoejtlaesning-for-boern")).isEqualTo(ConceptCredit.ESSENTIAL);
        assertThat(credit.of("childcare.leg-med-boern", "childcare.dagplejer")).isEqualTo(ConceptCredit.ESSENTIAL);
        // Across DISCO groups too: a porter (5329) moves wheelchairs (filed under care's aids).
        assertThat(credit.of("care.koerestolsskubning", "care.portoer")).isEqualTo(ConceptCredit.ESSENTIAL);
    }

    @Test
    void anotherOccupationsCompetenceEarnsNothing() {
        assertThat(credit.of("green.lugning", "hotel.stuepige")).isZero();
        assertThat(credit.of("kitchen.opvask", "cleaning.trappevasker")).isZero();
    }

    @Test
    void withoutRelationsOnlyTheHierarchyAndTheUnitGroupCount() {
        ConceptCredit plain = new ConceptCredit(dk.jobmatch.vocabulary.ConceptVocabulary.danish(),
                dk.jobmatch.vocabulary.ConceptRelations.none());
        assertThat(plain.of("childcare.hoejtlaesning-for-boern", "childcare.paedagogmedhjaelper")).isEqualTo(ConceptCredit.UNIT_GROUP);
        assertThat(plain.of("care.koerestolsskubning", "care.portoer")).isZero();
    }

    @Test
    void twoCompetencesThatOnlyShareAUnitGroupEarnNothing() {
        // Hotel rooms and a hospital's service duties are both filed under 9112, yet other work.
        assertThat(credit.of("hotel.vaerelsesrengoering", "care.serviceopgaver-paa-sygehus")).isZero();
        assertThat(credit.of("care.portoerarbejde", "care.portoer")).isEqualTo(ConceptCredit.ESSENTIAL);
    }

    @Test
    void unrelatedConceptsAndDiscoGroupsEarnNothing() {
        assertThat(credit.of("cleaning.rengoering", "care.portoer")).isZero();
        // Every occupation is within its DISCO major group; that alone is no shared competence.
        assertThat(credit.of("care.portoer", "disco.5")).isZero();
        assertThat(credit.of("no.such-concept", "care.portoer")).isZero();
    }

    @Test
    void theSameWorkInTwoTradesIsRelated() {
        // Issue 24, 2026-11-28: hotel breakfast is breakfast work, a shop's returns are returns handling,
        // and a meal driver's title names the meals service and its contact with citizens.
        assertThat(credit.of("hotel.morgenmad-paa-hotel", "kitchen.morgenmad")).isEqualTo(ConceptCredit.WITHIN);
        assertThat(credit.of("retail.returvarer-og-reklamationer", "warehouse.returvarehaandtering"))
                .isEqualTo(ConceptCredit.WITHIN);
        assertThat(credit.of("care.madservice-til-borgere", "transport.madchauffoer")).isEqualTo(ConceptCredit.ESSENTIAL);
        assertThat(credit.of("care.borgerkontakt", "transport.madchauffoer")).isEqualTo(ConceptCredit.ESSENTIAL);
        // The shop's and the hotel's own occupations keep that work as essential.
        assertThat(credit.of("retail.returvarer-og-reklamationer", "retail.butiksassistent")).isEqualTo(ConceptCredit.ESSENTIAL);
        assertThat(credit.of("hotel.morgenmad-paa-hotel", "hotel.hotelmedarbejder")).isEqualTo(ConceptCredit.ESSENTIAL);
    }

    @Test
    void creditIsBelowAFullMatchAndOrdered() {
        assertThat(ConceptCredit.WITHIN).isLessThan(1).isGreaterThan(ConceptCredit.UNIT_GROUP);
        assertThat(ConceptCredit.ESSENTIAL).isLessThan(1).isGreaterThan(ConceptCredit.UNIT_GROUP);
        assertThat(ConceptCredit.UNIT_GROUP).isPositive();
    }
}
