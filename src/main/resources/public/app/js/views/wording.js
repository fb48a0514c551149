import { get } from '../api.js';
import { field, h, onSubmit, say } from '../ui.js';

/**
 * Words the vocabulary does not know (issue 24): the server's warnings shown at the competence or
 * task they are about, each suggested concept a button that puts it in place of the phrase, and a
 * type-ahead under competence inputs. Buttons rather than a <datalist>: large targets on phones,
 * reachable with Tab, and the same on every browser.
 */
export function warningsAt(warnings, path, use, verb = 'Brug') {
  return (warnings ?? []).filter((w) => w.field === path).map((w) => h('div', { class: 'badge warn note unknown-word' },
    h('p', {}, w.message),
    w.suggestions?.length ? h('p', { class: 'actions' }, w.suggestions.map((s) => h('button', { type: 'button',
      class: 'secondary', onclick: () => use(s.preferredLabel).catch((error) => say(error.message)) },
    `${verb} “${s.preferredLabel}”`))) : null));
}

/**
 * A text input with the nearest concepts listed under it as the user types; tapping one fills the
 * input with `pick(concept)`: its preferred label, or (choosing a broader concept) its id.
 */
export function typeAhead(input, pick = (s) => s.preferredLabel) {
  const list = h('ul', { class: 'suggestions', id: `${input.id}-forslag`, 'aria-live': 'polite', 'aria-label': 'Forslag' });
  input.setAttribute('aria-controls', list.id);
  input.autocomplete = 'off';
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      const found = q ? await get(`/api/v1/vocabulary/suggest?limit=5&q=${encodeURIComponent(q)}`).catch(() => null) : null;
      if (input.value.trim() !== q) return; // typed on meanwhile: a later answer follows
      list.replaceChildren(...(found?.items ?? []).map((s) => h('li', {}, h('button', { type: 'button', class: 'secondary',
        onclick: () => { input.value = pick(s); list.replaceChildren(); input.focus(); } },
      s.preferredLabel, s.matchedLabel === s.preferredLabel ? '' : ` (${s.matchedLabel})`))));
    }, 250);
  });
  return h('div', {}, input, list);
}

/**
 * A list of phrases (a citizen's or a task's competences) with the warnings about them, and a
 * form adding one with type-ahead. `save(list)` stores the new list and shows the page again.
 */
export function phraseList(id, title, phrases, warnings, path, save, heading = 'h2') {
  const input = h('input', { name: 'phrase', id: `${id}-ny`, required: true, maxlength: 100 });
  const form = h('form', { 'aria-labelledby': `${id}-h` }, field('Tilføj kompetence', typeAhead(input)),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Tilføj')));
  return h('section', { 'aria-labelledby': `${id}-h`, id },
    h(heading, { id: `${id}-h` }, title),
    h('ul', { class: 'tags' }, phrases.map((p) => h('li', {}, p))),
    phrases.flatMap((p, i) => warningsAt(warnings, `${path}[${i}]`, (word) => save(phrases.map((q, j) => (j === i ? word : q))))),
    onSubmit(form, (data) => save([...phrases, data.get('phrase').trim()])));
}
