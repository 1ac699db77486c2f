// The visits table: one row per person and country (merged over articles), each row expandable to
// the evidence sentences with their articles. Used by the person view (one row per country) and
// the country view (one row per visitor).
import { h, uid } from '../dom.js';
import { formatDate, plural } from '../format.js';
import type { Status, Visit } from '../types.js';
import { empty, entityLink, evidenceList, statusBadge, themeLink } from './common.js';

export interface VisitsTableOptions {
  /** Which end each row names: the country (person view) or the visitor (country view). */
  subject: 'country' | 'person';
  /** Rows open before rendering (kept across live refreshes). */
  expanded: Set<string>;
  /** Rows to mark as just arrived. */
  fresh?: ReadonlySet<string>;
  caption: string;
}

type Filter = 'ALL' | Status;

export function visitsTable(visits: readonly Visit[], options: VisitsTableOptions): HTMLElement {
  if (visits.length === 0) return empty(options.subject === 'country' ? 'No visits found in the articles so far.' : 'Nobody is reported visiting yet.');
  const rows: Array<{ visit: Visit; row: HTMLTableRowElement; detail: HTMLTableRowElement }> = [];
  const body = h('tbody');
  for (const visit of visits) {
    const detailId = uid('visit');
    const open = options.expanded.has(visit.key);
    const place = options.subject === 'country' ? visit.country : visit.person;
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'toggle',
        'aria-expanded': String(open),
        'aria-controls': detailId,
        'aria-label': `Evidence for ${place.name}: ${plural(visit.evidence.length, 'sentence')}`,
      },
      h('span', { class: 'chev', 'aria-hidden': 'true' }),
      `${visit.evidence.length}`,
    );
    const row = h(
      'tr',
      { class: `visit-row${options.fresh?.has(visit.key) ? ' fresh' : ''}`, 'data-key': visit.key },
      h('th', { scope: 'row' }, entityLink(place), options.fresh?.has(visit.key) ? h('span', { class: 'new-tag' }, 'new') : null),
      h('td', null, statusBadge(visit.status)),
      h('td', { class: 'purposes' }, visit.purposes.length ? visit.purposes.map(themeLink) : h('span', { class: 'muted' }, 'not stated')),
      h('td', { class: 'date' }, h('time', { datetime: visit.firstDate ?? undefined }, formatDate(visit.firstDate))),
      h('td', { class: 'date' }, h('time', { datetime: visit.lastDate ?? undefined }, formatDate(visit.lastDate))),
      h('td', { class: 'num', title: visit.sources.join(', ') || undefined }, String(visit.sourceCount)),
      h('td', { class: 'num' }, String(visit.articleCount)),
      h('td', { class: 'num' }, toggle),
    );
    const detail = h(
      'tr',
      { class: 'detail', id: detailId, hidden: !open },
      h(
        'td',
        { colspan: 8 },
        visit.sources.length ? h('p', { class: 'muted' }, `Reported by ${visit.sources.join(', ')}.`) : null,
        evidenceList(visit.evidence),
      ),
    );
    toggle.addEventListener('click', () => {
      const nowOpen = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(nowOpen));
      detail.hidden = !nowOpen;
      if (nowOpen) options.expanded.add(visit.key);
      else options.expanded.delete(visit.key);
    });
    rows.push({ visit, row, detail });
    body.append(row, detail);
  }

  const table = h(
    'table',
    { class: 'visits' },
    h('caption', { class: 'sr-only' }, options.caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, options.subject === 'country' ? 'Country' : 'Visitor'),
        h('th', { scope: 'col' }, 'Status'),
        h('th', { scope: 'col' }, 'Purposes'),
        h('th', { scope: 'col' }, 'First'),
        h('th', { scope: 'col' }, 'Last'),
        h('th', { scope: 'col', class: 'num', title: 'Independent sources: distinct publishers' }, 'Sources'),
        h('th', { scope: 'col', class: 'num' }, 'Articles'),
        h('th', { scope: 'col', class: 'num' }, 'Evidence'),
      ),
    ),
    body,
  );

  const counts: Record<Filter, number> = {
    ALL: visits.length,
    REPORTED: visits.filter((v) => v.status === 'REPORTED').length,
    PLANNED: visits.filter((v) => v.status === 'PLANNED').length,
  };
  const filterButtons = (['ALL', 'REPORTED', 'PLANNED'] as const).map((f) =>
    h('button', { type: 'button', class: 'seg', 'aria-pressed': String(f === 'ALL'), 'data-filter': f }, `${f === 'ALL' ? 'All' : f === 'REPORTED' ? 'Reported' : 'Planned'} (${counts[f]})`),
  );
  for (const button of filterButtons) {
    button.addEventListener('click', () => {
      const f = button.dataset['filter'] as Filter;
      for (const b of filterButtons) b.setAttribute('aria-pressed', String(b === button));
      for (const r of rows) {
        const show = f === 'ALL' || r.visit.status === f;
        r.row.hidden = !show;
        r.detail.hidden = !show || !options.expanded.has(r.visit.key);
      }
    });
  }
  const filters = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Show visits' }, filterButtons);
  return h('div', { class: 'visits-wrap' }, counts.PLANNED > 0 && counts.REPORTED > 0 ? filters : null, h('div', { class: 'table-scroll' }, table));
}
