import { call, get, post } from '../api.js';
import { capitalise, date, h, hours, number, problem, say, show, today } from '../ui.js';
import { AGREEMENT_STATUS, PARTY, label } from '../vocabulary.js';
import { endButton } from './ending.js';

const CLAUSE_STATE = { UPCOMING: 'Kommende', NO_FOLLOW_UP: 'Ikke fulgt op', MET: 'Nået', BEHIND: 'Bagud' };

/** An arbejdsaftale: its terms, approvals by the three parties, the document, and progress. */
export async function agreementView(id) {
  const a = await get(`/api/v1/agreements/${id}`);
  const followed = a.status === 'ACTIVE' || AFTER_HIRING.has(a.status);
  const progress = followed ? await get(`/api/v1/agreements/${id}/progress`) : null;
  const amended = pending(a);
  const aftercareOpen = progress?.aftercare && !progress.aftercare.employmentEnded && today() <= progress.aftercare.endDate;
  show('Arbejdsaftale',
    h('h1', {}, 'Arbejdsaftale'),
    h('p', {}, h('span', { class: 'badge' }, `Status: ${AGREEMENT_STATUS[a.status] ?? a.status}`), ` Version ${a.version}`,
      amended ? ` (til godkendelse) · version ${a.inForceVersion} gælder` : ''),
    h('p', { class: 'meta' }, `${a.citizen?.name ?? 'Borger'} hos ${a.employer?.name ?? 'virksomheden'}`),
    a.status === 'EXPIRED' ? h('p', { class: 'badge warn note' },
      'Udkastet blev ikke godkendt i tide og er udløbet. Pladsen og borgerens timer er givet fri.') : null,
    amended ? amendmentNote(a) : null,
    h('div', { class: 'actions' },
      a.status === 'ACTIVE' ? h('a', { class: 'button', href: `#/aftaler/${id}/opfoelgning` }, 'Registrér opfølgning') : null,
      aftercareOpen ? h('a', { class: 'button', href: `#/aftaler/${id}/opfoelgning` }, 'Registrér efterværn') : null,
      a.status === 'ACTIVE' && !amended && progress?.lastFollowUpDate ? replanButton(a) : null,
      endButton(a)),
    progress ? progressSection(progress, amended && a.inForceVersion) : null,
    amended ? h('h2', { class: 'version' }, `Ændringen: version ${a.version}`) : null,
    amended ? terms(a, 'h3', ` i version ${a.version}`) : terms(a),
    approvals(a, amended),
    h('h2', {}, 'Dokument'), documentActions(id),
    a.status === 'DRAFT' ? deleteDraft(a) : null);
}

/** An ACTIVE agreement with a newer version than the one all three approved: an amendment awaiting approval. */
const AFTER_HIRING = new Set(['HIRED', 'ORDINARY_HOURS']);

export const pending = (a) => a.status === 'ACTIVE' && a.inForceVersion !== undefined && a.inForceVersion !== a.version;

/** Start, tasks, accommodations and plan of one version; level is the heading level (h2, or h3 inside a version). */
function terms(a, level = 'h2', suffix = '') {
  return [h('p', {}, `Start ${date(a.startDate)} med ${hours(a.hoursPerWeek)}`
      + (a.effectivenessPercent ? ` ved ${a.effectivenessPercent} % effektivitet.` : '.')),
    h(level, {}, 'Opgaver'), tasks(a.tasks),
    a.accommodationText?.length ? [h(level, {}, 'Skånehensyn'), h('ul', {}, a.accommodationText.map((t) => h('li', {}, t)))] : null,
    h(level, {}, 'Progression'), clauses(a.progression, suffix)].flat();
}

/** Says the amendment awaits approval, and shows the version in force on request (GET /versions/{n}). */
function amendmentNote(a) {
  const n = a.inForceVersion;
  const frame = h('div', { id: 'in-force' });
  const toggle = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': 'in-force',
    onclick: async () => {
      if (toggle.getAttribute('aria-expanded') === 'true') {
        frame.replaceChildren();
        toggle.setAttribute('aria-expanded', 'false');
        toggle.textContent = `Vis gældende version ${n}`;
        return;
      }
      try {
        const old = await get(`/api/v1/agreements/${a.id}/versions/${n}`);
        frame.replaceChildren(h('section', { class: 'in-force', 'aria-labelledby': 'in-force-h' },
          h('h2', { id: 'in-force-h' }, `Gældende: version ${n}`), terms(old, 'h3', ` i version ${n}`)));
        toggle.setAttribute('aria-expanded', 'true');
        toggle.textContent = `Skjul version ${n}`;
      } catch (error) {
        frame.replaceChildren(problem(error));
      }
    } }, `Vis gældende version ${n}`);
  return h('div', { class: 'amendment' },
    h('p', { class: 'badge warn note' }, h('strong', {}, 'Ændring afventer godkendelse. '),
      `Version ${a.version} skal godkendes af borger, arbejdsgiver og konsulent. Indtil da gælder version ${n}`
      + ', og opfølgning sker efter den.'),
    h('div', { class: 'actions' }, toggle), frame);
}

