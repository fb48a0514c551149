// Hash routes, so the server only ever serves /app/ and the app works from the home screen.
import { ApiError, session } from './api.js';
import { h, problem, show } from './ui.js';
import { forget, loadVocabulary } from './vocabulary.js';
import { loginView } from './views/login.js';
import { searchView } from './views/search.js';
import { needView } from './views/need.js';
import { needMatchesView, citizenView } from './views/matches.js';
import { agreementView } from './views/agreement.js';
import { followUpView } from './views/followup.js';
import { worklistView } from './views/worklist.js';
import { attentionView } from './views/attention.js';
import { notificationsView } from './views/notifications.js';
import { contactView, myEmployersView } from './views/employers.js';

/**
 * A screen few callers open, or seldom: its module is fetched when it is first opened, not
 * preloaded with the rest, so the first visit stays small on slow links (WebFilesApiTest).
 */
const later = (load, name) => async (...args) => {
  const module = await load().catch(() => { throw new ApiError(0, {}); }); // offline: said in Danish
  return module[name](...args);
};
const concepts = () => import('./views/concepts.js');
const concept = () => import('./views/concept.js');

const ROUTES = [
  [/^\/login$/, loginView],
  [/^\/$/, searchView],
  [/^\/behov\/([\w-]+)$/, needView],
  [/^\/behov\/([\w-]+)\/match$/, needMatchesView],
  [/^\/borgere\/([\w-]+)$/, citizenView],
  [/^\/aftaler\/([\w-]+)$/, agreementView],
  [/^\/aftaler\/([\w-]+)\/opfoelgning$/, followUpView],
  [/^\/opfoelgning$/, worklistView],
  [/^\/handling$/, attentionView],
  [/^\/beskeder$/, notificationsView],
  [/^\/virksomheder$/, myEmployersView],
  [/^\/virksomheder\/([\w-]+)\/kontakt$/, contactView],
  [/^\/resultater$/, later(() => import('./views/results.js'), 'resultsView')],
  [/^\/ordforraad$/, later(concepts, 'conceptsView')],
  [/^\/ordforraad\/nyt$/, later(concept, 'newConceptView')],
  [/^\/ordforraad\/([a-z0-9.-]+)$/, later(concept, 'conceptView')],
];

async function route() {
  const [path, query = ''] = (location.hash.slice(1) || '/').split('?');
  const loggedIn = Boolean(session.token());
  document.getElementById('tabs').hidden = !loggedIn;
  document.getElementById('logout').hidden = !loggedIn;
  document.getElementById('who').textContent = loggedIn ? session.user() : '';
  if (!loggedIn && path !== '/login') {
    location.replace('#/login');
    return;
  }
  for (const link of document.querySelectorAll('#tabs a')) {
    if (link.getAttribute('href') === `#${path}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const match = ROUTES.map(([pattern, view]) => [pattern.exec(path), view]).find(([found]) => found);
  if (!match) {
    show('Ikke fundet', h('h1', {}, 'Siden findes ikke'), h('p', {}, h('a', { href: '#/' }, 'Til søgning')));
    return;
  }
  const [found, view] = match;
  try {
    if (loggedIn) await loadVocabulary();
    await view(...found.slice(1), new URLSearchParams(query));
  } catch (error) {
    if (error.status !== 401) show('Fejl', h('h1', {}, 'Det gik ikke'), problem(error));
  }
}

document.getElementById('logout').addEventListener('click', () => {
  session.end();
  forget();
  location.hash = '#/login';
});
window.addEventListener('hashchange', route);
route();

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' }).catch(() => {});
}
