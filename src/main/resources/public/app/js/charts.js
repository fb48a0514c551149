// Small inline-SVG charts, no library: horizontal bars that fit a phone's width, each with its
// number written beside it, and a <title>/<desc> that say every number to a screen reader.
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const ROW = 46;
const VALUE_ROOM = 78; // room right of the longest bar for its number

let charts = 0;

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) element.setAttribute(name, value);
  }
  element.append(...children.filter((child) => child !== undefined && child !== null));
  return element;
}

/**
 * Horizontal bars, one per row: the row's label above its bar and the number (`text`) right of it.
 * A bar without a value (suppressed, or nothing to show) is drawn as its `text` alone.
 * bars: [{ label, value, text, figure, tone }], `figure` marks the number (data-figure) for tests.
 */
export function barChart({ title, bars, max }) {
  const id = `chart-${++charts}`;
  const top = Math.max(max ?? 0, ...bars.map((bar) => bar.value ?? 0)) || 1;
  const height = bars.length * ROW + 2;
  const description = bars.map((bar) => `${bar.label}: ${bar.text}`).join('. ');
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`, preserveAspectRatio: 'xMinYMin meet' },
  svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, `${description}.`));
  bars.forEach((bar, i) => {
    const y = i * ROW;
    chart.append(svg('text', { x: 0, y: y + 14, class: 'chart-label' }, bar.label));
    if (bar.value === null || bar.value === undefined) {
      chart.append(svg('text', { x: 0, y: y + 34, class: 'chart-none', 'data-figure': bar.figure }, bar.text));
      return;
    }
    const length = Math.max(2, (bar.value / top) * (WIDTH - VALUE_ROOM));
    chart.append(svg('rect', { x: 0, y: y + 20, width: length.toFixed(1), height: 18, rx: 3,
      class: `chart-bar ${bar.tone ?? ''}` }));
    chart.append(svg('text', { x: (length + 6).toFixed(1), y: y + 34, class: 'chart-value', 'data-figure': bar.figure },
      bar.text));
  });
  return chart;
}
