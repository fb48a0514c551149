import { get, post } from '../api.js';
import { capitalise, date, field, h, hours, nextMonday, occupancy, onSubmit, percent, range, show } from '../ui.js';
import { label, labels } from '../vocabulary.js';
import { putCitizen, teamSection } from './team.js';
import { phraseList } from './wording.js';
import { introduceForm } from './introductions.js';
import { gapsSection } from './gaps.js';

/** The fit tiers of a match (contract v1.1) in words; the list is ordered by them first. */
const FIT = {
  STRONG: { label: 'Stærkt match', css: 'strong' },
  PARTIAL: { label: 'Delvist match', css: 'partial' },
  CONSTRAINTS_ONLY: { label: 'Kun rammerne passer', css: 'frame' },
};
// In the page's address: "?pasform=delvis" hides the matches where only the frame fits.
const PARTIAL_ONLY = 'delvis';

const hidingFrameOnly = (params) => params?.get('pasform') === PARTIAL_ONLY;

/** The matches query for the tiers the page asks for. */
const matchQuery = (params) => `limit=10${hidingFrameOnly(params) ? '&minFit=PARTIAL' : ''}`;

/**
 * How the list is ordered, and a link that hides (or shows again) the matches where only the frame
 * fits: hours, distance and flexibility, but none of the competences or job goals.
 */
function tierFilter(path, params) {
  const hiding = hidingFrameOnly(params);
  const next = new URLSearchParams(params ?? '');
  if (hiding) next.delete('pasform'); else next.set('pasform', PARTIAL_ONLY);
  const query = next.toString();
  return h('p', { class: 'meta tiers' },
    'Ordnet efter pasform (stærkt match, delvist match, kun rammerne passer), derefter point for parret;'
    + ' borgere i forløb står lidt lavere. ',
    h('a', { href: `#${path}${query ? `?${query}` : ''}`, id: 'fit-filter' },
      hiding ? 'Vis også dem, hvor kun rammerne passer' : 'Skjul dem, hvor kun rammerne passer'));
}

/** Ranked citizens for a need: tier, score, the carved tasks, proposed hours and the reasons in Danish. */
export async function needMatchesView(needId, params) {
  const need = await get(`/api/v1/needs/${needId}`);
  const { results } = await get(`/api/v1/needs/${needId}/matches?${matchQuery(params)}`);
  const full = need.status === 'FILLED' || !occupancy(need.tasks).free;
  const titles = Object.fromEntries(need.tasks.map((t) => [t.id, `${t.title} (${hours(t.hoursPerWeek)})`]));
  show('Match',
    h('h1', {}, `Match: ${need.title}`),
    h('p', { class: 'meta' }, h('a', { href: `#/behov/${needId}` }, 'Tilbage til behovet')),
    full ? null : tierFilter(`/behov/${needId}/match`, params),
    results.length
      ? h('ol', { class: 'list' }, results.map((m, i) => card(i + 1, m,
        m.citizen?.displayName || m.citizen?.externalRef || 'Borger', citizenFacts(m.citizen),
        m.matchedTaskIds.map((id) => titles[id] ?? id), introduceForm)))
      : h('p', {}, full ? 'Alle pladser er besat, så ingen borgere matches, før en plads bliver ledig.'
        : hidingFrameOnly(params) ? 'Ingen borgere med et stærkt eller delvist match lige nu.'
          : 'Ingen borgere opfylder alle krav lige nu.'));
}

