// The network views: an entity's neighbourhood (expand any node to grow it) and the shortest
// connections between two entities. The drawing is cytoscape's; a plain list of the same links sits
// beside it for keyboard and screen-reader use.
import { ApiError, gql } from '../api.js';
import { empty, entityLink, errorBox, evidenceList, isAbort, loading, typeBadge } from '../components/common.js';
import { TYPE_COLOR } from '../components/colors.js';
import type { GraphEdge, GraphHandle } from '../components/graph.js';
import { createSearchBox } from '../components/search.js';
import { h, replace } from '../dom.js';
import { plural, relationLabel, TYPE_LABEL } from '../format.js';
import { NEIGHBOURHOOD, PATHS, TOP_ENTITIES } from '../queries.js';
import { entityHref, href } from '../routes.js';
import type { Connection, EntityRef, EntityType, PathSearch, RelationType } from '../types.js';
import type { ViewContext } from '../view.js';
import { notFoundView } from './not-found.js';

interface Neighbourhood {
  entity:
    | (EntityRef & {
        relations: Array<{
          type: RelationType;
          relations: Connection<{ direction: 'OUTGOING' | 'INCOMING' | null; other: EntityRef | null; claimCount: number; sourceCount: number }>;
        }>;
      })
    | null;
}

interface Link {
  edge: GraphEdge;
  from: EntityRef;
  to: EntityRef;
  text: string;
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'graph-legend', 'aria-label': 'Colours' },
    (Object.keys(TYPE_COLOR) as EntityType[])
      .filter((t) => t !== 'THEME')
      .map((t) => h('li', null, h('span', { class: 'swatch round', style: `background:${TYPE_COLOR[t]}`, 'aria-hidden': 'true' }), TYPE_LABEL[t])),
  );
}

/** The links as a table: the drawing's equivalent for keyboards and screen readers. */
function linkTable(links: readonly Link[], caption: string, grow?: { expanded: ReadonlySet<string>; expand(node: EntityRef, row: number): void }): HTMLElement {
  if (links.length === 0) return empty('No links.');
  return h(
    'details',
    { class: 'data-table', open: links.length <= 12 || !!grow },
    h('summary', null, `Links as a list (${links.length})`),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'plain links' },
        h('caption', { class: 'sr-only' }, caption),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'From'), h('th', { scope: 'col' }, 'Link'), h('th', { scope: 'col' }, 'To'), grow ? h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Grow')) : null)),
        h(
          'tbody',
          null,
          links.map((l, row) => {
            const next = grow ? [l.to, l.from].find((n) => !grow.expanded.has(n.id)) : undefined;
            return h(
              'tr',
              null,
              h('td', null, entityLink(l.from)),
              h('td', null, l.text),
              h('td', null, entityLink(l.to)),
              grow ? h('td', null, next ? h('button', { type: 'button', class: 'small', onclick: () => grow.expand(next, row) }, `Expand ${next.name}`) : null) : null,
            );
          }),
        ),
      ),
    ),
  );
}

/** Picks a second entity and opens the path between the two. */
function connectPicker(from: EntityRef | null, label: string): HTMLElement {
  const box = createSearchBox({
    label,
    placeholder: 'Name of a person, organisation, place…',
    withClaims: false,
    showLabel: true,
    onChoose: (choice) => {
      if (choice.kind !== 'entity') return;
      location.hash = from ? href({ name: 'path', from: from.id, to: choice.entity.id }) : href({ name: 'graph', id: choice.entity.id });
    },
  });
  return h('div', { class: 'picker' }, box.element);
}

