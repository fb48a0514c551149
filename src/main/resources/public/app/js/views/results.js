import { get } from '../api.js';
import { barChart } from '../charts.js';
import { capitalise, date, field, h, hours, number, percent, problem, show, today } from '../ui.js';
import { label } from '../vocabulary.js';

/** Said instead of a figure behind too few citizens: never 0, which would be a different claim. */
export const SUPPRESSED = 'For få borgere til at vise tallet';

const key = (figure) => (figure.group ? `${figure.figure}/${figure.group}` : figure.figure);

/** The figure in words: "8 t/uge", "83 %", "47,5", or the suppression sentence. */
function text(figure) {
  if (!figure || figure.suppressed) return SUPPRESSED;
  if (figure.value === null) return '–';
  if (figure.unit === 'SHARE') return percent(figure.value);
  if (figure.unit === 'HOURS_PER_WEEK') return hours(figure.value);
  if (figure.unit === 'DAYS') return `${number(figure.value)} dage`;
  return number(figure.value);
}

const value = (figure) => (!figure || figure.suppressed ? null : figure.value);

/** The same day a year earlier, plus one: the last 12 months, both ends included. */
function yearBefore(day) {
  const start = new Date(`${day}T12:00:00`);
  start.setFullYear(start.getFullYear() - 1);
  start.setDate(start.getDate() + 1);
  return start.toLocaleDateString('sv-SE');
}

