import { call, get } from '../api.js';
import { capitalise, date, h, hours, occupancy, range, say, show } from '../ui.js';
import { label, labels, NEED_STATUS } from '../vocabulary.js';
import { introductionsSection } from './introductions.js';
import { phraseList, warningsAt } from './wording.js';

/** A need as the substitution wheel's four parts: tasks, competences, musts, and what can flex. */
export async function needView(id) {
  const need = await get(`/api/v1/needs/${id}`);
  const employer = await get(`/api/v1/employers/${need.employerId}`);
  const introductions = await introductionsSection(id, () => needView(id));
  show(need.title,
    h('h1', {}, need.title),
    h('p', { class: 'meta' }, `${employer.name}${employer.location?.city ? `, ${employer.location.city}` : ''}`),
    h('p', { class: 'meta' }, `${NEED_STATUS[need.status] ?? need.status} · ${capitalise(label('placementTypes', need.placementType))}`
      + ` · ${range(need.hoursPerWeek)}`),
    capacity(need),
    staleness(need),
    need.description ? h('p', {}, need.description) : null,
    h('div', { class: 'actions' }, h('a', { class: 'button', href: `#/behov/${id}/match` }, 'Se match med borgere')),
    // Introductions first: what awaits the employer's answer is what an employer opens the need for.
    introductions,
    part('wheel-tasks', '1. Arbejdsopgaver', h('ul', { class: 'list' }, need.tasks.map(task))),
    part('wheel-competences', '2. Kompetencebehov', need.tasks.flatMap((t, i) => taskWords(need, t, i))),
    part('wheel-musts', '3. Ufravigelige krav', words(labels('qualifications', need.nonNegotiables),
      'Ingen – alt andet kan forhandles.')),
    part('wheel-flex', '4. Fleksible forventninger', words(labels('flexibilities', need.flexibilities),
      'Ingen nævnt endnu.')));
}

/**
 * A need nobody has touched for a long time: stale after 60 days, EXPIRED (and no longer matched)
 * after 90. Saving it again, as it is, counts as activity and reopens it.
 */
function staleness(need) {
  if (need.status === 'EXPIRED') {
    return h('div', { class: 'badge warn note', id: 'stale' },
      h('p', {}, 'Behovet er udløbet efter længe uden aktivitet'
        + (need.staleSince ? ` (forældet siden ${date(need.staleSince)})` : '') + ' og matches ikke, før det genåbnes.'),
      h('button', { type: 'button', onclick: () => reopen(need) }, 'Genåbn behovet'));
  }
  return need.staleSince ? h('p', { class: 'badge warn note', id: 'stale' },
    `Forældet siden ${date(need.staleSince)}: længe uden aktivitet. Ret behovet eller opret en aftale, ellers udløber det.`) : null;
}

/** Saves the need as read with `changes` made; the server's own fields are left out. */
function putNeed(need, changes) {
  const body = { ...need, ...changes };
  for (const key of ['id', 'employerId', 'createdAt', 'updatedAt', 'staleSince', 'warnings']) delete body[key];
  body.tasks = body.tasks.map(({ held, available, ...task }) => task);
  return call(`/api/v1/needs/${need.id}`, { method: 'PUT', body });
}

/** A task's competences with the warnings about them; a concept suggested for the title is added as a competence. */
function taskWords(need, t, i) {
  const save = (competences) => putNeed(need, { tasks: need.tasks.map((x, j) => (j === i ? { ...x, competences } : x)) })
    .then(() => needView(need.id));
  const competences = t.competences ?? [];
  return [phraseList(`opgave-${i}`, t.title, competences, need.warnings, `tasks[${i}].competences`, save, 'h3'),
    ...warningsAt(need.warnings, `tasks[${i}].title`, (word) => save([...competences, word]), 'Tilføj')];
}

async function reopen(need) {
  try {
    await putNeed(need, { status: 'OPEN' });
    say('Behovet er genåbnet.');
    await needView(need.id);
  } catch (error) {
    say(error.message);
  }
}

function part(id, title, body) {
  return h('section', { class: 'wheel-part', 'aria-labelledby': id }, h('h2', { id }, title), body);
}

/** Places held of all places: "Besat" when none is free; for an open need, how many and which tasks are free. */
function capacity(need) {
  const seats = occupancy(need.tasks);
  const open = need.status === 'OPEN' ? need.tasks.filter((t) => occupancy([t]).free) : [];
  const badge = need.status === 'FILLED' || !seats.free ? h('span', { class: 'badge full' }, 'Besat')
    : open.length ? h('span', { class: 'badge ok' }, seats.free === 1 ? '1 ledig plads' : `${seats.free} ledige pladser`) : null;
  return [h('p', { class: 'capacity' }, badge, ` ${seats.text}`),
    seats.held && open.length ? h('p', { class: 'meta' }, `Ledige opgaver: ${open.map((t) => t.title).join(', ')}`) : null];
}

function task(t) {
  const seats = occupancy([t]);
  return h('li', { class: 'card' },
    h('h3', {}, `${t.title} · ${hours(t.hoursPerWeek)}`),
    h('p', { class: 'capacity' }, h('span', { class: seats.free ? 'badge ok' : 'badge full' }, seats.free ? 'Ledig' : 'Besat'),
      ` ${seats.text}`),
    t.description ? h('p', {}, t.description) : null,
    t.schedule?.length ? h('p', { class: 'meta' }, `Tidspunkt: ${labels('timeSlots', t.schedule).join(', ')}`) : null,
    t.demands?.length ? h('p', { class: 'meta' }, `Krav i opgaven: ${labels('taskDemands', t.demands).join(', ')}`) : null);
}

function words(list, none) {
  return list.length ? h('ul', { class: 'tags' }, list.map((w) => h('li', {}, capitalise(w)))) : h('p', {}, none);
}
