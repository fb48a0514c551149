import { finishMunicipalitySignIn, get, login } from '../api.js';
import { field, h, onSubmit, problem, show } from '../ui.js';

export async function loginView(query = new URLSearchParams()) {
  // Back from the municipality's identity provider (see SignInCookieLoginHandler).
  if (query.get('signin') === 'municipality') {
    try {
      await finishMunicipalitySignIn();
      location.hash = '#/';
      return;
    } catch (error) {
      render(problem(error));
      return;
    }
  }
  const refused = query.get('signin') === 'refused'
    ? h('div', { class: 'error', role: 'alert' }, h('p', {}, 'Kommunens login gav ikke adgang til Jobmatch.'))
    : null;
  render(refused);
}

async function render(notice) {
  const form = h('form', { 'aria-label': 'Log ind' },
    field('Brugernavn', h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' })),
    field('Adgangskode', h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Log ind')));
  onSubmit(form, async (data) => {
    await login(data.get('username').trim(), data.get('password'));
    location.hash = '#/';
  });
  // The provider's button only where one is configured; local accounts always work.
  const options = await get('/login/options').catch(() => ({}));
  const municipality = options.municipality && options.municipalityLoginUrl
    ? h('p', { class: 'actions' }, h('a', { href: options.municipalityLoginUrl, class: 'button' }, 'Log ind med kommunens login'))
    : null;
  show('Log ind', h('h1', {}, 'Log ind'), h('p', { class: 'meta' }, 'For virksomhedskonsulenter i jobcentret.'),
    notice, municipality, form);
}
