import { get } from '../api.js';
import { capitalise, date, h, hours, show } from '../ui.js';
import { AGREEMENT_STATUS, label } from '../vocabulary.js';

// What each flag asks the consultant to do, and where the button goes.
const ACTIONS = {
  FOLLOW_UP_OVERDUE: ['Registrér opfølgning', (a) => `#/aftaler/${a.id}/opfoelgning`],
  VISITS_BEHIND: ['Registrér besøg', (a) => `#/aftaler/${a.id}/opfoelgning`],
  AFTERCARE_DUE: ['Registrér efterværn', (a) => `#/aftaler/${a.id}/opfoelgning`],
  BEHIND_TWICE: ['Planlæg igen', (a) => `#/aftaler/${a.id}`],
  DRAFT_STALE: ['Åbn udkastet', (a) => `#/aftaler/${a.id}`],
  NEEDS_NEW_PLACEMENT: ['Find nyt match', (a) => `#/borgere/${a.citizenId}`],
};

/** "Kræver handling": every agreement the server flags, whatever its status, the most urgent first. */
export async function attentionView(query) {
  const flag = query?.get('flag');
  const page = await get(`/api/v1/agreements?attention=${flag || 'ANY'}&size=100`);
  show('Kræver handling',
    h('h1', {}, 'Kræver handling'),
    filters(flag),
    h('p', {}, page.total === 0 ? 'Intet kræver handling lige nu.'
      : `${page.total} ${page.total === 1 ? 'aftale kræver' : 'aftaler kræver'} handling.`),
    h('ul', { class: 'list' }, page.items.map(item)));
}

function filters(current) {
  const link = (flag, text) => h('a', { href: flag ? `#/handling?flag=${flag}` : '#/handling',
    'aria-current': (current || '') === (flag || '') ? 'page' : undefined, class: 'chip' }, text);
  return h('nav', { class: 'chips', 'aria-label': 'Vis kun' }, link(null, 'Alle'),
    Object.keys(ACTIONS).map((flag) => link(flag, capitalise(label('attentionFlags', flag)))));
}

function item(a) {
  const id = `at-${a.id}`;
  return h('li', { class: 'card' },
    h('h2', { id }, `${a.citizenName ?? 'Borger'} · ${a.employerName ?? ''}`),
    h('p', { class: 'meta' }, `${AGREEMENT_STATUS[a.status] ?? a.status} · ${hours(a.hoursPerWeek)} fra ${date(a.startDate)}`),
    h('ul', { class: 'flags' }, a.attention.map((flag) => h('li', { class: 'badge warn' },
      `⚠ ${capitalise(label('attentionFlags', flag))}`))),
    h('div', { class: 'actions' }, actions(a).map(([text, href], i) => h('a',
      { class: i === 0 ? 'button' : 'button secondary', href, 'aria-describedby': id }, text))));
}

/** One button per place to go: an overdue follow-up and a missing visit are one form. */
function actions(a) {
  const seen = new Set();
  return a.attention.map((flag) => ACTIONS[flag]).filter(Boolean).map(([text, href]) => [text, href(a)])
    .filter(([, href]) => !seen.has(href) && seen.add(href));
}
