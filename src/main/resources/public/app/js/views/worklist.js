import { get } from '../api.js';
import { date, h, hours, show, today } from '../ui.js';

/** The consultant's follow-up list: active agreements, the next follow-up soonest first. */
export async function worklistView() {
  const page = await get('/api/v1/agreements?status=ACTIVE&size=100');
  const due = page.items.filter(dueNow).length;
  show('Opfølgning',
    h('h1', {}, 'Opfølgning'),
    h('p', {}, page.total === 0 ? 'Ingen aktive aftaler.' : `${page.total} aktive aftaler, ${due} skal følges op nu.`),
    h('ul', { class: 'list' }, page.items.map(item)));
}

/** Overdue, or due today: the consultant should visit now. */
const dueNow = (a) => a.dueForFollowUp || a.nextFollowUpDate <= today();

function item(a) {
  const overdue = dueNow(a);
  return h('li', { class: 'card' },
    h('h2', { id: `wl-${a.id}` }, `${a.citizenName ?? 'Borger'} · ${a.employerName ?? ''}`),
    h('p', {}, `Næste opfølgning: ${date(a.nextFollowUpDate)} `,
      overdue ? h('span', { class: 'badge warn' }, '⚠ Skal følges op') : null),
    h('p', { class: 'meta' }, `${hours(a.hoursPerWeek)} fra ${date(a.startDate)}`
      + (a.lastFollowUpDate ? ` · sidst fulgt op ${date(a.lastFollowUpDate)}` : ' · ikke fulgt op endnu')),
    a.behindPlan ? h('p', { class: 'badge warn' }, '⚠ Bagud i forhold til planen') : null,
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: `#/aftaler/${a.id}/opfoelgning`, 'aria-describedby': `wl-${a.id}` }, 'Registrér opfølgning'),
      h('a', { class: 'button secondary', href: `#/aftaler/${a.id}`, 'aria-describedby': `wl-${a.id}` }, 'Åbn aftale')));
}
