import { get, post } from '../api.js';
import { date, field, h, hours, onSubmit, say, show, today } from '../ui.js';
import { pending } from './agreement.js';

/** A follow-up after a company visit, in a few taps: date and planned figures are filled in. */
export async function followUpView(id) {
  const a = await get(`/api/v1/agreements/${id}`);
  // While an amendment awaits approval, the citizen works to the version in force.
  const plan = plannedOn(pending(a) ? await get(`/api/v1/agreements/${id}/versions/${a.inForceVersion}`) : a, today());
  const form = h('form', { 'aria-label': 'Opfølgning' },
    field('Dato', h('input', { name: 'date', type: 'date', value: today(), max: today(), required: true })),
    field('Faktiske timer pr. uge', stepper('actualHoursPerWeek', plan.hours, 0.5, 0, 60),
      `Planen siger ${hours(plan.hours)}.`),
    field('Effektivitet i procent', stepper('effectivenessPercent', plan.effectiveness ?? 100, 5, 0, 100),
      plan.effectiveness ? `Planen siger ${plan.effectiveness} %.` : undefined),
    field('Trivsel (WHO-5, 0-100)', h('input', { name: 'who5', type: 'number', min: 0, max: 100, inputmode: 'numeric' }),
      'Kan springes over.'),
    field('Noter fra besøget', h('textarea', { name: 'notes', maxlength: 4000 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Gem opfølgning'),
      h('a', { class: 'button secondary', href: `#/aftaler/${id}` }, 'Annullér')));
  onSubmit(form, async (data) => {
    const body = { date: data.get('date'), actualHoursPerWeek: Number(data.get('actualHoursPerWeek')) };
    if (data.get('effectivenessPercent')) body.effectivenessPercent = Number(data.get('effectivenessPercent'));
    if (data.get('who5')) body.who5 = Number(data.get('who5'));
    if (data.get('notes').trim()) body.notes = data.get('notes').trim();
    await post(`/api/v1/agreements/${id}/follow-ups`, body);
    say('Opfølgningen er gemt.');
    location.hash = `#/aftaler/${id}`;
  });
  show('Opfølgning', h('h1', {}, 'Registrér opfølgning'),
    h('p', { class: 'meta' }, `${a.citizen?.name ?? 'Borger'} hos ${a.employer?.name ?? 'virksomheden'}, startet ${date(a.startDate)}`),
    form);
}

/** The step of the progression plan in force on a day (the start values before the first step). */
function plannedOn(a, day) {
  let plan = { hours: a.hoursPerWeek, effectiveness: a.effectivenessPercent };
  for (const clause of a.progression) {
    if (clause.dueDate <= day) plan = { hours: clause.hoursPerWeek, effectiveness: clause.effectivenessPercent };
  }
  return plan;
}

function stepper(name, value, step, min, max) {
  const input = h('input', { name, id: `f-${name}`, type: 'number', value, step, min, max, inputmode: 'decimal', required: name === 'actualHoursPerWeek' });
  const nudge = (delta) => () => {
    input.value = Math.min(max, Math.max(min, Number(input.value || 0) + delta));
  };
  return h('div', { class: 'stepper' },
    h('button', { type: 'button', class: 'secondary', 'aria-label': `${step} mindre`, onclick: nudge(-step) }, '−'),
    input,
    h('button', { type: 'button', class: 'secondary', 'aria-label': `${step} mere`, onclick: nudge(step) }, '+'));
}