/** What the placements achieved in a period (GET /outcomes): a manager's charts and a few plain figures. */
export async function resultsView(params) {
  const to = params?.get('til') || today();
  const from = params?.get('fra') || yearBefore(to);
  const form = h('form', { class: 'period', 'aria-label': 'Periode' },
    h('div', { class: 'period-fields' },
      field('Fra', h('input', { name: 'fra', id: 'period-from', type: 'date', value: from, required: true })),
      field('Til', h('input', { name: 'til', id: 'period-to', type: 'date', value: to, required: true }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Vis perioden')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = `#/resultater?${new URLSearchParams({ fra: data.get('fra'), til: data.get('til') })}`;
  });
  let report;
  try {
    report = await get(`/api/v1/outcomes?${new URLSearchParams({ from, to })}`);
  } catch (error) {
    if (error.status === 401) throw error;
    show('Resultater', h('h1', {}, 'Resultater'), form, problem(error));
    return;
  }
  const figures = Object.fromEntries(report.figures.map((figure) => [key(figure), figure]));
  show('Resultater',
    h('h1', {}, 'Resultater'),
    form,
    h('p', { class: 'meta', id: 'period', 'data-period': `${report.from ?? ''}/${report.to}` },
      `Forløb fra ${date(report.from)} til ${date(report.to)}, beregnet ${date(report.computedOn)}.`
      + ` Tal bag færre end ${report.minimumGroupSize} borgere vises ikke.`),
    report.figures.every((figure) => figure.suppressed)
      ? h('p', { class: 'badge warn note', id: 'all-suppressed' }, 'Der er for få borgere i perioden til at vise'
        + ' nogen af tallene. Vælg en længere periode.') : null,
    placements(figures),
    hoursChart(figures),
    retentionChart(figures),
    reasonsChart(report.figures, figures),
    measuresCharts(figures),
    h('p', { class: 'meta' }, 'Hvert tal er defineret i ', h('a', { href: '/docs/' }, 'API-dokumentationen'),
      ' (GET /api/v1/outcomes).'));
}

function kpi(term, figure, wide) {
  return h('div', { class: wide ? 'kpi wide' : 'kpi' }, h('dt', {}, term),
    h('dd', { 'data-figure': key(figure), class: figure.suppressed ? 'suppressed' : null }, text(figure)));
}

function placements(f) {
  return h('section', { 'aria-labelledby': 'r-placements' },
    h('h2', { id: 'r-placements' }, 'Forløb'),
    h('dl', { class: 'kpis' },
      kpi('Startet i perioden', f.PLACEMENTS_STARTED),
      kpi('Aktive ved periodens slut', f.PLACEMENTS_ACTIVE),
      kpi('Ansat', f.PLACEMENTS_HIRED),
      kpi('Ordinære timer', f.PLACEMENTS_ORDINARY_HOURS),
      kpi('Stoppet', f.PLACEMENTS_STOPPED),
      kpi('Delmål nået', f.CLAUSES_MET_SHARE),
      kpi('Virksomhedsbesøg gennemført', f.VISITS_DONE),
      kpi('Virksomhedsbesøg planlagt', f.VISITS_PLANNED),
      kpi('Dage fra profil til første forløb (median)', f.DAYS_TO_FIRST_PLACEMENT_MEDIAN, true)),
    value(f.VISITS_DONE) !== null && value(f.VISITS_PLANNED)
      ? h('p', { class: 'meta' }, `${percent(f.VISITS_DONE.value / f.VISITS_PLANNED.value)} af de planlagte besøg`
        + ' i forløbenes første seks måneder er gennemført.') : null);
}

/** A chart with its heading and a line saying what it is taken over. */
function chartSection(id, heading, chart, ...notes) {
  return h('section', { class: 'chart-card', 'aria-labelledby': id }, h('h2', { id }, heading), chart,
    notes.filter(Boolean).map((note) => h('p', { class: 'meta' }, note)));
}

const over = (figure, what) => (value(figure) !== null && figure.denominator !== null
  ? `Over ${figure.denominator} ${what}.` : null);

function hoursChart(f) {
  return chartSection('r-hours', 'Timer om ugen: ved start og nu', barChart({
    title: 'Timer om ugen, median, ved start og ved seneste opfølgning',
    bars: [
      { label: 'Ved start', value: value(f.HOURS_AT_START_MEDIAN), text: text(f.HOURS_AT_START_MEDIAN),
        figure: 'HOURS_AT_START_MEDIAN', tone: 'then' },
      { label: 'Nu (seneste opfølgning)', value: value(f.HOURS_LATEST_MEDIAN), text: text(f.HOURS_LATEST_MEDIAN),
        figure: 'HOURS_LATEST_MEDIAN' }],
  }), 'Median for forløb startet i perioden med mindst én opfølgning.', over(f.HOURS_LATEST_MEDIAN, 'forløb'));
}

function retentionChart(f) {
  const months = [3, 6, 12];
  return chartSection('r-retention', 'Stadig i job efter', barChart({
    title: 'Andel stadig i job 3, 6 og 12 måneder efter ansættelse eller ordinære timer',
    max: 1,
    bars: months.map((m) => {
      const figure = f[`RETENTION_${m}_MONTHS`];
      return { label: `${m} måneder`, value: value(figure), text: text(figure), figure: key(figure) };
    }),
  }), 'Andel af forløb, der endte i job i perioden.', over(f.RETENTION_3_MONTHS, 'job efter 3 måneder'));
}

const reasonLabel = (code) => (code === 'UNCODED' ? 'Ansat eller ordinære timer' : capitalise(label('endReasons', code)));

function reasonsChart(all, f) {
  const groups = all.filter((figure) => figure.figure === 'PLACEMENTS_ENDED' && figure.group);
  const shown = groups.filter((figure) => value(figure) !== null && figure.value > 0)
    .sort((a, b) => b.value - a.value);
  const hidden = groups.filter((figure) => figure.suppressed);
  return h('section', { class: 'chart-card', 'aria-labelledby': 'r-reasons' },
    h('h2', { id: 'r-reasons' }, 'Hvorfor forløbene sluttede'),
    h('p', {}, h('strong', {}, 'Afsluttet i perioden: '),
      h('span', { 'data-figure': 'PLACEMENTS_ENDED' }, text(f.PLACEMENTS_ENDED))),
    shown.length ? barChart({
      title: 'Afsluttede forløb efter årsag',
      bars: shown.map((figure) => ({ label: reasonLabel(figure.group), value: figure.value, text: text(figure),
        figure: key(figure) })),
    }) : null,
    hidden.length ? h('p', { class: 'meta', id: 'reasons-suppressed' }, `${SUPPRESSED}: `,
      hidden.map((figure) => reasonLabel(figure.group).toLowerCase()).join(', '), '.') : null);
}

function measuresCharts(f) {
  const pair = (name, first, latest, max) => barChart({
    title: `${name}, gennemsnit ved første og seneste måling`,
    max,
    bars: [
      { label: 'Første måling', value: value(first), text: text(first), figure: key(first), tone: 'then' },
      { label: 'Seneste måling', value: value(latest), text: text(latest), figure: key(latest) }],
  });
  return [
    chartSection('r-who5', 'Trivsel (WHO-5, 0-100)', pair('Trivsel (WHO-5)', f.WHO5_FIRST_MEAN, f.WHO5_LATEST_MEAN, 100),
      'Gennemsnit for forløb startet i perioden.', over(f.WHO5_LATEST_MEAN, 'forløb med WHO-5')),
    chartSection('r-gse', 'Tro på egne evner (GSE, 10-40)', pair('Tro på egne evner (GSE)', f.GSE_FIRST_MEAN,
      f.GSE_LATEST_MEAN, 40), over(f.GSE_LATEST_MEAN, 'forløb med GSE')),
  ];
}
