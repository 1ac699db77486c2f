// Follow-up leads: what deserves a second look, each with the API's reason in words and links to
// the people, places and evidence it rests on.
import { gql } from '../api.js';
import { h, replace } from '../dom.js';
import { addDays, formatDate } from '../format.js';
import { LEADS } from '../queries.js';
import type { Connection, LeadItem, RelationType } from '../types.js';
import { empty, entityLink, errorBox, evidenceList, isAbort, loading } from './common.js';

interface LeadsData {
  leads: {
    unconfirmedPlans: Connection<LeadItem>;
    singleSource: Connection<LeadItem>;
    risingEntities: Connection<LeadItem>;
    newEntities: Connection<LeadItem>;
  };
}

const GROUPS: Array<{ key: keyof LeadsData['leads']; title: string; intro: string }> = [
  { key: 'unconfirmedPlans', title: 'Planned, not confirmed', intro: 'Trips announced as planned that no later article reports as done.' },
  { key: 'singleSource', title: 'Single-source claims', intro: 'Relations only one publisher reports: look for a second source.' },
  { key: 'risingEntities', title: 'Rising', intro: 'Mentioned in many more articles lately than just before.' },
  { key: 'newEntities', title: 'New names', intro: 'People, organisations and places first seen recently.' },
];

function leadItem(lead: LeadItem): HTMLElement {
  const links = [
    lead.visit?.person,
    lead.visit?.country,
    lead.relation?.source,
    lead.relation?.target,
    lead.entity ?? undefined,
  ].filter((e, i, all): e is NonNullable<typeof e> => !!e && all.findIndex((x) => x?.id === e.id) === i);
  const evidence = (lead.claims ?? []).flatMap((c) => c.evidence);
  return h(
    'li',
    { class: 'lead', 'data-kind': lead.kind },
    h('p', { class: 'reason' }, lead.reason),
    h(
      'div',
      { class: 'lead-links' },
      links.map((e) => entityLink(e, { withType: false })),
      evidence.length ? h('details', null, h('summary', null, `Evidence (${evidence.length})`), evidenceList(evidence)) : null,
    ),
  );
}

export interface LeadsPanelOptions {
  /** The date the windows end on (ISO day). */
  asOf: string;
  signal: AbortSignal;
  /** Per group. */
  first: number;
  /** Show the window and type controls. */
  controls: boolean;
}

export function leadsPanel(options: LeadsPanelOptions): HTMLElement {
  let days = 30;
  let asOf = options.asOf;
  let type: RelationType | '' = '';
  const body = h('div', { class: 'leads-body' });

  const load = async (): Promise<void> => {
    replace(body, loading('leads'));
    try {
      const data = await gql<LeadsData>(LEADS, { since: addDays(asOf, -days), asOf, days, first: options.first, type: type || null }, options.signal);
      replace(
        body,
        GROUPS.map((g) => {
          const conn = data.leads[g.key];
          return h(
            'section',
            { class: 'lead-group', 'data-group': g.key, 'aria-label': g.title },
            h('h3', null, g.title, h('span', { class: 'count' }, ` ${conn.totalCount}`)),
            h('p', { class: 'intro' }, g.intro),
            conn.edges.length ? h('ul', { class: 'leads' }, conn.edges.map((e) => leadItem(e.node))) : empty('Nothing here for this window.'),
            conn.totalCount > conn.edges.length && !options.controls ? h('p', null, h('a', { href: '#/leads' }, `All ${conn.totalCount} →`)) : null,
          );
        }),
      );
    } catch (err) {
      if (isAbort(err)) return;
      replace(body, errorBox(err, () => void load()));
    }
  };

  let controls: HTMLElement | null = null;
  if (options.controls) {
    const daysSelect = h(
      'select',
      { id: 'lead-days' },
      [7, 14, 30, 90, 365].map((d) => h('option', { value: String(d), selected: d === days }, `${d} days`)),
    );
    const asOfInput = h('input', { id: 'lead-asof', type: 'date', value: asOf });
    const typeSelect = h(
      'select',
      { id: 'lead-type' },
      h('option', { value: '' }, 'any relation'),
      (['VISITED', 'MET_WITH', 'PARTNERED_WITH', 'AGREED_WITH', 'ROLE_AT'] as const).map((t) => h('option', { value: t }, t.toLowerCase().replace('_', ' '))),
    );
    daysSelect.addEventListener('change', () => {
      days = Number(daysSelect.value);
      void load();
    });
    asOfInput.addEventListener('change', () => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(asOfInput.value)) {
        asOf = asOfInput.value;
        void load();
      }
    });
    typeSelect.addEventListener('change', () => {
      type = typeSelect.value as RelationType | '';
      void load();
    });
    controls = h(
      'form',
      { class: 'toolbar', onsubmit: (ev: Event) => ev.preventDefault() },
      h('label', null, 'Window ', daysSelect),
      h('label', null, 'ending ', asOfInput),
      h('label', null, 'Single-source: ', typeSelect),
    );
  } else {
    controls = h('p', { class: 'muted' }, `Windows of 30 days ending ${formatDate(asOf)}, the latest article.`);
  }
  void load();
  return h('div', { class: 'leads-panel' }, controls, body);
}
