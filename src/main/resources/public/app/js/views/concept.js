import { ApiError, call, get, post } from '../api.js';
import { date, field, h, onSubmit, say, show } from '../ui.js';
import { CONCEPT_TYPE } from './concepts.js';
import { typeAhead } from './wording.js';

const CONCEPTS = '/api/v1/vocabulary/concepts';
const REINDEX = 'Match og søgning bruger ændringen, når søgeindekset er bygget om i baggrunden; indtil da svarer de som før.';
/** The concept just saved, so its page says so once (not on a later visit). */
let justSaved = null;

/** One concept of the vocabulary (ADMIN), opened for editing; saved with If-Match, so no edit is lost unseen. */
export async function conceptView(id) {
  const concept = await get(`${CONCEPTS}/${id}`);
  const broader = concept.broader ? await get(`${CONCEPTS}/${concept.broader}`).catch(() => null) : null;
  const saved = justSaved === id;
  justSaved = null;
  const notice = h('div', { id: 'concept-notice' });
  show(concept.preferredLabel, back(),
    h('h1', {}, concept.preferredLabel),
    h('p', { class: 'meta' }, `${CONCEPT_TYPE[concept.type] ?? concept.type} · ${concept.id} · ${origin(concept)}`),
    saved ? h('p', { class: 'badge ok note', id: 'saved' }, `Begrebet er gemt. ${REINDEX}`) : null,
    notice,
    conceptForm(concept, broader, async (body) => {
      try {
        await call(`${CONCEPTS}/${id}`, { method: 'PUT', body, headers: { 'If-Match': `"${concept.revision}"` } });
      } catch (error) {
        if (error.status !== 412) throw error;
        notice.replaceChildren(stale(id));
        notice.scrollIntoView({ block: 'center' });
        return;
      }
      await opened(id);
    }));
  if (saved) window.scrollTo(0, 0); // the note, not the save button, in view
}

/** A new concept: its id is chosen once and never changes or comes back. */
export async function newConceptView() {
  show('Nyt begreb', back(), h('h1', {}, 'Nyt begreb'),
    h('p', { class: 'meta' }, 'Et begreb kan ikke slettes, og dets id kan ikke ændres; ordene kan rettes bagefter.'),
    conceptForm({ type: 'COMPETENCE', altLabels: [''] }, null, async (body) => {
      const created = await post(CONCEPTS, body);
      await opened(created.id);
    }));
}

const back = () => h('p', {}, h('a', { href: '#/ordforraad' }, 'Til Ordforråd'));

/** After a save: the concept's page again, as now stored, saying when matching uses the change. */
async function opened(id) {
  say('Begrebet er gemt.');
  justSaved = id;
  if (location.hash === `#/ordforraad/${id}`) await conceptView(id);
  else location.hash = `#/ordforraad/${id}`;
}

/** Another administrator saved the concept after it was read (412): nothing was saved; reload and redo. */
function stale(id) {
  return h('div', { class: 'error', role: 'alert' },
    h('p', {}, 'En anden administrator har gemt begrebet, efter du åbnede det, så dine ændringer er ikke gemt.'
      + ' Hent den nyeste udgave og lav dine ændringer igen.'),
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => conceptView(id) }, 'Hent den nyeste udgave')));
}

function origin(c) {
  if (c.origin === 'BASE') return 'fra det leverede ordforråd';
  return `${c.origin === 'ADDED' ? 'tilføjet' : 'rettet'} af ${c.editedBy ?? '?'} ${date(c.editedAt?.slice(0, 10))}`;
}

/** The concept's type, labels and broader concept (and a new one's id); `save(body)` stores them. */
function conceptForm(concept, broader, save) {
  const isNew = !concept.id;
  const alts = h('ul', { class: 'list', id: 'alt-labels' });
  const add = h('button', { type: 'button', class: 'secondary', id: 'alt-add',
    onclick: () => { alts.append(altRow('', add)); renumber(alts); alts.lastChild.querySelector('input').focus(); } },
  'Tilføj et ord');
  alts.append(...concept.altLabels.map((label) => altRow(label, add)));
  renumber(alts);
  const broaderInput = h('input', { name: 'broader', id: 'concept-broader', value: concept.broader ?? '', maxlength: 100,
    autocapitalize: 'none', spellcheck: false });
  const form = h('form', { 'aria-label': isNew ? 'Nyt begreb' : 'Ret begrebet' },
    isNew ? field('Id', h('input', { name: 'id', id: 'concept-id', required: true, maxlength: 100, autocapitalize: 'none',
      spellcheck: false, placeholder: 'fx cleaning.vinduespudsning' }), 'fag.navn med små bogstaver, uden æ, ø og å.') : null,
    h('fieldset', { class: 'choices' }, h('legend', {}, 'Slags'), Object.entries(CONCEPT_TYPE).map(([code, text]) =>
      h('label', {}, h('input', { type: 'radio', name: 'type', value: code, checked: concept.type === code }), text))),
    field('Foretrukken betegnelse', h('input', { name: 'preferredLabel', id: 'concept-label', required: true,
      maxlength: 200, value: concept.preferredLabel ?? '' })),
    h('fieldset', {}, h('legend', {}, 'Andre ord for det samme'),
      h('p', { class: 'meta' }, 'Titler, opgaveord, hverdagsudtryk og almindelige stavefejl. Et ord hører til ét begreb.'),
      alts, add),
    field('Bredere begreb (id)', typeAhead(broaderInput, (s) => s.conceptId), [broader ? 'Nu: ' : '',
      broader ? h('a', { href: `#/ordforraad/${broader.id}` }, broader.preferredLabel) : '',
      broader ? '. ' : '', 'Skriv et ord for at finde et begreb; tomt for et topbegreb.']),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, isNew ? 'Opret begrebet' : 'Gem ændringerne'),
      h('a', { class: 'button secondary', href: '#/ordforraad' }, 'Annullér')));
  return onSubmit(form, async (data) => {
    clearErrors(form);
    // Empty rows are left out; the server's altLabels[k] is then the k-th filled row.
    const filled = [...alts.querySelectorAll('input')].filter((input) => input.value.trim());
    const body = { type: data.get('type'), preferredLabel: data.get('preferredLabel').trim(),
      altLabels: filled.map((input) => input.value.trim()) };
    if (data.get('broader').trim()) body.broader = data.get('broader').trim();
    if (isNew) body.id = data.get('id').trim();
    await save(body).catch((error) => { throw atFields(form, error, filled); });
  });
}

