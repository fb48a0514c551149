import { post } from '../api.js';
import { capitalise, field, h, onSubmit, say, today } from '../ui.js';
import { label } from '../vocabulary.js';

const REASONS = ['TASKS_UNSUITABLE', 'HOURS_NOT_REACHED', 'CITIZEN_HEALTH', 'CITIZEN_WITHDREW', 'WORKPLACE_CULTURE',
  'EMPLOYER_NO_LONGER_NEEDS', 'EMPLOYER_DISSATISFIED', 'MOVED', 'OTHER'];
// What each status may end with, in the words the consultant uses; `reason` marks those that need a coded reason.
const ENDINGS = {
  DRAFT: [['STOPPED', 'Stop forløbet', true]],
  ACTIVE: [['HIRED', 'Borgeren er ansat', false], ['ORDINARY_HOURS', 'Overgår til ordinære timer', false],
    ['STOPPED', 'Stop forløbet', true]],
  HIRED: [['EMPLOYMENT_ENDED', 'Ansættelsen er ophørt', true]],
  ORDINARY_HOURS: [['EMPLOYMENT_ENDED', 'Ansættelsen er ophørt', true]],
};

/** The "Afslut forløb" button and its dialog, or nothing when the agreement cannot be ended. */
export function endButton(a) {
  const choices = ENDINGS[a.status];
  if (!choices) return null;
  const dialog = endDialog(a, choices);
  return [h('button', { type: 'button', class: 'danger', onclick: () => dialog.showModal() },
    a.status === 'HIRED' || a.status === 'ORDINARY_HOURS' ? 'Registrér ophør' : 'Afslut forløb'), dialog];
}

function endDialog(a, choices) {
  const reason = h('select', { name: 'reasonCode', id: 'end-reason' }, h('option', { value: '' }, 'Vælg årsag'),
    REASONS.map((code) => h('option', { value: code }, capitalise(label('endReasons', code)))));
  const reasonField = field('Årsag', reason, 'Kræves, når et forløb stopper eller en ansættelse ophører.');
  const debrief = h('fieldset', {}, h('legend', {}, 'Afsluttende samtale med virksomheden'),
    field('Virksomhedens vurdering', h('textarea', { name: 'employerView', maxlength: 4000 })),
    field('Det gik godt (én pr. linje)', h('textarea', { name: 'strengths', maxlength: 3000 })),
    field('Det tager vi med til næste forløb', h('textarea', { name: 'lessons', maxlength: 4000 })));
  const sync = (form) => {
    const type = new FormData(form).get('type');
    const needsReason = choices.find(([t]) => t === type)?.[2] ?? false;
    reason.required = needsReason;
    reasonField.hidden = !needsReason;
    debrief.hidden = !needsReason;
  };
  const form = h('form', { method: 'dialog', 'aria-labelledby': 'end-h', onchange: (e) => sync(e.currentTarget) },
    h('h2', { id: 'end-h' }, 'Afslut forløb'),
    h('fieldset', { class: 'choices' }, h('legend', {}, 'Hvad er sket?'),
      choices.map(([type, text], i) => h('label', { class: 'choice' },
        h('input', { type: 'radio', name: 'type', value: type, required: true, checked: i === choices.length - 1 }), ` ${text}`))),
    field('Dato', h('input', { name: 'date', id: 'end-date', type: 'date', value: today(), min: a.startDate, required: true })),
    reasonField, debrief,
    field('Bemærkning', h('textarea', { name: 'reason', id: 'end-note', maxlength: 2000 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger sure' }, 'Registrér'),
      h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, 'Annullér')));
  const dialog = h('dialog', { class: 'end' }, form);
  sync(form);
  onSubmit(form, async (data) => {
    const body = { type: data.get('type'), date: data.get('date') };
    if (data.get('reasonCode')) body.reasonCode = data.get('reasonCode');
    if (data.get('reason').trim()) body.reason = data.get('reason').trim();
    const strengths = data.get('strengths').split('\n').map((s) => s.trim()).filter(Boolean);
    const view = data.get('employerView').trim();
    const lessons = data.get('lessons').trim();
    if (!debrief.hidden && (view || lessons || strengths.length)) {
      body.debrief = { ...(view && { employerView: view }), ...(strengths.length && { strengths }), ...(lessons && { lessons }) };
    }
    await post(`/api/v1/agreements/${a.id}/events`, body);
    dialog.close();
    if (body.type === 'STOPPED') {
      say('Forløbet er stoppet. Her er nye muligheder for borgeren.');
      location.hash = `#/borgere/${a.citizenId}?stoppet=${encodeURIComponent(a.employer?.name ?? '')}`;
    } else {
      say('Registreret.');
      location.hash = `#/aftaler/${a.id}?t=${Date.now()}`;
    }
  });
  return dialog;
}
