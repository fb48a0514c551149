import { get } from '../api.js';
import { field, h, show } from '../ui.js';

/** The concept types in words. */
export const CONCEPT_TYPE = { OCCUPATION: 'Stilling', COMPETENCE: 'Kompetence' };
const SIZE = 20;

/**
 * "Ordforråd" (ADMIN, loaded on demand): the concepts matching and search recognise, found by any
 * part of a label or id, a page at a time; each opens for editing. The query lives in the URL.
 */
export async function conceptsView(params) {
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('side'), 10) || 1);
  const found = await get(`/api/v1/vocabulary/concepts?${new URLSearchParams({ q, page: page - 1, size: SIZE })}`);
  const form = h('form', { role: 'search', 'aria-label': 'Søg i ordforrådet' },
    field('Søg efter ord eller id', h('input', { name: 'q', id: 'concept-q', type: 'search', value: q, maxlength: 200,
      placeholder: 'fx rengøring, kantine, lager' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Søg'),
      h('a', { class: 'button secondary', href: '#/ordforraad/nyt' }, 'Nyt begreb')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/ordforraad?${new URLSearchParams({ q: form.elements.q.value.trim() })}`;
  });
  show('Ordforråd', h('h1', {}, 'Ordforråd'),
    h('p', { class: 'meta' }, 'Stillinger og kompetencer med de ord, match og søgning kender dem på.'),
    form,
    h('section', { 'aria-labelledby': 'concepts-h' },
      h('h2', { id: 'concepts-h' }, `${found.total} ${found.total === 1 ? 'begreb' : 'begreber'}${q ? ` med “${q}”` : ''}`),
      found.items.length ? h('ul', { class: 'list', id: 'concepts' }, found.items.map(item)) : h('p', {}, 'Ingen begreber.'),
      pager(q, page, Math.ceil(found.total / SIZE))));
}

function item(c) {
  return h('li', { class: 'card' }, h('a', { href: `#/ordforraad/${c.id}` }, c.preferredLabel),
    h('p', { class: 'meta' }, `${CONCEPT_TYPE[c.type] ?? c.type} · ${c.id}`),
    c.altLabels.length ? h('ul', { class: 'tags', 'aria-label': 'Andre ord' },
      c.altLabels.slice(0, 6).map((label) => h('li', {}, label)),
      c.altLabels.length > 6 ? h('li', {}, `+ ${c.altLabels.length - 6} mere`) : null) : null);
}

function pager(q, page, pages) {
  if (pages < 2) return null;
  const to = (n) => `#/ordforraad?${new URLSearchParams({ q, side: n })}`;
  return h('nav', { class: 'actions', 'aria-label': 'Sider' },
    page > 1 ? h('a', { class: 'button secondary', href: to(page - 1) }, 'Forrige side') : null,
    h('span', { class: 'meta' }, `Side ${page} af ${pages}`),
    page < pages ? h('a', { class: 'button secondary', href: to(page + 1) }, 'Næste side') : null);
}