function progressSection(progress, inForce) {
  if (progress.aftercare) return [aftercareSection(progress.aftercare), measuresSection(progress.measures)];
  return [h('h2', {}, 'Opfølgning'),
    inForce ? h('p', { class: 'meta' }, `Efter version ${inForce}, som gælder.`) : null,
    h('p', {}, `Næste opfølgning: ${date(progress.nextFollowUpDate)}. `,
      progress.dueForFollowUp ? h('span', { class: 'badge warn' }, '⚠ Opfølgning er forfalden') : null),
    progress.behindPlan ? h('p', { class: 'badge warn' }, '⚠ Bagud i forhold til planen') : h('p', { class: 'badge ok' }, 'Følger planen'),
    progress.lastFollowUpDate ? h('p', { class: 'meta' }, `Sidst fulgt op ${date(progress.lastFollowUpDate)}.`) : null,
    h('ul', {}, progress.clauses.map((c) => h('li', {}, `${date(c.dueDate)}: ${hours(c.plannedHoursPerWeek)} planlagt`
      + (c.actualHoursPerWeek !== undefined ? `, ${hours(c.actualHoursPerWeek)} faktisk` : '') + ` – ${CLAUSE_STATE[c.state]}`))),
    visitsLine(progress.visits), measuresSection(progress.measures)];
}

/** "Besøg 2 af 4": workplace visits done of those planned in the first six months. */
function visitsLine(visits) {
  if (!visits) return null;
  return h('p', { class: 'visits' }, h('strong', {}, `Besøg ${visits.done} af ${visits.planned}`),
    ' på arbejdspladsen i de første seks måneder. ',
    visits.onPace ? h('span', { class: 'badge ok' }, 'Følger planen') : h('span', { class: 'badge warn' }, '⚠ Besøg bagud'));
}

/** WHO-5 and GSE first and latest, so the consultant sees the direction at a glance. */
function measuresSection(measures) {
  const rows = [['Trivsel (WHO-5)', measures?.who5, 100], ['Tro på egne evner (GSE)', measures?.gse, 40]]
    .filter(([, pair]) => pair?.first !== undefined);
  if (!rows.length) return null;
  return h('div', {}, h('h3', {}, 'Målinger'), h('ul', { class: 'measures' }, rows.map(([name, pair, max]) => h('li', {},
    `${name}: ${pair.first} ved første måling, ${pair.latest} senest (af ${max}).`))));
}

/** Efterværn after hiring: the tapering dates and what was recorded against them. */
function aftercareSection(aftercare) {
  return h('section', { 'aria-label': 'Efterværn' }, h('h2', {}, 'Efterværn'),
    h('p', { class: 'meta' }, `Fra ${date(aftercare.startDate)} til ${date(aftercare.endDate)}.`),
    aftercare.employmentEnded ? h('p', { class: 'badge warn note' }, `Ansættelsen ophørte ${date(aftercare.employmentEnded)}.`) : null,
    aftercare.stillEmployed === undefined ? null : h('p', {}, aftercare.stillEmployed
      ? h('span', { class: 'badge ok' }, 'Stadig ansat ved seneste efterværn') : h('span', { class: 'badge warn' }, '⚠ Ikke længere ansat')),
    h('ul', { class: 'aftercare' }, aftercare.dates.map((d) => h('li', {}, `${date(d.date)}: `
      + (d.done ? 'gennemført' : d.date < today() ? 'mangler' : 'planlagt')))));
}

/** Re-plan the steps after today from what was measured; the new version goes to the three parties. */
function replanButton(a) {
  const slot = h('div');
  const button = h('button', { type: 'button', class: 'secondary', onclick: async () => {
    button.disabled = true;
    try {
      const next = await post(`/api/v1/agreements/${a.id}/replan`);
      say(`Planen er lagt om i version ${next.version}. Den skal godkendes af alle tre.`);
      await agreementView(a.id);
    } catch (error) {
      button.disabled = false;
      slot.replaceChildren(problem(error));
    }
  } }, 'Planlæg igen ud fra målingerne');
  return h('span', {}, button, slot);
}

/** Each task with its hour type, and in the kombi model (praktik and paid tasks) the split in hours. */
function tasks(list) {
  const byType = new Map();
  for (const t of list) byType.set(t.hourType, (byType.get(t.hourType) ?? 0) + (t.hoursPerWeek ?? 0));
  const kombi = byType.has('PRAKTIK') && byType.size > 1;
  return [h('ul', { class: 'tasks' }, list.map((t) => h('li', {}, t.title + (t.hoursPerWeek ? ` (${hours(t.hoursPerWeek)})` : ''),
    ' · ', h('span', { class: 'hour-type' }, capitalise(label('hourTypes', t.hourType)))))),
    kombi ? h('p', { class: 'meta' }, `Kombi-model: ${[...byType].map(([type, sum]) => `${label('hourTypes', type)} ${hours(sum)}`)
      .join(', ')}.`) : null];
}

