import { capitalise, h } from '../ui.js';
import { label } from '../vocabulary.js';

// The questionnaires as the citizen answers them: WHO-5 (Sundhedsstyrelsen's Danish wording, the
// last two weeks, 0-5 each, score = sum x 4 = 0-100) and the General Self-Efficacy scale (ten
// items, 1-4 each, score = sum = 10-40). A score is sent only when every item is answered.
const WHO5_ITEMS = [
  'Jeg har været glad og i godt humør',
  'Jeg har følt mig rolig og afslappet',
  'Jeg har følt mig aktiv og energisk',
  'Jeg er vågnet frisk og udhvilet',
  'Min dagligdag har været fyldt med ting, der interesserer mig',
];
const WHO5_SCALE = [[5, 'Hele tiden'], [4, 'Det meste af tiden'], [3, 'Lidt mere end halvdelen af tiden'],
  [2, 'Lidt mindre end halvdelen af tiden'], [1, 'Lidt af tiden'], [0, 'På intet tidspunkt']];
const GSE_ITEMS = [
  'Jeg kan altid klare vanskelige problemer, hvis jeg prøver hårdt nok',
  'Hvis nogen modarbejder mig, kan jeg finde måder og veje til at få det, som jeg vil have',
  'Det er let for mig at holde fast ved mine planer og nå mine mål',
  'Jeg er sikker på, at jeg vil kunne klare uventede hændelser effektivt',
  'Takket være mine evner ved jeg, hvordan jeg skal klare uforudsete situationer',
  'Jeg kan løse de fleste problemer, hvis jeg yder den nødvendige indsats',
  'Jeg kan forholde mig rolig, når jeg står over for vanskeligheder, fordi jeg stoler på mine evner til at klare dem',
  'Når jeg har et problem, kan jeg som regel finde flere løsninger på det',
  'Hvis jeg er i knibe, kan jeg som regel finde en udvej',
  'Uanset hvad der sker, er jeg som regel i stand til at klare det',
];
const GSE_SCALE = [[1, 'Passer slet ikke'], [2, 'Passer dårligt'], [3, 'Passer nogenlunde'], [4, 'Passer præcist']];
const BIP_SCALE = [1, 2, 3, 4, 5];
const BIP_CODES = ['COOPERATION', 'JOB_SEARCH_KNOWLEDGE', 'ENERGY', 'HEALTH', 'ATTENDANCE', 'CONSULTANT_ASSESSMENT'];

/** The three measures, each folded away until needed: most follow-ups record none. */
export function measuresSection() {
  const who5 = questionnaire('who5', 'Trivsel (WHO-5)', 'Inden for de sidste to uger …', WHO5_ITEMS, WHO5_SCALE,
    (sum) => sum * 4, 'ud af 100');
  const gse = questionnaire('gse', 'Tro på egne evner (GSE)', 'Hvor godt passer udsagnene på dig?', GSE_ITEMS, GSE_SCALE,
    (sum) => sum, 'ud af 40');
  const bip = h('details', { class: 'measure', id: 'm-bip' }, h('summary', {}, 'Arbejdsmarkedsparathed (BIP)'),
    h('p', { class: 'meta' }, '1 = lav, 5 = høj. Udfyld de indikatorer, I har talt om.'),
    BIP_CODES.map((code) => h('div', {}, h('label', { for: `bip-${code}` }, capitalise(label('bipIndicators', code))),
      h('select', { id: `bip-${code}`, name: `bip-${code}` }, h('option', { value: '' }, 'Ikke vurderet'),
        BIP_SCALE.map((n) => h('option', { value: n }, String(n)))))));
  return [h('h2', {}, 'Målinger'), h('p', { class: 'meta' }, 'Kan springes over.'), who5.element, gse.element, bip];
}

/** The measures the form holds: a questionnaire's score only when all its items are answered. */
export function readMeasures(data) {
  const measures = {};
  const who5 = score(data, 'who5', WHO5_ITEMS.length);
  if (who5 !== null) measures.who5 = who5 * 4;
  const gse = score(data, 'gse', GSE_ITEMS.length);
  if (gse !== null) measures.gse = gse;
  const bip = {};
  for (const code of BIP_CODES) {
    if (data.get(`bip-${code}`)) bip[code] = Number(data.get(`bip-${code}`));
  }
  if (Object.keys(bip).length) measures.bip = bip;
  return measures;
}

/** Items answered out of all, for the "answer all or none" check before sending. */
export function incomplete(data) {
  return [['who5', WHO5_ITEMS.length, 'WHO-5'], ['gse', GSE_ITEMS.length, 'GSE']]
    .filter(([name, count]) => { const n = answered(data, name, count); return n > 0 && n < count; })
    .map(([, , title]) => title);
}

function questionnaire(name, title, lead, items, scale, toScore, outOf) {
  const total = h('p', { class: 'score', id: `${name}-score`, 'aria-live': 'polite' }, 'Ikke udfyldt.');
  const element = h('details', { class: 'measure', id: `m-${name}` }, h('summary', {}, title),
    h('p', { class: 'meta' }, lead),
    items.map((item, i) => h('fieldset', { class: 'item' }, h('legend', {}, `${i + 1}. ${item}`),
      scale.map(([value, text]) => h('label', { class: 'choice' },
        h('input', { type: 'radio', name: `${name}-${i}`, value }), ` ${text}`)))),
    total);
  element.addEventListener('change', () => {
    const data = new FormData(element.closest('form'));
    const n = answered(data, name, items.length);
    total.textContent = n === items.length ? `Score: ${toScore(score(data, name, items.length))} ${outOf}.`
      : `${n} af ${items.length} besvaret.`;
  });
  return { element };
}

function answered(data, name, count) {
  let n = 0;
  for (let i = 0; i < count; i++) if (data.get(`${name}-${i}`) !== null) n++;
  return n;
}

function score(data, name, count) {
  if (answered(data, name, count) < count) return null;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += Number(data.get(`${name}-${i}`));
  return sum;
}
