// Theme trends as a small inline-SVG line chart (mentions per theme per week or month), with a
// legend that links to each theme and the numbers as a table for screen readers.
import { gql } from '../api.js';
import { h, replace, svg } from '../dom.js';
import { formatDate } from '../format.js';
import { THEME_TRENDS } from '../queries.js';
import { entityHref } from '../routes.js';
import type { ThemeTrend } from '../types.js';
import { empty, errorBox, isAbort, loading } from './common.js';

/** Okabe–Ito based: distinguishable with common colour-vision deficiencies, dark enough on white. */
const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8A6D00', '#3B8BC2', '#6A3D9A', '#4D4D4D'];

const W = 720;
const H = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 30 };

function niceMax(n: number): number {
  if (n <= 4) return Math.max(1, n);
  const mag = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * mag >= n) return step * mag;
  return 10 * mag;
}

export function trendChart(trends: readonly ThemeTrend[], title: string, maxSeries = 6): HTMLElement {
  const series = trends.filter((t) => t.mentionCount > 0).slice(0, maxSeries);
  const first = series[0];
  if (!first) return empty('No theme mentions in this period.');
  const periods = first.points;
  const max = niceMax(Math.max(...series.flatMap((s) => s.points.map((p) => p.mentions))));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number): number => PAD.left + (periods.length === 1 ? innerW / 2 : (i / (periods.length - 1)) * innerW);
  const y = (v: number): number => PAD.top + innerH - (v / max) * innerH;

  const grid = [0, max / 2, max].map((v) =>
    svg(
      'g',
      { class: 'grid' },
      svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }),
      svg('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, Number.isInteger(v) ? String(v) : v.toFixed(1)),
    ),
  );
  const labelEvery = Math.max(1, Math.ceil(periods.length / 7));
  const xLabels = periods.map((p, i) =>
    i % labelEvery === 0 || i === periods.length - 1
      ? svg('text', { x: x(i), y: H - 8, 'text-anchor': i === 0 ? 'start' : i === periods.length - 1 ? 'end' : 'middle', class: 'xlabel' }, p.period)
      : null,
  );
  const lines = series.map((s, si) => {
    const color = COLORS[si % COLORS.length]!;
    const d = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.mentions).toFixed(1)}`).join(' ');
    return svg(
      'g',
      { class: 'series', 'data-theme': s.theme.code ?? s.theme.id },
      svg('path', { d, fill: 'none', stroke: color, 'stroke-width': 2.25, 'stroke-linejoin': 'round' }),
      periods.length <= 60
        ? s.points.map((p, i) =>
            p.mentions > 0
              ? svg('circle', { cx: x(i), cy: y(p.mentions), r: 3.2, fill: color }, svg('title', null, `${s.theme.name}, ${p.period}: ${p.mentions} mentions in ${p.articles} articles`))
              : null,
          )
        : null,
    );
  });
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `${title}: mentions per period for ${series.map((s) => s.theme.name).join(', ')}` },
    grid,
    xLabels,
    lines,
  );
  const legend = h(
    'ul',
    { class: 'legend' },
    series.map((s, si) =>
      h(
        'li',
        null,
        h('span', { class: 'swatch', style: `background:${COLORS[si % COLORS.length]}`, 'aria-hidden': 'true' }),
        h('a', { href: entityHref({ id: s.theme.id, type: 'THEME' }) }, s.theme.name),
        h('span', { class: 'muted' }, ` ${s.mentionCount}`),
      ),
    ),
  );
  const table = h(
    'details',
    { class: 'data-table' },
    h('summary', null, 'Show the numbers'),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        null,
        h('caption', { class: 'sr-only' }, `${title}: mentions per period`),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Period'), series.map((s) => h('th', { scope: 'col', class: 'num' }, s.theme.name)))),
        h(
          'tbody',
          null,
          periods.map((p, i) => h('tr', null, h('th', { scope: 'row' }, p.period), series.map((s) => h('td', { class: 'num' }, String(s.points[i]?.mentions ?? 0))))),
        ),
      ),
    ),
  );
  return h('figure', { class: 'trend' }, chart, h('figcaption', null, legend), table);
}

export interface TrendsPanelOptions {
  from: string;
  to: string;
  entity?: string;
  themes?: string[];
  title: string;
  maxSeries?: number;
  signal: AbortSignal;
}

/** A chart that loads itself, with a week / month switch. */
export function trendsPanel(options: TrendsPanelOptions): HTMLElement {
  const spanDays = (Date.parse(options.to) - Date.parse(options.from)) / 86_400_000;
  let interval: 'WEEK' | 'MONTH' = spanDays > 180 ? 'MONTH' : 'WEEK';
  const body = h('div', { class: 'trend-body' });
  const buttons = (['WEEK', 'MONTH'] as const).map((iv) =>
    h('button', { type: 'button', class: 'seg', 'aria-pressed': String(iv === interval), 'data-interval': iv }, iv === 'WEEK' ? 'Weekly' : 'Monthly'),
  );
  const load = async (): Promise<void> => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['interval'] === interval));
    replace(body, loading('trends'));
    try {
      const data = await gql<{ themeTrends: ThemeTrend[] }>(
        THEME_TRENDS,
        { from: options.from, to: options.to, interval, entity: options.entity ?? null, themes: options.themes ?? null },
        options.signal,
      );
      replace(body, trendChart(data.themeTrends, options.title, options.maxSeries));
    } catch (err) {
      if (isAbort(err)) return;
      replace(body, errorBox(err, () => void load()));
    }
  };
  for (const b of buttons) {
    b.addEventListener('click', () => {
      interval = b.dataset['interval'] as 'WEEK' | 'MONTH';
      void load();
    });
  }
  void load();
  return h(
    'div',
    { class: 'trends' },
    h(
      'div',
      { class: 'toolbar' },
      h('span', { class: 'muted' }, `${formatDate(options.from)} – ${formatDate(options.to)}`),
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Period' }, buttons),
    ),
    body,
  );
}
