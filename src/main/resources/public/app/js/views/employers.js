import { get, post } from '../api.js';
import { date, field, h, onSubmit, say, show, today } from '../ui.js';
import { CONTACT_FORMAT } from '../vocabulary.js';

/** The next contact suggested after this one: in two weeks. */
const NEXT_CONTACT_DAYS = 14;

/**
 * "Mine virksomheder": the employers the caller owns (keeps the contact with), those whose contact
 * is overdue first, each with its last and next contact and a way to log a contact.
 */
export async function myEmployersView() {
  const page = await get('/api/v1/employers?owner=me&size=100');
  const employers = [...page.items].sort(byUrgency);
  const overdue = employers.filter((e) => e.contactOverdue).length;
  show('Mine virksomheder',
    h('h1', {}, 'Mine virksomheder'),
    h('p', {}, page.total === 0 ? 'Du er ikke ejer af nogen virksomheder endnu.'
      : `${page.total} ${page.total === 1 ? 'virksomhed' : 'virksomheder'}, ${overdue} med overskredet kontakt.`),
    page.total > page.items.length ? h('p', { class: 'meta' }, `Viser de første ${page.items.length}.`) : null,
    h('ul', { class: 'list' }, employers.map(item)));
}

/** Overdue first, then by the next contact date, soonest first (none planned last among the rest). */
function byUrgency(a, b) {
  if (a.contactOverdue !== b.contactOverdue) return a.contactOverdue ? -1 : 1;
  const next = (e) => e.nextContactDate ?? (e.contactOverdue ? '' : '9999-12-31');
  return next(a).localeCompare(next(b)) || a.name.localeCompare(b.name, 'da');
}

function item(e) {
  return h('li', { class: 'card', id: `emp-${e.id}` },
    h('h2', { id: `emp-name-${e.id}` }, e.name),
    h('p', {}, e.lastContactDate ? `Sidste kontakt: ${date(e.lastContactDate)}` : 'Ingen kontakt registreret endnu'),
    h('p', {}, e.nextContactDate ? `Næste kontakt: ${date(e.nextContactDate)} ` : 'Ingen næste kontakt planlagt ',
      e.contactOverdue ? h('span', { class: 'badge warn' }, '⚠ Kontakt overskredet') : null),
    e.location ? h('p', { class: 'meta' }, [e.location.postcode, e.location.city].filter(Boolean).join(' ')) : null,
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: `#/virksomheder/${e.id}/kontakt`, 'aria-describedby': `emp-name-${e.id}` },
        'Registrér kontakt')));
}

/** Logging a contact in a few taps: how it took place, the date (today), the next one (in two weeks), a line. */
export async function contactView(id) {
  const [employer, log] = await Promise.all([get(`/api/v1/employers/${id}`),
    get(`/api/v1/employers/${id}/contacts?size=5`)]);
  const form = h('form', { 'aria-label': 'Kontakt med virksomheden' },
    h('fieldset', { class: 'choices formats' }, h('legend', {}, 'Hvordan var kontakten?'),
      Object.entries(CONTACT_FORMAT).map(([code, text], i) => h('label', { class: 'choice' },
        h('input', { type: 'radio', name: 'format', value: code, required: true, checked: i === 0 }), ` ${text}`))),
    field('Dato', h('input', { name: 'date', type: 'date', value: today(), max: today(), required: true })),
    field('Næste kontakt', h('input', { name: 'nextContactDate', type: 'date', value: plusDays(today(), NEXT_CONTACT_DAYS),
      min: today() }), `Foreslået om ${NEXT_CONTACT_DAYS} dage. Tøm feltet, hvis der ikke skal planlægges en.`),
    field('Kort referat', h('textarea', { name: 'summary', maxlength: 2000, rows: 3,
      placeholder: 'fx Talte med HR om to nye opgaver på lageret' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Gem kontakt'),
      h('a', { class: 'button secondary', href: '#/virksomheder' }, 'Annullér')));
  // The next date may not be before the contact's own date.
  form.elements.date.addEventListener('change', () => { form.elements.nextContactDate.min = form.elements.date.value; });
  onSubmit(form, async (data) => {
    const body = { date: data.get('date'), format: data.get('format') };
    if (data.get('nextContactDate')) body.nextContactDate = data.get('nextContactDate');
    if (data.get('summary').trim()) body.summary = data.get('summary').trim();
    await post(`/api/v1/employers/${id}/contacts`, body);
    say('Kontakten er gemt.');
    location.hash = '#/virksomheder';
  });
  show('Registrér kontakt', h('h1', {}, 'Registrér kontakt'),
    h('p', { class: 'meta' }, `${employer.name}${employer.owner ? ` · ejer: ${employer.owner.displayName ?? employer.owner.username}` : ''}`),
    form,
    h('section', { 'aria-labelledby': 'log' }, h('h2', { id: 'log' }, 'Seneste kontakter'),
      log.items.length ? h('ul', { class: 'list' }, log.items.map(contactItem)) : h('p', {}, 'Ingen kontakter endnu.')));
}

function contactItem(c) {
  return h('li', { class: 'card' },
    h('p', {}, `${date(c.date)} · ${CONTACT_FORMAT[c.format] ?? c.format} · ${c.consultant.displayName ?? c.consultant.username}`),
    c.summary ? h('p', { class: 'meta' }, c.summary) : null,
    c.nextContactDate ? h('p', { class: 'meta' }, `Næste kontakt: ${date(c.nextContactDate)}`) : null);
}

/** yyyy-mm-dd plus some days, in the calendar (no time zones involved). */
function plusDays(iso, days) {
  const day = new Date(`${iso}T12:00:00`);
  day.setDate(day.getDate() + days);
  return day.toLocaleDateString('sv-SE');
}
