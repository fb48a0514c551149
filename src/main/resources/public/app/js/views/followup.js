import { get, post } from '../api.js';
import { capitalise, date, field, h, hours, onSubmit, say, show, today } from '../ui.js';
import { label } from '../vocabulary.js';
import { pending } from './agreement.js';
import { incomplete, measuresSection, readMeasures } from './measures.js';

const FORMATS = ['WORKPLACE_VISIT', 'PHONE', 'JOBCENTRE_MEETING', 'VIDEO'];
const AFTERCARE = new Set(['HIRED', 'ORDINARY_HOURS']);

/**
 * A follow-up in a few taps: date and planned figures are filled in, the format chosen, and the
 * measures (WHO-5, GSE, BIP) answered when the talk had them. After hiring it is aftercare
 * (efterværn), which asks whether the citizen still has the job.
 */
export async function followUpView(id) {
  const a = await get(`/api/v1/agreements/${id}`);
  const aftercare = AFTERCARE.has(a.status);
  // While an amendment awaits approval, the citizen works to the version in force.
  const plan = plannedOn(pending(a) ? await get(`/api/v1/agreements/${id}/versions/${a.inForceVersion}`) : a, today());
  const form = h('form', { 'aria-label': aftercare ? 'Efterværn' : 'Opfølgning' },
    field('Dato', h('input', { name: 'date', type: 'date', value: today(), min: a.startDate, max: today(), required: true })),
    formatChoice(),
    aftercare ? stillEmployedChoice() : null,
    field('Faktiske timer pr. uge', stepper('actualHoursPerWeek', plan.hours, 0.5, 0, 60),
      aftercare ? `Aftalen havde ${hours(plan.hours)}.` : `Planen siger ${hours(plan.hours)}.`),
    field('Effektivitet i procent', stepper('effectivenessPercent', plan.effectiveness ?? 100, 5, 0, 100),
      plan.effectiveness ? `Planen siger ${plan.effectiveness} %.` : undefined),
    measuresSection(),
    field('Noter fra samtalen', h('textarea', { name: 'notes', maxlength: 4000 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, aftercare ? 'Gem efterværn' : 'Gem opfølgning'),
      h('a', { class: 'button secondary', href: `#/aftaler/${id}` }, 'Annullér')));
  onSubmit(form, async (data) => {
    const unfinished = incomplete(data);
    if (unfinished.length) {
      throw { message: `Besvar alle spørgsmål i ${unfinished.join(' og ')}, eller ingen af dem.` };
    }
    const body = { date: data.get('date'), format: data.get('format'),
      actualHoursPerWeek: Number(data.get('actualHoursPerWeek')), ...readMeasures(data) };
    if (data.get('effectivenessPercent')) body.effectivenessPercent = Number(data.get('effectivenessPercent'));
    if (aftercare) body.stillEmployed = data.get('stillEmployed') === 'true';
    if (data.get('notes').trim()) body.notes = data.get('notes').trim();
    await post(`/api/v1/agreements/${id}/follow-ups`, body);
    say(aftercare ? 'Efterværnet er gemt.' : 'Opfølgningen er gemt.');
    location.hash = `#/aftaler/${id}`;
  });
  show(aftercare ? 'Efterværn' : 'Opfølgning', h('h1', {}, aftercare ? 'Registrér efterværn' : 'Registrér opfølgning'),
    h('p', { class: 'meta' }, `${a.citizen?.name ?? 'Borger'} hos ${a.employer?.name ?? 'virksomheden'}, startet ${date(a.startDate)}`),
    form);
}

/** Visit at the workplace first: the plan counts those, and it is the usual one. */
function formatChoice() {
  return h('fieldset', { class: 'choices' }, h('legend', {}, 'Hvordan foregik opfølgningen?'),
    FORMATS.map((code, i) => h('label', { class: 'choice' },
      h('input', { type: 'radio', name: 'format', value: code, required: true, checked: i === 0 }),
      ` ${capitalise(label('followUpFormats', code))}`)));
}

function stillEmployedChoice() {
  return h('fieldset', { class: 'choices' }, h('legend', {}, 'Er borgeren stadig ansat?'),
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'stillEmployed', value: 'true', required: true }), ' Ja'),
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'stillEmployed', value: 'false' }), ' Nej'));
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
