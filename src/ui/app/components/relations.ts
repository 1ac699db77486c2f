// Relations grouped by type, the timeline of events, roles, and article lists on profile pages.
import { h } from '../dom.js';
import { dateSpan, formatDate, languageName, plural, RELATION_HEADING, relationLabel, relationVerb } from '../format.js';
import { articleHref } from '../routes.js';
import type { ArticleRef, ClaimItem, Connection, RelationGroup, RelationType, RoleItem } from '../types.js';
import { empty, entityLink, evidenceList, statusBadge, themeLink, typeBadge } from './common.js';

/** Groups in reading order: meetings and deals before geography. */
const ORDER: readonly RelationType[] = ['MET_WITH', 'PARTNERED_WITH', 'AGREED_WITH', 'ROLE_AT', 'VISITED', 'LOCATED_IN', 'IN_REGION'];

export function relationGroups(groups: readonly RelationGroup[], skip: readonly RelationType[] = []): HTMLElement {
  const shown = groups.filter((g) => !skip.includes(g.type) && g.relations.edges.length > 0).sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  if (shown.length === 0) return empty('No relations found in the articles so far.');
  return h(
    'div',
    { class: 'rel-groups' },
    shown.map((group) =>
      h(
        'div',
        { class: 'rel-group', 'data-type': group.type },
        h('h3', null, RELATION_HEADING[group.type], h('span', { class: 'count' }, ` ${group.count}`)),
        h(
          'ul',
          { class: 'rel-list' },
          group.relations.edges.map(({ node: r }) => {
            const evidence = r.claims.flatMap((c) => c.evidence);
            return h(
              'li',
              null,
              h(
                'details',
                null,
                h(
                  'summary',
                  null,
                  h('span', { class: 'rel-verb' }, relationLabel(group.type, r.direction)),
                  ' ',
                  r.other ? entityLink(r.other) : '—',
                  r.other ? typeBadge(r.other.type) : null,
                  h(
                    'span',
                    { class: 'rel-meta' },
                    `${plural(r.sourceCount, 'source')} · ${plural(r.claimCount, 'article')} · ${dateSpan(r.firstDate, r.lastDate)}`,
                    r.plannedCount > 0 ? ` · ${r.plannedCount} planned` : '',
                  ),
                ),
                evidenceList(evidence),
              ),
            );
          }),
        ),
        group.count > group.relations.edges.length ? h('p', { class: 'muted' }, `Showing ${group.relations.edges.length} of ${group.count}.`) : null,
      ),
    ),
  );
}

export function rolesList(roles: readonly RoleItem[], side: 'held' | 'holders'): HTMLElement {
  if (roles.length === 0) return empty(side === 'held' ? 'No roles found.' : 'No people with roles here found.');
  return h(
    'ul',
    { class: 'roles' },
    roles.map((r) =>
      h(
        'li',
        null,
        side === 'held'
          ? [h('strong', null, r.titles.join(', ') || 'role'), ' at ', entityLink(r.at)]
          : [entityLink(r.holder), ', ', h('strong', null, r.titles.join(', ') || 'role')],
        h('span', { class: 'rel-meta' }, `${plural(r.sourceCount, 'source')} · ${dateSpan(r.firstDate, r.lastDate)}`),
      ),
    ),
  );
}

export function timelineList(timeline: Connection<ClaimItem>): HTMLElement {
  if (timeline.edges.length === 0) return empty('No dated events yet.');
  return h(
    'div',
    null,
    h(
      'ol',
      { class: 'timeline' },
      timeline.edges.map(({ node: c }) =>
        h(
          'li',
          { 'data-type': c.type },
          h('time', { datetime: c.date ?? undefined, class: 'tl-date' }, formatDate(c.date)),
          h(
            'details',
            { class: 'tl-body' },
            h(
              'summary',
              null,
              entityLink(c.source),
              ` ${relationVerb(c.type, c.status)} `,
              entityLink(c.target),
              c.role ? ` as ${c.role}` : '',
              ' ',
              statusBadge(c.status),
              c.purposes.length || c.themes.length ? h('span', { class: 'tl-themes' }, [...c.purposes, ...c.themes].map(themeLink)) : null,
            ),
            evidenceList(c.evidence),
          ),
        ),
      ),
    ),
    timeline.totalCount > timeline.edges.length ? h('p', { class: 'muted' }, `Showing the first ${timeline.edges.length} of ${timeline.totalCount} events.`) : null,
  );
}

export function articleList(articles: Connection<ArticleRef & { language?: string }>): HTMLElement {
  if (articles.edges.length === 0) return empty('No articles.');
  return h(
    'div',
    null,
    h(
      'ul',
      { class: 'articles' },
      articles.edges.map(({ node: a }) =>
        h(
          'li',
          null,
          h('a', { href: articleHref(a.id), class: 'article-title' }, a.title || a.id),
          h(
            'span',
            { class: 'rel-meta' },
            [a.source, formatDate(a.publishedAt), a.language ? languageName(a.language) : null].filter(Boolean).join(' · '),
            a.url ? [' · ', h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'original', h('span', { class: 'sr-only' }, ' (opens in a new tab)'))] : null,
          ),
        ),
      ),
    ),
    articles.totalCount > articles.edges.length ? h('p', { class: 'muted' }, `Showing the newest ${articles.edges.length} of ${articles.totalCount} articles.`) : null,
  );
}
