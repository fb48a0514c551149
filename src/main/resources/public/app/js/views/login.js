import { login } from '../api.js';
import { field, h, onSubmit, show } from '../ui.js';

export function loginView() {
  const form = h('form', { 'aria-label': 'Log ind' },
    field('Brugernavn', h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' })),
    field('Adgangskode', h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Log ind')));
  onSubmit(form, async (data) => {
    await login(data.get('username').trim(), data.get('password'));
    location.hash = '#/';
  });
  show('Log ind', h('h1', {}, 'Log ind'), h('p', { class: 'meta' }, 'For virksomhedskonsulenter i jobcentret.'), form);
}
