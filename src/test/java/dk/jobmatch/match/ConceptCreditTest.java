package dk.jobmatch.match;

import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptRelations;
import dk.jobmatch.vocabulary.ConceptType;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    @Test
    void everyPairOfTheVocabularysConceptsKeepsTheCreditTheRulesGive() {
        // About 1,600 concepts: every one of the 2.5 million pairs, by number and by id, first
        // worked out and then kept, against the rules worked out afresh (issue 23).
        assertThat(credit.size()).isGreaterThanOrEqualTo(ConceptVocabulary.danish().size());
        assertThat(mismatches(credit)).isEmpty();
    }

    @Test
    void anEditedVocabularyIsNumberedAfreshAndCreditedByItsOwnRules() {
        ConceptVocabulary danish = ConceptVocabulary.danish();
        Concept windows = danish.byId("cleaning.vinduespudsning").orElseThrow();
        // Window cleaning moved out from under cleaning, under the kitchen's dish washing, and a new
        // concept under it: other pairs within and unit groups than the Danish vocabulary's.
        ConceptVocabulary edited = danish
                .with(new Concept(windows.id(), windows.type(), windows.preferredLabel(), windows.altLabels(),
                        Optional.of("kitchen.opvask")))
                .with(new Concept("cleaning.glasfacader", ConceptType.COMPETENCE, "pudsning af glasfacader", List.of(),
                        Optional.of("cleaning.vinduespudsning")));
        ConceptCredit changed = new ConceptCredit(edited, ConceptRelations.danish());

        assertThat(mismatches(changed)).isEmpty();
        assertThat(changed.of("cleaning.vinduespudsning", "cleaning.rengoering")).isZero();
        assertThat(changed.of("cleaning.glasfacader", "kitchen.opvask")).isEqualTo(ConceptCredit.WITHIN);
        assertThat(credit.of("cleaning.vinduespudsning", "cleaning.rengoering")).isEqualTo(ConceptCredit.WITHIN);
        assertThat(credit.number("cleaning.glasfacader")).isNegative();
    }

    /** Each pair whose kept credit (by number or by id, the first time or later) is not the rules' credit. */
    private static List<String> mismatches(ConceptCredit credit) {
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < credit.size(); a++) {
            ids.add(credit.id(a));
        }
        ids.add("no.such-concept"); // not numbered: by id
        List<String> wrong = new ArrayList<>();
        for (String a : ids) {
            for (String b : ids) {
                double rule = credit.rule(a, b);
                int numberA = credit.number(a);
                int numberB = credit.number(b);
                boolean numbered = numberA >= 0 && numberB >= 0;
                if ((numbered && (credit.of(numberA, numberB) != rule || credit.of(numberA, numberB) != rule))
                        || credit.of(a, b) != rule) {
                    wrong.add(a + " ~ " + b);
                }
            }
        }
        return wrong.subList(0, Math.min(wrong.size(), 10));
    }
}
