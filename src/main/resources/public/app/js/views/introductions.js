import { get, post } from '../api.js';
import { capitalise, field, h, hours, onSubmit, say } from '../ui.js';
import { label } from '../vocabulary.js';

/** An introduction's status in words (statuses are not in /vocabularies). */
const STATUS = {
  PROPOSED: { label: 'Afventer svar', css: 'warn' },
  ACCEPTED: { label: 'Ja tak', css: 'ok' },
  DECLINED: { label: 'Nej tak', css: 'full' },
};

/**
 * "Præsentér for virksomheden" on a match card: proposes the citizen by name to the need's employer,
 * with the carved tasks and an optional note, then shows the need's page where the answer will come.
 */
export function introduceForm(match, id) {
  const form = h('form', { class: 'introduce', 'aria-labelledby': id },
    field('Besked til virksomheden (valgfri)', h('textarea', { name: 'note', id: `${id}-note`, maxlength: 2000, rows: 2 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', 'aria-describedby': id }, 'Præsentér for virksomheden')));
  return onSubmit(form, async (data) => {
    const note = data.get('note').trim();
    await post(`/api/v1/needs/${match.needId}/introductions`, { citizenId: match.citizenId,
      taskIds: match.matchedTaskIds, ...(note ? { note } : {}) });
    say('Borgeren er præsenteret for virksomheden.');
    location.hash = `#/behov/${match.needId}`;
  });
}

/**
 * The need's introductions with status and answer. The employer sees the named citizen, the tasks,
 * the hours and the accommodations as sentences, and answers with "Ja tak" or "Nej tak" (with a
 * reason); a consultant may answer on the employer's behalf. Empty for callers who may not see them.
 */
export async function introductionsSection(needId, rerender) {
  const list = await get(`/api/v1/needs/${needId}/introductions`).catch(() => null);
  if (!list) return null;
  return h('section', { 'aria-labelledby': 'introductions' },
    h('h2', { id: 'introductions' }, 'Præsentationer'),
    list.items.length ? h('ul', { class: 'list' }, list.items.map((item, i) => introductionCard(item, i, rerender)))
      : h('p', {}, 'Ingen borgere er præsenteret for virksomheden endnu.'));
}

function introductionCard(item, index, rerender) {
  const id = `introduction-${index + 1}`;
  const status = STATUS[item.status] ?? { label: item.status, css: '' };
  return h('li', { class: 'card introduction', 'data-status': item.status },
    h('h3', { id }, item.displayName || 'Borger', ' ', h('span', { class: `badge ${status.css}` }, status.label)),
    h('p', {}, h('strong', {}, 'Opgaver: '), item.tasks.map((t) => `${t.title} (${hours(t.hoursPerWeek)})`).join(', ')),
    h('p', {}, h('strong', {}, 'Timer: '), hours(item.hoursPerWeek)),
    item.accommodationText.length ? [h('h4', {}, 'Hensyn'), h('ul', {}, item.accommodationText.map((s) => h('li', {}, s)))]
      : h('p', { class: 'meta' }, 'Ingen særlige hensyn.'),
    item.note ? h('p', { class: 'note' }, h('strong', {}, 'Fra jobcentret: '), item.note) : null,
    answerText(item),
    item.status === 'PROPOSED' ? answerButtons(item, id, rerender) : null);
}

function answerText(item) {
  if (item.status === 'PROPOSED') return null;
  const reason = item.reasonCode ? ` – ${label('declineReasons', item.reasonCode)}` : '';
  return h('p', { class: 'answer' }, h('strong', {}, 'Svar: '), `${STATUS[item.status]?.label ?? item.status}${reason}`,
    item.comment ? `. ${capitalise(item.comment)}` : '');
}

/** "Ja tak" answers at once; "Nej tak" opens a small form that asks why. */
function answerButtons(item, id, rerender) {
  const decline = h('form', { class: 'decline', hidden: true, 'aria-labelledby': id },
    field('Hvorfor ikke?', h('select', { name: 'reasonCode', id: `${id}-reason`, required: true },
      h('option', { value: '' }, 'Vælg en årsag'),
      ['TASKS_NOT_SUITABLE', 'HOURS_DO_NOT_FIT', 'ACCOMMODATIONS_NOT_POSSIBLE', 'NO_TIME_TO_TRAIN', 'NEED_COVERED', 'OTHER']
        .map((code) => h('option', { value: code }, capitalise(label('declineReasons', code)))))),
    field('Kommentar (valgfri)', h('textarea', { name: 'comment', id: `${id}-comment`, maxlength: 2000, rows: 2 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', 'aria-describedby': id }, 'Send afslag')));
  onSubmit(decline, async (data) => {
    const comment = data.get('comment').trim();
    await post(`/api/v1/introductions/${item.id}/response`, { decision: 'DECLINED', reasonCode: data.get('reasonCode'),
      ...(comment ? { comment } : {}) });
    say('Afslaget er sendt.');
    await rerender();
  });
  const accept = h('form', { class: 'accept', 'aria-labelledby': id },
    h('div', { class: 'actions' },
      h('button', { type: 'submit', 'aria-describedby': id }, 'Ja tak'),
      h('button', { type: 'button', class: 'secondary', 'aria-describedby': id,
        onclick: () => { decline.hidden = false; decline.querySelector('select').focus(); } }, 'Nej tak')));
  onSubmit(accept, async () => {
    await post(`/api/v1/introductions/${item.id}/response`, { decision: 'ACCEPTED' });
    say('Tak – jobcentret kontakter jer om en aftale.');
    await rerender();
  });
  return [accept, decline];
}
