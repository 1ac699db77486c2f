// Every search result for a text: entities by type, then the evidence sentences that contain it.
import { gql } from '../api.js';
import { empty, entityLink, errorBox, evidenceList, isAbort, loading, section, statusBadge, typeBadge } from '../components/common.js';
import { h, replace } from '../dom.js';
import { formatDate, relationVerb } from '../format.js';
import { SEARCH } from '../queries.js';
import type { ClaimItem, Connection, EntityRef } from '../types.js';
import type { ViewContext } from '../view.js';

interface SearchData {
  search: {
    entities: Connection<EntityRef & { aliases: string[]; articleCount: number }>;
    claims: Connection<Pick<ClaimItem, 'id' | 'type' | 'status' | 'date' | 'source' | 'target' | 'evidence'>>;
  };
}

export async function searchView(ctx: ViewContext, text: string): Promise<void> {
  ctx.setTitle(`Search: ${text}`);
  if (!text.trim()) {
    replace(ctx.main, h('h1', { tabindex: -1 }, 'Search'), empty('Type a name, a place, a theme or words from an article in the search box above.'));
    return;
  }
  replace(ctx.main, loading('results'));
  let data: SearchData;
  try {
    data = await gql<SearchData>(SEARCH, { text, entities: 50, claims: 50 }, ctx.signal);
  } catch (err) {
    if (isAbort(err)) return;
    replace(ctx.main, h('h1', { tabindex: -1 }, `Search: “${text}”`), errorBox(err, () => void searchView(ctx, text)));
    return;
  }
  if (ctx.signal.aborted) return;
  const { entities, claims } = data.search;
  replace(
    ctx.main,
    h(
      'div',
      { 'data-view': 'search' },
      h('header', { class: 'page-head' }, h('h1', { tabindex: -1 }, `Search: “${text}”`)),
      section(
        'Names',
        { id: 'names', count: entities.totalCount },
        entities.edges.length
          ? h(
              'ul',
              { class: 'hits' },
              entities.edges.map(({ node }) =>
                h(
                  'li',
                  null,
                  entityLink(node),
                  ' ',
                  typeBadge(node.type),
                  h('span', { class: 'muted' }, ` ${node.articleCount} articles`),
                  node.aliases.length ? h('span', { class: 'opt-alias' }, ` also: ${node.aliases.slice(0, 4).join(', ')}`) : null,
                ),
              ),
            )
          : empty('No names or aliases match.'),
      ),
      section(
        'In evidence sentences',
        { id: 'sentences', count: claims.totalCount },
        claims.edges.length
          ? h(
              'ul',
              { class: 'claim-hits' },
              claims.edges.map(({ node: c }) =>
                h(
                  'li',
                  null,
                  h('p', null, entityLink(c.source), ` ${relationVerb(c.type, c.status)} `, entityLink(c.target), ' ', statusBadge(c.status), h('span', { class: 'muted' }, ` ${formatDate(c.date)}`)),
                  evidenceList(c.evidence),
                ),
              ),
            )
          : empty('No evidence sentence contains these words.'),
      ),
    ),
  );
}
