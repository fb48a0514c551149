import { get } from '../api.js';
import { date, h, show } from '../ui.js';
import { NOTIFICATION_KIND } from '../vocabulary.js';

/** Beskeder: course events on the consultant's own agreements, newest first, each leading to its agreement. */
export async function notificationsView() {
  const page = await get('/api/v1/notifications?size=100');
  show('Beskeder',
    h('h1', {}, 'Beskeder'),
    h('p', {}, page.total === 0 ? 'Ingen beskeder.' : `${page.total} ${page.total === 1 ? 'besked' : 'beskeder'}, nyeste først.`),
    h('ul', { class: 'list', id: 'notifications' }, page.items.map(item)));
}

function item(n) {
  const id = `msg-${n.id}`;
  return h('li', { class: 'card notification' },
    h('h2', { id }, NOTIFICATION_KIND[n.kind] ?? n.kind),
    h('p', {}, n.text),
    h('p', { class: 'meta' }, `${date(n.date)} · modtaget ${date(n.createdAt.slice(0, 10))}`),
    h('div', { class: 'actions' },
      h('a', { class: 'button secondary', href: `#/aftaler/${n.agreementId}`, 'aria-describedby': id }, 'Åbn aftale')));
}