/** The planned steps; praktik and løn split each step's hours (the kombi model's move to pay). */
function clauses(progression, suffix = '') {
  return h('table', { class: 'clauses' }, h('caption', { class: 'visually-hidden' }, `Planlagte trin${suffix}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Fra'), h('th', { scope: 'col' }, 'Timer'),
      h('th', { scope: 'col' }, 'Praktik'), h('th', { scope: 'col' }, 'Løn'), h('th', { scope: 'col' }, 'Effektivitet'))),
    h('tbody', {}, progression.map((c) => {
      const paid = c.paidHoursPerWeek ?? 0;
      return h('tr', {}, h('td', {}, date(c.dueDate)), h('td', {}, hours(c.hoursPerWeek)),
        h('td', {}, number(Math.max(0, c.hoursPerWeek - paid))), h('td', {}, number(paid)),
        h('td', {}, `${c.effectivenessPercent} %`));
    })));
}

/**
 * Each party approves the current version; the third approval makes a draft ACTIVE, or an amendment
 * (a newer version of an ACTIVE agreement) the version in force.
 */
function approvals(a, amended) {
  const done = new Set((a.approvals ?? []).map((x) => x.party));
  const slot = h('div');
  const items = Object.entries(PARTY).map(([party, name]) => h('li', {}, done.has(party)
    ? `✓ Godkendt af ${name}`
    : a.status === 'DRAFT' || amended
      ? h('button', { type: 'button', class: 'secondary', onclick: () => approve(a, party, slot) }, `Godkend som ${name}`)
      : `Ikke godkendt af ${name}`));
  return [h('h2', {}, amended ? `Godkendelser af version ${a.version}` : 'Godkendelser'), slot,
    h('ul', { class: 'list approvals' }, items)];
}

async function approve(a, party, slot) {
  const id = a.id;
  try {
    const after = await post(`/api/v1/agreements/${id}/approvals`, { party });
    say(pending(a) && !pending(after) ? `Ændringen er godkendt af alle. Version ${after.version} gælder nu.`
      : after.status === 'ACTIVE' && a.status === 'DRAFT' ? 'Aftalen er godkendt af alle og nu aktiv.'
        : `Godkendt som ${PARTY[party]}.`);
    await agreementView(id);
  } catch (error) {
    slot.replaceChildren(problem(error));
  }
}

/** "Slet udkast", then a confirm step; deleting gives the place and the citizen's hours back and shows the need. */
function deleteDraft(a) {
  const box = h('div');
  const first = h('button', { type: 'button', class: 'danger', onclick: () => {
    box.replaceChildren(confirm);
    cancel.focus();
  } }, 'Slet udkast');
  const slot = h('div');
  const yes = h('button', { type: 'button', class: 'danger sure', onclick: async () => {
    yes.disabled = true;
    try {
      await call(`/api/v1/agreements/${a.id}`, { method: 'DELETE' });
      say('Udkastet er slettet.');
      location.replace(`#/behov/${a.needId}`);
    } catch (error) {
      yes.disabled = false;
      slot.replaceChildren(problem(error.status === 409
        ? { message: 'Aftalen er ikke længere et udkast og kan ikke slettes. Genindlæs siden.' } : error));
    }
  } }, 'Ja, slet udkastet');
  const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => {
    box.replaceChildren(first);
    first.focus();
  } }, 'Fortryd');
  const confirm = h('div', { class: 'confirm', role: 'group', 'aria-labelledby': 'delete-q' },
    h('p', { id: 'delete-q' }, h('strong', {}, 'Slet udkastet?'),
      ' Pladsen i behovet og borgerens timer bliver givet fri. Det kan ikke fortrydes.'),
    slot, h('div', { class: 'actions' }, yes, cancel));
  box.append(first);
  return h('div', { class: 'actions' }, box);
}

function documentActions(id) {
  const frame = h('div');
  // A failed download shows why where the document would have been.
  const action = (text, run) => h('button', { type: 'button', class: 'secondary', onclick: () =>
    run().catch((error) => frame.replaceChildren(problem(error))) }, text);
  const read = action('Vis dokument', async () => {
    const html = await call(`/api/v1/agreements/${id}`, { accept: 'text/html' });
    frame.replaceChildren(h('iframe', { class: 'document', title: 'Arbejdsaftalen som dokument', sandbox: '', srcdoc: html }));
  });
  const pdf = action('Hent PDF', async () => {
    const blob = await call(`/api/v1/agreements/${id}`, { accept: 'application/pdf' });
    const link = h('a', { href: URL.createObjectURL(blob), download: `arbejdsaftale-${id}.pdf` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    say('PDF hentet.');
  });
  return [h('div', { class: 'actions' }, read, pdf), frame];
}
