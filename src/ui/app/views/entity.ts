// Entity pages: a person (visits first), a country (who came, for what, with whom), an
// organisation, a theme, a city or region. One query per page; live claims refresh it in place.
import { gql } from '../api.js';
import { empty, entityLink, errorBox, isAbort, loading, section, stat, typeBadge } from '../components/common.js';
import { trendsPanel } from '../components/chart.js';
import { articleList, relationGroups, rolesList, timelineList } from '../components/relations.js';
import { visitsTable } from '../components/visits.js';
import { h, replace } from '../dom.js';
import { formatDate, isoDay, plural, relationVerb } from '../format.js';
import type { AddedClaim } from '../live.js';
import { COUNTRY_BY_CODE, ENTITY_PROFILE } from '../queries.js';
import { entityHref, href, kindOf, type EntityKind } from '../routes.js';
import type { EntityProfile, EntityRef, Involvement, Visit } from '../types.js';
import type { ViewContext } from '../view.js';
import { notFoundView } from './not-found.js';

interface PageState {
  expanded: Set<string>;
  fresh: Set<string>;
}

function header(e: EntityProfile): HTMLElement {
  const theme = e.__typename === 'Theme';
  return h(
    'header',
    { class: 'profile-head' },
    h('p', { class: 'kicker' }, typeBadge(e.type), e.code && !theme ? h('span', { class: 'code' }, e.code) : null),
    h('h1', { tabindex: -1 }, e.name),
    e.nameId ? h('p', { class: 'aliases', lang: 'id' }, h('span', { class: 'muted', lang: 'en' }, 'Indonesian: '), e.nameId) : null,
    e.broader ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Part of '), entityLink({ id: e.broader.id, name: e.broader.name, type: 'THEME' })) : null,
    e.aliases.length ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also written: '), e.aliases.join(' · ')) : null,
    h(
      'dl',
      { class: 'stats' },
      stat('Mentions', String(e.mentionCount)),
      stat('Articles', String(e.articleCount)),
      stat('First seen', formatDate(e.firstSeen)),
      stat('Last seen', formatDate(e.lastSeen)),
    ),
    theme ? null : h('p', { class: 'actions' }, h('a', { class: 'button', href: href({ name: 'graph', id: e.id }) }, 'Network graph')),
  );
}

function involvementTable(items: readonly Involvement[]): HTMLElement {
  if (items.length === 0) return empty('No organisations linked to these visits yet.');
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'plain' },
      h('caption', { class: 'sr-only' }, 'Organisations involved in visits'),
      h(
        'thead',
        null,
        h('tr', null, h('th', { scope: 'col' }, 'Organisation'), h('th', { scope: 'col' }, 'How'), h('th', { scope: 'col' }, 'Visitors'), h('th', { scope: 'col', class: 'num' }, 'Visit articles')),
      ),
      h(
        'tbody',
        null,
        items.map((i) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, entityLink(i.organization)),
            h('td', null, i.via.includes('CLAIM') ? h('span', { class: 'status status-reported' }, 'met / deal') : h('span', { class: 'muted' }, 'mentioned')),
            h('td', null, i.visitors.map((v, n) => [n > 0 ? ', ' : '', entityLink(v)])),
            h('td', { class: 'num' }, String(i.articleCount)),
          ),
        ),
      ),
    ),
  );
}

/** A chart of the themes in articles mentioning the entity, over the span it was seen. */
function themesSection(e: EntityProfile, signal: AbortSignal, title: string): HTMLElement | null {
  const from = isoDay(e.firstSeen);
  const to = isoDay(e.lastSeen);
  if (!from || !to) return null;
  const theme = e.__typename === 'Theme';
  return section(
    title,
    { id: 'themes' },
    trendsPanel({
      from,
      to,
      entity: theme ? undefined : e.id,
      themes: theme && e.code ? [e.code] : undefined,
      title,
      maxSeries: theme ? 1 : 6,
      signal,
    }),
  );
}

function sections(e: EntityProfile, state: PageState, signal: AbortSignal): HTMLElement[] {
  const out: Array<HTMLElement | null> = [];
  const timeline = section('Timeline', { id: 'timeline', count: e.timeline.totalCount }, timelineList(e.timeline));
  const articles = section('Articles', { id: 'articles', count: e.articles.totalCount }, articleList(e.articles));
  switch (e.__typename) {
    case 'Person': {
      const visits = e.visits ?? [];
      out.push(
        section(
          'Visits',
          { id: 'visits', count: visits.length, intro: 'One row per country, merged over every article. Sources are distinct publishers. Open a row for the sentences.' },
          visitsTable(visits, { subject: 'country', expanded: state.expanded, fresh: state.fresh, caption: `Countries ${e.name} visited or plans to visit` }),
        ),
        h(
          'div',
          { class: 'two-col' },
          section('Roles', { id: 'roles', count: e.roles.length }, rolesList(e.roles, 'held')),
          section('Meetings and relations', { id: 'relations' }, relationGroups(e.relations, ['VISITED', 'ROLE_AT'])),
        ),
        timeline,
        themesSection(e, signal, `Themes in articles about ${e.name}`),
        articles,
      );
      break;
    }
    case 'Country': {
      const visitors = e.visitors?.edges.map((v) => v.node) ?? [];
      out.push(
        section(
          'Who visited',
          { id: 'visits', count: e.visitors?.totalCount ?? 0, intro: `One row per visitor: what for, when, and on how many independent sources.` },
          visitsTable(visitors, { subject: 'person', expanded: state.expanded, fresh: state.fresh, caption: `People who visited or plan to visit ${e.name}` }),
        ),
        section(
          'Organisations involved',
          { id: 'organisations', count: e.organizations?.totalCount ?? 0, intro: 'Met, partnered or agreed with a visitor in a visit article, or mentioned in one.' },
          involvementTable(e.organizations?.edges.map((o) => o.node) ?? []),
        ),
        section('Relations', { id: 'relations' }, relationGroups(e.relations, ['VISITED'])),
        timeline,
        articles,
      );
      break;
    }
    case 'Organization':
      out.push(
        h(
          'div',
          { class: 'two-col' },
          section('People', { id: 'people', count: e.roleHolders.length }, rolesList(e.roleHolders, 'holders')),
          section('Relations', { id: 'relations' }, relationGroups(e.relations, ['ROLE_AT'])),
        ),
        e.roles.length ? section('Roles held', { id: 'roles' }, rolesList(e.roles, 'held')) : null,
        timeline,
        themesSection(e, signal, `Themes in articles about ${e.name}`),
        articles,
      );
      break;
    case 'Theme':
      out.push(
        themesSection(e, signal, `Mentions of ${e.name}`),
        section('Visits and meetings about this theme', { id: 'timeline', count: e.timeline.totalCount }, timelineList(e.timeline)),
        articles,
      );
      break;
    default:
      out.push(
        e.roleHolders.length ? section('People', { id: 'people' }, rolesList(e.roleHolders, 'holders')) : null,
        section('Relations', { id: 'relations' }, relationGroups(e.relations)),
        timeline,
        articles,
      );
  }
  return out.filter((s): s is HTMLElement => s !== null);
}

