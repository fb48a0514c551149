import { get, session } from '../api.js';
import { capitalise, field, h, occupancy, range, show } from '../ui.js';
import { label, NEED_STATUS } from '../vocabulary.js';

/** Free-text search (Danish-aware on the server) over needs or citizens; the query lives in the URL. */
export async function searchView(params) {
  const q = params.get('q') ?? '';
  const type = params.get('i') === 'borgere' ? 'borgere' : 'behov';
  const form = h('form', { role: 'search', 'aria-label': 'Søg' },
    field('Søg efter', h('input', { name: 'q', type: 'search', value: q, placeholder: 'fx oprydning, lager, kørsel' })),
    h('fieldset', {}, h('legend', {}, 'Søg i'), h('div', { class: 'choices' },
      choice('behov', 'Behov hos virksomheder', type), choice('borgere', 'Borgere', type))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Søg')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = `#/?${new URLSearchParams({ q: data.get('q').trim(), i: data.get('i') })}`;
  });
  const query = new URLSearchParams({ q, size: '20' });
  // Only consultants and administrators have a caseload; for anyone else the line is left out.
  const caseload = get('/api/v1/consultants/me/caseload').catch(() => null);
  const results = type === 'borgere'
    ? await get(`/api/v1/citizens?${query}`).then((page) => page.items.map(citizenItem))
    : await get(`/api/v1/needs?${query}`).then((page) => page.items.map(needItem));
  const heading = q ? `Resultater for “${q}”` : (type === 'borgere' ? 'Nyeste borgere' : 'Nyeste behov');
  const load = await caseload;
  show('Søg', h('h1', {}, 'Find behov og borgere'), caseloadLine(load), resultsLink(load), vocabularyLink(), form,
    h('section', { 'aria-labelledby': 'results' }, h('h2', { id: 'results' }, heading),
      results.length ? h('ul', { class: 'list' }, results) : h('p', {}, 'Ingen resultater.')));
}

/** "12 aktive aftaler · 9 borgere i forløb · 14 virksomheder · loft 25", and a warning over the cap. */
function caseloadLine(load) {
  if (!load) return null;
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  return h('p', { class: 'caseload', id: 'caseload' },
    h('span', {}, [count(load.activeAgreements, 'aktiv aftale', 'aktive aftaler'),
      count(load.citizensInProcess, 'borger i forløb', 'borgere i forløb'),
      h('a', { href: '#/virksomheder' }, count(load.employersOwned, 'virksomhed', 'virksomheder')),
      `loft ${load.cap}`].flatMap((part, i) => (i ? [' · ', part] : [part]))),
    load.overCap ? h('span', { class: 'badge warn' }, '⚠ Over loftet') : null);
}

/** Outcomes are for consultants and administrators, the same callers that have a caseload. */
function resultsLink(load) {
  return load ? h('p', { class: 'results-link' },
    h('a', { href: '#/resultater', id: 'results-link' }, 'Resultater: hvad forløbene fører til')) : null;
}

/** The vocabulary's concepts are edited by administrators only (the server refuses anyone else). */
function vocabularyLink() {
  return session.has('ADMIN') ? h('p', { class: 'results-link' },
    h('a', { href: '#/ordforraad', id: 'vocabulary-link' }, 'Ordforråd: begreber og deres ord')) : null;
}

function choice(value, text, current) {
  return h('label', {}, h('input', { type: 'radio', name: 'i', value, checked: value === current }), text);
}

function needItem(need) {
  const seats = occupancy(need.tasks);
  return h('li', { class: 'card' }, h('a', { href: `#/behov/${need.id}` }, need.title),
    h('p', { class: 'meta' }, `${NEED_STATUS[need.status] ?? need.status} · ${capitalise(label('placementTypes', need.placementType))}`
      + ` · ${range(need.hoursPerWeek)} · ${need.tasks.length} opgaver${seats.held ? ` · ${seats.text}` : ''}`));
}

function citizenItem(citizen) {
  return h('li', { class: 'card' }, h('a', { href: `#/borgere/${citizen.id}` }, citizen.displayName || citizen.externalRef),
    h('p', { class: 'meta' }, `${capitalise(label('targetGroups', citizen.targetGroup))} · ${range(citizen.hoursPerWeek)}`),
    citizen.competences?.length ? h('ul', { class: 'tags', 'aria-label': 'Kompetencer' },
      citizen.competences.slice(0, 6).map((c) => h('li', {}, c))) : null);
}
