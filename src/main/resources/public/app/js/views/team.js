import { call } from '../api.js';
import { field, h, onSubmit, say } from '../ui.js';
import { TEAM_ROLE } from '../vocabulary.js';

/** Fields of a citizen the server sets itself; a PUT sends the rest back. */
const READ_ONLY = ['id', 'createdAt', 'updatedAt', 'committedHoursPerWeek', 'remainingHoursPerWeek', 'measured', 'warnings'];

/** Saves the profile as read with `changes` (e.g. `{ team }`) made. */
export function putCitizen(citizen, changes) {
  const body = { ...citizen, ...changes };
  for (const key of READ_ONLY) delete body[key];
  return call(`/api/v1/citizens/${citizen.id}`, { method: 'PUT', body });
}

/**
 * The people around the citizen (sagsbehandler, mentor, ...): listed with how to reach them, one
 * removed with a tap, one added with a short form. Each change saves the whole profile (PUT), and
 * `saved` shows the page again from the server's answer.
 */
export function teamSection(citizen, saved) {
  const team = citizen.team ?? [];
  const save = async (next) => {
    await putCitizen(citizen, { team: next });
    say('Teamet er gemt.');
    await saved();
  };
  return h('section', { 'aria-labelledby': 'team' },
    h('h2', { id: 'team' }, 'Borgerens team'),
    team.length ? h('ul', { class: 'list', id: 'team-list' }, team.map((member, i) => h('li', { class: 'card' },
      h('h3', { id: `team-${i}` }, `${TEAM_ROLE[member.role] ?? member.role}: ${member.name}`),
      member.phone || member.email ? h('p', { class: 'meta' }, [member.phone ? h('a', { href: `tel:${member.phone}` }, member.phone) : null,
        member.phone && member.email ? ' · ' : null,
        member.email ? h('a', { href: `mailto:${member.email}` }, member.email) : null]) : null,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', 'aria-describedby': `team-${i}`,
        onclick: () => save(team.filter((_, j) => j !== i)).catch((error) => say(error.message)) }, `Fjern ${member.name}`)))))
      : h('p', {}, 'Ingen i teamet endnu.'),
    addForm(team, save));
}

function addForm(team, save) {
  const form = h('form', { 'aria-labelledby': 'team-add' },
    h('h3', { id: 'team-add' }, 'Tilføj til teamet'),
    field('Rolle', h('select', { name: 'role', id: 'team-role' },
      Object.entries(TEAM_ROLE).map(([code, word]) => h('option', { value: code }, word)))),
    field('Navn', h('input', { name: 'name', id: 'team-name', required: true, maxlength: 100, autocomplete: 'off' })),
    field('Telefon', h('input', { name: 'phone', id: 'team-phone', type: 'tel', inputmode: 'tel', autocomplete: 'off' })),
    field('E-mail', h('input', { name: 'email', id: 'team-email', type: 'email', autocomplete: 'off' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Tilføj til teamet')));
  return onSubmit(form, async (data) => {
    const member = { role: data.get('role'), name: data.get('name').trim() };
    if (data.get('phone').trim()) member.phone = data.get('phone').trim();
    if (data.get('email').trim()) member.email = data.get('email').trim();
    await save([...team, member]);
  });
}