function visitKeys(e: EntityProfile): Set<string> {
  const visits: Visit[] = e.visits ?? e.visitors?.edges.map((v) => v.node) ?? [];
  return new Set(visits.map((v) => v.key));
}

async function resolveCountryCode(ctx: ViewContext, code: string): Promise<boolean> {
  const data = await gql<{ country: EntityRef | null }>(COUNTRY_BY_CODE, { code }, ctx.signal);
  if (!data.country) return false;
  ctx.redirect(entityHref(data.country));
  return true;
}

export async function entityView(ctx: ViewContext, kind: EntityKind | 'entity', id: string): Promise<void> {
  replace(ctx.main, loading('profile'));
  const state: PageState = { expanded: new Set(), fresh: new Set() };

  const fetchProfile = async (): Promise<EntityProfile | null> => (await gql<{ entity: EntityProfile | null }>(ENTITY_PROFILE, { id }, ctx.signal)).entity;

  let profile: EntityProfile | null;
  try {
    if (kind === 'country' && /^[A-Za-z]{2}$/.test(id)) {
      if (await resolveCountryCode(ctx, id)) return;
      notFoundView(ctx, `No article mentions a country with code “${id.toUpperCase()}”.`);
      return;
    }
    profile = await fetchProfile();
  } catch (err) {
    if (isAbort(err)) return;
    ctx.setTitle('Error');
    replace(ctx.main, h('h1', { tabindex: -1 }, 'Could not load this page'), errorBox(err, () => void entityView(ctx, kind, id)));
    return;
  }
  if (ctx.signal.aborted) return;
  if (!profile) {
    notFoundView(ctx, `Nothing in the articles has the id “${id}”.`);
    return;
  }
  if (kind !== kindOf(profile.type)) {
    ctx.redirect(entityHref(profile));
    return;
  }

  const page = h('article', { class: `profile profile-${kind}`, 'data-view': kind, 'data-id': profile.id });
  let current = profile;
  const draw = (): void => {
    replace(page, header(current), sections(current, state, ctx.signal));
  };
  ctx.setTitle(profile.name);
  draw();
  replace(ctx.main, page);

  // Live: a claim from or to this entity means the page is out of date. Refresh once the burst
  // of claims one article brings has arrived.
  let timer: number | undefined;
  const pending: AddedClaim[] = [];
  const refresh = async (): Promise<void> => {
    const claims = pending.splice(0);
    try {
      const next = await fetchProfile();
      if (!next || ctx.signal.aborted) return;
      const before = visitKeys(current);
      state.fresh = new Set([...visitKeys(next)].filter((k) => !before.has(k)));
      current = next;
      const scroll = window.scrollY;
      draw();
      window.scrollTo(0, scroll);
      // Headline the claim a reader most likely waits for: a visit, then a meeting or deal.
      const order = ['VISITED', 'MET_WITH', 'PARTNERED_WITH', 'AGREED_WITH'];
      const rank = (c: AddedClaim): number => (order.includes(c.type) ? order.indexOf(c.type) : order.length);
      const first = [...claims].sort((a, b) => rank(a) - rank(b))[0];
      if (first) {
        const text = `${first.source.name} ${relationVerb(first.type, first.status)} ${first.target.name}`;
        ctx.announce(`Updated: ${text}${claims.length > 1 ? ` and ${plural(claims.length - 1, 'more claim')}` : ''}${first.article.source ? ` (${first.article.source})` : ''}.`);
      }
    } catch (err) {
      if (!isAbort(err)) ctx.announce('Could not refresh after new articles; reload the page.');
    }
  };
  const watch = ctx.live.watchEntity(
    profile.id,
    (claim) => {
      pending.push(claim);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void refresh(), 300);
    },
    // Whether this page is receiving live claims (a hook for styling and for the browser tests).
    (on) => {
      page.dataset['live'] = on ? 'on' : 'off';
    },
  );
  ctx.onCleanup(() => {
    window.clearTimeout(timer);
    watch.close();
  });
}