async function neighbours(id: string, signal: AbortSignal): Promise<{ center: EntityRef; nodes: EntityRef[]; links: Link[] } | null> {
  const data = await gql<Neighbourhood>(NEIGHBOURHOOD, { id }, signal);
  const e = data.entity;
  if (!e) return null;
  const center: EntityRef = { id: e.id, name: e.name, type: e.type };
  const nodes: EntityRef[] = [center];
  const links: Link[] = [];
  for (const group of e.relations) {
    for (const { node: r } of group.relations.edges) {
      if (!r.other) continue;
      nodes.push(r.other);
      const [from, to] = r.direction === 'INCOMING' ? [r.other, center] : [center, r.other];
      links.push({
        from,
        to,
        text: `${relationLabel(group.type, 'OUTGOING')} · ${plural(r.sourceCount, 'source')}`,
        edge: { id: `${group.type}|${from.id}|${to.id}`, source: from.id, target: to.id, label: group.type.toLowerCase().replace('_', ' '), weight: r.claimCount },
      });
    }
  }
  return { center, nodes, links };
}

interface Shell {
  canvas: HTMLElement;
  side: HTMLElement;
  graph: GraphHandle;
  onSelectHook: (fn: (n: EntityRef | null) => void) => void;
}

async function graphShell(ctx: ViewContext, ariaLabel: string): Promise<Shell> {
  const { createGraph } = await import('../components/graph.js');
  const canvas = h('div', { class: 'graph-canvas', role: 'img', 'aria-label': ariaLabel, 'data-testid': 'graph' });
  const side = h('aside', { class: 'graph-side', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select a node to see it here. Double-click opens its page.'));
  let hook: (n: EntityRef | null) => void = () => {};
  const graph = createGraph(canvas, {
    onSelect: (node) => hook(node),
    onOpen: (node) => {
      location.hash = entityHref(node);
    },
  });
  ctx.onCleanup(() => graph.destroy());
  return { canvas, side, graph, onSelectHook: (fn) => (hook = fn) };
}

export async function graphView(ctx: ViewContext, id: string | null): Promise<void> {
  if (!id) {
    ctx.setTitle('Network');
    const quick = h('div', null, loading('entities'));
    replace(
      ctx.main,
      h(
        'div',
        { 'data-view': 'graph-start' },
        h('header', { class: 'page-head' }, h('h1', { tabindex: -1 }, 'Network'), h('p', { class: 'muted' }, 'Start from one entity and grow its neighbourhood, or ask how two entities connect.')),
        h('section', { class: 'panel' }, connectPicker(null, 'Start from'), h('h2', null, 'Or start from one of the most mentioned'), quick),
      ),
    );
    try {
      const data = await gql<{ entities: Connection<EntityRef> }>(TOP_ENTITIES, { type: null, first: 16 }, ctx.signal);
      const picks = data.entities.edges.map((e) => e.node).filter((e) => e.type !== 'THEME');
      replace(quick, h('ul', { class: 'chips' }, picks.map((e) => h('li', null, h('a', { class: 'chip', href: href({ name: 'graph', id: e.id }) }, e.name, ' ', typeBadge(e.type))))));
    } catch (err) {
      if (!isAbort(err)) replace(quick, errorBox(err));
    }
    return;
  }

  replace(ctx.main, loading('network'));
  let first: Awaited<ReturnType<typeof neighbours>>;
  try {
    first = await neighbours(id, ctx.signal);
  } catch (err) {
    if (isAbort(err)) return;
    replace(ctx.main, h('h1', { tabindex: -1 }, 'Network'), errorBox(err, () => void graphView(ctx, id)));
    return;
  }
  if (ctx.signal.aborted) return;
  if (!first) {
    notFoundView(ctx, `Nothing in the articles has the id “${id}”.`);
    return;
  }
  const center = first.center;
  ctx.setTitle(`Network of ${center.name}`);
  const shell = await graphShell(ctx, `Network of ${center.name}`);
  if (ctx.signal.aborted) return;
  const links = new Map<string, Link>();
  const listHolder = h('div');
  const status = h('p', { class: 'muted graph-status' });
  const expanded = new Set<string>();

  const addLinks = (nodes: EntityRef[], ls: Link[], near?: string): number => {
    for (const l of ls) links.set(l.edge.id, l);
    const added = shell.graph.add(nodes, ls.map((l) => l.edge), near);
    replace(
      listHolder,
      linkTable([...links.values()], `Links around ${center.name}`, {
        expanded,
        expand: (node, row) =>
          void expand(node).then(() => {
            // The table was drawn anew: put keyboard focus back on the row it left.
            listHolder.querySelectorAll<HTMLTableRowElement>('tbody tr')[row]?.querySelector<HTMLElement>('button, a')?.focus();
          }),
      }),
    );
    status.textContent = `${plural(shell.graph.nodeCount(), 'entity', 'entities')}, ${plural(shell.graph.edgeCount(), 'link')}.`;
    return added;
  };

  const expand = async (node: EntityRef): Promise<void> => {
    if (expanded.has(node.id)) return;
    expanded.add(node.id);
    try {
      const more = await neighbours(node.id, ctx.signal);
      if (!more || ctx.signal.aborted) return;
      const added = addLinks(more.nodes, more.links, node.id);
      shell.graph.fit();
      shell.graph.select(node.id);
      ctx.announce(added ? `Added ${plural(added, 'entity', 'entities')} around ${node.name}.` : `${node.name} has no links beyond those shown.`);
    } catch (err) {
      expanded.delete(node.id);
      if (!isAbort(err)) ctx.announce(err instanceof ApiError ? `Could not expand: ${err.message}` : 'Could not expand.');
    }
  };

  shell.onSelectHook((node) => {
    if (!node) {
      replace(shell.side, h('p', { class: 'muted' }, 'Select a node to see it here. Double-click opens its page.'));
      return;
    }
    replace(
      shell.side,
      h('h2', null, node.name),
      typeBadge(node.type),
      h(
        'p',
        { class: 'side-actions' },
        h('a', { class: 'button', href: entityHref(node) }, 'Open page'),
        node.id !== center.id ? h('a', { class: 'button', href: href({ name: 'path', from: center.id, to: node.id }) }, `Paths from ${center.name}`) : null,
        h('button', { type: 'button', disabled: expanded.has(node.id), onclick: () => void expand(node) }, expanded.has(node.id) ? 'Expanded' : 'Expand neighbours'),
      ),
    );
  });

  replace(
    ctx.main,
    h(
      'div',
      { class: 'graph-page', 'data-view': 'graph', 'data-id': center.id },
      h(
        'header',
        { class: 'page-head' },
        h('p', { class: 'kicker' }, 'Network'),
        h('h1', { tabindex: -1 }, center.name),
        h('p', null, entityLink(center), ' · its relations in the articles. Select a node to expand it.'),
      ),
      h('div', { class: 'graph-layout' }, h('div', { class: 'graph-main' }, shell.canvas, h('div', { class: 'graph-foot' }, status, legend())), shell.side),
      h('section', { class: 'panel' }, connectPicker(center, `How does ${center.name} connect to…`)),
      h('section', { class: 'panel' }, h('h2', null, 'Links'), listHolder),
    ),
  );
  expanded.add(center.id);
  addLinks(first.nodes, first.links);
  shell.graph.layout({ kind: 'rings', focus: center.id });
  shell.graph.select(center.id);
}

function hopText(hop: PathSearch['paths'][number]['hops'][number]): string {
  const types = [...new Set(hop.claims.map((c) => c.type.toLowerCase().replace('_', ' ')))];
  const parts: string[] = [];
  if (hop.claimCount > 0) parts.push(`${types.join(', ') || 'claims'} (${plural(hop.claimCount, 'claim')})`);
  if (hop.coMentionCount > 0) parts.push(`named together in ${plural(hop.coMentionCount, 'article')}`);
  return parts.join('; ') || 'linked';
}

export async function pathView(ctx: ViewContext, from: string, to: string, coMention = false): Promise<void> {
  replace(ctx.main, loading('connections'));
  let result: PathSearch;
  let widened = false;
  try {
    result = (await gql<{ paths: PathSearch }>(PATHS, { from, to, coMention }, ctx.signal)).paths;
    if (result.paths.length === 0 && !coMention) {
      // No chain of claims: co-mention in an article is weaker, but often the lead worth having.
      result = (await gql<{ paths: PathSearch }>(PATHS, { from, to, coMention: true }, ctx.signal)).paths;
      widened = true;
    }
  } catch (err) {
    if (isAbort(err)) return;
    if (err instanceof ApiError && err.code === 'NOT_FOUND') {
      notFoundView(ctx, err.message);
      return;
    }
    replace(ctx.main, h('h1', { tabindex: -1 }, 'Connections'), errorBox(err, () => void pathView(ctx, from, to, coMention)));
    return;
  }
  if (ctx.signal.aborted) return;
  const withCoMentions = coMention || widened;
  ctx.setTitle(`${result.from.name} ↔ ${result.to.name}`);
  const shell = await graphShell(ctx, `Connections between ${result.from.name} and ${result.to.name}`);
  if (ctx.signal.aborted) return;
  const nodes = new Map<string, EntityRef>();
  const links: Link[] = [];
  for (const p of result.paths) {
    for (const e of p.entities) nodes.set(e.id, e);
    for (const hop of p.hops) {
      const id = `path|${hop.from.id}|${hop.to.id}`;
      if (links.some((l) => l.edge.id === id)) continue;
      const text = hopText(hop);
      links.push({ from: hop.from, to: hop.to, text, edge: { id, source: hop.from.id, target: hop.to.id, label: text.split(' (')[0] ?? '', weight: hop.claimCount + hop.coMentionCount } });
    }
  }
  const toggle = h('input', { type: 'checkbox', id: 'comention', checked: withCoMentions });
  toggle.addEventListener('change', () => void pathView(ctx, from, to, toggle.checked));
  const length = result.paths[0]?.length ?? 0;
  const summary = result.paths.length
    ? `${plural(result.paths.length, 'shortest path')} of ${plural(length, 'step')}${widened ? ' (no chain of claims; showing co-mentions)' : ''}.`
    : 'No connection found within four steps.';
  replace(
    ctx.main,
    h(
      'div',
      { class: 'graph-page', 'data-view': 'path' },
      h(
        'header',
        { class: 'page-head' },
        h('p', { class: 'kicker' }, 'Connections'),
        h('h1', { tabindex: -1 }, entityLink(result.from), ' ↔ ', entityLink(result.to)),
        h('p', { class: 'path-summary' }, summary, result.truncated ? ' The search stopped early: a shorter path may exist.' : ''),
        h('p', null, h('label', { class: 'check' }, toggle, ' Also link entities named in the same article (co-mentions)')),
      ),
      result.paths.length ? h('div', { class: 'graph-layout' }, h('div', { class: 'graph-main' }, shell.canvas, h('div', { class: 'graph-foot' }, legend())), shell.side) : null,
      h(
        'section',
        { class: 'panel' },
        h('h2', null, 'Paths'),
        result.paths.length
          ? h(
              'ol',
              { class: 'paths' },
              result.paths.map((p) => {
                const evidence = p.hops.flatMap((hop) => hop.claims.flatMap((c) => c.evidence));
                return h(
                  'li',
                  null,
                  p.hops.map((hop, i) => [i === 0 ? entityLink(hop.from) : null, h('span', { class: 'hop' }, ` — ${hopText(hop)} → `), entityLink(hop.to)]),
                  evidence.length ? h('details', null, h('summary', null, `Evidence (${evidence.length})`), evidenceList(evidence)) : null,
                );
              }),
            )
          : empty('Try including co-mentions, or look at each one’s network.'),
      ),
    ),
  );
  shell.onSelectHook((node) => {
    replace(
      shell.side,
      node
        ? [h('h2', null, node.name), typeBadge(node.type), h('p', { class: 'side-actions' }, h('a', { class: 'button', href: entityHref(node) }, 'Open page'), h('a', { class: 'button', href: href({ name: 'graph', id: node.id }) }, 'Its network'))]
        : h('p', { class: 'muted' }, 'Select a node to see it here. Double-click opens its page.'),
    );
  });
  if (result.paths.length) {
    shell.graph.add([...nodes.values()], links.map((l) => l.edge));
    shell.graph.layout({ kind: 'chain', root: result.from.id });
  }
}
