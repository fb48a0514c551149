import { capitalise, h, number } from '../ui.js';
import { label } from '../vocabulary.js';

/** The one thing in Danish: "Kørekort B", "Opgaver tilpasset ingen tunge løft", "Et andet timetal". */
function blockerText(blocker) {
  switch (blocker.kind) {
    case 'QUALIFICATION': return capitalise(label('qualifications', blocker.code));
    case 'ACCOMMODATION': return `Opgaver tilpasset skånehensynet “${label('accommodations', blocker.code)}”`;
    case 'HOURS': return 'Et andet timetal om ugen';
    case 'DISTANCE': return 'Længere transport';
    default: return blocker.kind;
  }
}

/**
 * "Hvad ville åbne flere job?" from GET /citizens/{id}/gaps: the nearby needs one thing keeps from
 * the citizen, grouped by that thing, most task hours first: "Kørekort B ville åbne 3 behov, 26 timer".
 */
export function gapsSection(answer) {
  if (!answer) return null;
  const groups = new Map();
  for (const gap of answer.gaps) {
    const id = `${gap.blocker.kind}/${gap.blocker.code ?? ''}`;
    if (!groups.has(id)) groups.set(id, { blocker: gap.blocker, gaps: [], hours: 0 });
    const group = groups.get(id);
    group.gaps.push(gap);
    group.hours += gap.taskHours;
  }
  const sorted = [...groups.values()].sort((a, b) => b.hours - a.hours || b.gaps.length - a.gaps.length);
  return h('section', { id: 'gaps', 'aria-labelledby': 'gaps-heading' },
    h('h2', { id: 'gaps-heading' }, 'Hvad ville åbne flere job?'),
    sorted.length
      ? [h('p', { class: 'meta' }, 'Åbne behov i nærheden, som kun én ting holder borgeren fra. Timer er opgavernes timer om ugen.'),
        h('ul', { class: 'list gaps' }, sorted.map((group) => h('li', { class: 'card' },
          h('p', { class: 'gap' }, h('strong', {},
            `${blockerText(group.blocker)} ville åbne ${group.gaps.length} behov, ${number(group.hours)} timer`)),
          h('ul', {}, group.gaps.map((gap) => h('li', {},
            h('a', { href: `#/behov/${gap.needId}` }, gap.needTitle || 'Behov'), ` · ${number(gap.taskHours)} timer`))))))]
      : h('p', {}, 'Ingen behov i nærheden mangler kun én ting.'));
}