/** A citizen's profile (the read is audited) and the open needs that fit them. */
export async function citizenView(citizenId, params) {
  const citizen = await get(`/api/v1/citizens/${citizenId}`);
  // What one thing would open more needs; only consultants and administrators may ask.
  const gaps = get(`/api/v1/citizens/${citizenId}/gaps`).catch(() => null);
  const { results } = await get(`/api/v1/citizens/${citizenId}/matches?${matchQuery(params)}`);
  const stoppedAt = params?.get('stoppet');
  show(citizen.displayName || 'Borger',
    stoppedAt !== null && stoppedAt !== undefined ? h('p', { class: 'badge warn note', id: 'rematch' },
      h('strong', {}, 'Forløbet er stoppet. '), `Behov hos ${stoppedAt || 'den virksomhed'} er udeladt af borgerens match i 90 dage;`
      + ' her er de bedste andre muligheder, så et nyt forløb kan begynde hurtigt.') : null,
    h('h1', {}, citizen.displayName || citizen.externalRef),
    h('p', { class: 'meta' }, `${capitalise(label('targetGroups', citizen.targetGroup))} · ${range(citizen.hoursPerWeek)}`
      + (citizen.effectivenessPercent ? ` · ${citizen.effectivenessPercent} % effektivitet` : '')),
    commitments(citizen),
    citizen.measured ? h('p', { class: 'measured' }, h('strong', {}, 'Målt: '), `${hours(citizen.measured.hoursPerWeek)}`
      + (citizen.measured.effectivenessPercent ? ` ved ${citizen.measured.effectivenessPercent} % effektivitet` : '')
      + ` (opfølgning ${date(citizen.measured.date)}). Nye aftaler tager udgangspunkt heri.`) : null,
    phraseList('kompetencer', 'Kompetencer', citizen.competences ?? [], citizen.warnings, 'competences',
      (competences) => putCitizen(citizen, { competences }).then(() => citizenView(citizenId))),
    h('h2', {}, 'Skånehensyn'),
    citizen.accommodations?.length
      ? h('ul', {}, labels('accommodations', citizen.accommodations).map((a) => h('li', {}, capitalise(a))))
      : h('p', {}, 'Ingen registreret.'),
    citizen.consent ? null : h('p', { class: 'badge warn' }, 'Borgeren har ikke givet samtykke til match.'),
    teamSection(citizen, () => citizenView(citizenId)),
    h('h2', {}, 'Behov der passer'),
    citizen.consent ? tierFilter(`/borgere/${citizenId}`, params) : null,
    results.length
      ? h('ol', { class: 'list' }, results.map((m, i) => card(i + 1, m,
        m.need?.title ?? 'Behov', m.need?.employerName ?? '', [`${m.matchedTaskIds.length} opgaver`])))
      : h('p', {}, hidingFrameOnly(params) ? 'Ingen åbne behov med et stærkt eller delvist match lige nu.'
        : 'Ingen åbne behov opfylder alle krav lige nu.'),
    gapsSection(await gaps));
}

/** Hours bound in holding agreements and those left for another job ("job nummer 2"). */
function commitments(citizen) {
  const committed = citizen.committedHoursPerWeek ?? 0;
  const left = citizen.remainingHoursPerWeek ?? citizen.hoursPerWeek;
  return [h('p', { class: 'commitments' }, h('span', {}, h('strong', {}, 'Bundet: '), `${hours(committed)} i aftaler`), ' · ',
    h('span', {}, h('strong', {}, 'Ledigt: '), left?.max > 0 ? range(left) : 'ingen timer')),
  committed > 0 && left?.max > 0 ? h('p', { class: 'meta' }, `Plads til et job nummer 2 på op til ${hours(left.max)}.`) : null,
  left?.max > 0 ? null : h('p', { class: 'badge warn note' }, 'Alle borgerens timer er bundet i aftaler.')];
}

function citizenFacts(citizen) {
  if (!citizen) return '';
  return [capitalise(label('targetGroups', citizen.targetGroup)), range(citizen.hoursPerWeek),
    ...labels('accommodations', citizen.accommodations ?? []).map((a) => `skånehensyn: ${a}`)]
    .filter(Boolean).join(' · ');
}

function card(rank, match, name, facts, tasks, introduce) {
  const id = `match-${rank}`;
  return h('li', { class: 'card match' },
    h('h2', { id }, `${rank}. ${name}`),
    facts ? h('p', { class: 'meta' }, facts) : null,
    h('p', { class: 'score' }, h('span', { class: `badge fit ${FIT[match.fit]?.css ?? ''}` }, FIT[match.fit]?.label ?? ''),
      h('span', { title: 'Point for dette par alene, ikke i forhold til de andre på listen' }, `Match ${percent(match.score)}`),
      h('meter', { min: 0, max: 1, value: match.score, 'aria-hidden': 'true' })),
    match.inProcess ? h('p', { class: 'badge warn note in-process' }, 'I forløb: borgeren er allerede præsenteret for'
      + ' en virksomhed eller har en aftale et andet sted, og står derfor lidt lavere på listen.') : null,
    h('p', {}, h('strong', {}, 'Foreslået: '), hours(match.proposedHoursPerWeek)),
    h('h3', {}, 'Opgaver'), h('ul', {}, tasks.map((t) => h('li', {}, t))),
    h('h3', {}, 'Hvorfor'), h('ul', {}, match.explanation.map((e) => h('li', {}, capitalise(e.text)))),
    // Only who may see the citizen by name may introduce them (an employer sees anonymous matches).
    introduce && match.citizen?.externalRef ? introduce(match, id) : null,
    draftForm(match, id));
}

function draftForm(match, id) {
  const form = h('form', { 'aria-labelledby': id },
    field('Startdato', h('input', { name: 'startDate', id: `${id}-start`, type: 'date', value: nextMonday(), required: true })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', 'aria-describedby': id }, 'Opret aftaleudkast')));
  return onSubmit(form, async (data) => {
    const agreement = await post('/api/v1/agreements', { citizenId: match.citizenId, needId: match.needId,
      taskIds: match.matchedTaskIds, startDate: data.get('startDate') });
    location.hash = `#/aftaler/${agreement.id}`;
  });
}