function altRow(value, add) {
  const row = h('li', { class: 'alt-label' }, h('input', { name: 'altLabel', value, maxlength: 200, autocomplete: 'off' }),
    h('button', { type: 'button', class: 'secondary', onclick: () => {
      const list = row.parentElement;
      row.remove();
      renumber(list);
      add.focus();
    } }, 'Fjern'));
  return row;
}

/** Each row's input and button named by its place ("Andet ord 3"), for screen readers and the errors. */
function renumber(list) {
  [...list.children].forEach((row, i) => {
    const input = row.querySelector('input');
    input.id = `alt-${i + 1}`;
    input.setAttribute('aria-label', `Andet ord ${i + 1}`);
    row.querySelector('button').setAttribute('aria-label', `Fjern andet ord ${i + 1}`);
  });
}

const IN_USE = 'in use'; // a 409 names no field: it is about the id
const FIELD_NAMES = { id: 'Id', type: 'Slags', preferredLabel: 'Foretrukken betegnelse', broader: 'Bredere begreb' };

/**
 * The server's 422 (and a 409 for an id in use) shown at the inputs they are about, each with a
 * Danish message tied to its input (aria-describedby); returns the error for the form's summary.
 */
function atFields(form, error, filled) {
  if (!(error instanceof ApiError) || ![409, 422].includes(error.status)) return error;
  const fields = error.status === 409 ? [{ field: 'id', message: IN_USE }] : error.fields;
  if (!fields.length) return error;
  const shown = fields.map(({ field: path, message }) => {
    const alt = /^altLabels\[(\d+)]$/.exec(path);
    const input = alt ? filled[Number(alt[1])] : form.elements[path]?.[0] ?? form.elements[path];
    const text = danish(message);
    if (!(input instanceof HTMLElement)) return { field: path, message: text };
    const note = h('p', { class: 'error field-error', id: `${input.id}-fejl` }, text);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
    if (alt) input.closest('.alt-label').append(note); else input.after(note);
    return { field: alt ? input.getAttribute('aria-label') : FIELD_NAMES[path] ?? path, message: text };
  });
  form.querySelector('[aria-invalid=true]')?.focus({ preventScroll: true });
  return Object.assign(new ApiError(error.status, {}, 'Begrebet er ikke gemt. Ret det markerede:'), { fields: shown });
}

function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((note) => {
    const input = form.querySelector(`[aria-describedby~="${note.id}"]`);
    input?.removeAttribute('aria-invalid');
    const rest = input?.getAttribute('aria-describedby').replace(note.id, '').trim();
    if (rest) input.setAttribute('aria-describedby', rest); else input?.removeAttribute('aria-describedby');
    note.remove();
  });
}

/** The vocabulary rules' messages (ConceptRules) in Danish; any other is shown as the server wrote it. */
const DANISH = [
  [new RegExp(`^${IN_USE}$`), () => 'Id’et er brugt før, og et id bruges kun én gang. Vælg et andet.'],
  [/^must not be empty/, () => 'Må ikke være tom.'],
  [/^must not contain \|/, () => 'Må ikke indeholde | (tegnet skiller ordene ad i ordforrådets fil).'],
  [/^"(.*)" is listed twice/, (m) => `“${m[1]}” står der to gange.`],
  [/^"(.*)" already belongs to (\S+)/, (m) => `“${m[1]}” hører allerede til begrebet ${m[2]}; et ord kan kun høre til ét begreb.`],
  [/^expected trade\.name/, () => 'Skal være fag.navn med små bogstaver, uden æ, ø og å, fx cleaning.vinduespudsning.'],
  [/^malformed id "(.*)"/, (m) => `“${m[1]}” er ikke et id (fag.navn).`],
  [/^a concept cannot be its own/, () => 'Et begreb kan ikke ligge under sig selv.'],
  [/^broader concept (\S+) does not exist/, (m) => `Begrebet ${m[1]} findes ikke.`],
  [/^broader concepts would form a cycle: (.*)$/, (m) => `Begreberne ville ligge under hinanden i ring: ${m[1]}.`],
];

function danish(message) {
  for (const [pattern, words] of DANISH) {
    const found = pattern.exec(message ?? '');
    if (found) return words(found);
  }
  return `Kan ikke bruges: ${message}`;
}
