// Shortest paths between two entities by breadth-first search over the store's neighbours
// (claims and, optionally, co-mentions; see NeighborRecord in the port). One store call per level.
import type { NeighborRecord } from '../../store/port.js';
import type { HopModel, PathModel, PathSearchModel } from '../models.js';

export interface PathOptions {
  maxDepth: number;
  /** How many shortest paths to return. */
  limit: number;
  /** Stop expanding after this many entities have been reached. */
  maxVisited: number;
  /** Neighbours of the target fetched up front (so the last hop is never cut by a per-entity cap). */
  targetNeighbors: number;
}

export type FetchNeighbors = (ids: string[], limitPerEntity?: number) => Promise<NeighborRecord[]>;

/** The same link seen from the other end. */
function reversed(n: NeighborRecord): NeighborRecord {
  return { ...n, from: n.to, to: n.from };
}

function weight(h: HopModel): number {
  return h.claims + h.coMentions;
}

/** Every path from `to` back to the start through `parents`, at most `cap` of them. */
function unwind(to: string, parents: ReadonlyMap<string, HopModel[]>, cap: number): HopModel[][] {
  const out: HopModel[][] = [];
  const walk = (node: string, suffix: HopModel[]) => {
    if (out.length >= cap) return;
    const ps = parents.get(node);
    if (!ps) {
      out.push(suffix);
      return;
    }
    for (const hop of ps) walk(hop.from, [hop, ...suffix]);
  };
  walk(to, []);
  return out;
}

export async function shortestPaths(from: string, to: string, fetch: FetchNeighbors, opts: PathOptions): Promise<PathSearchModel> {
  const result = (paths: PathModel[], explored: number, truncated: boolean): PathSearchModel => ({
    fromId: from,
    toId: to,
    maxDepth: opts.maxDepth,
    paths,
    explored,
    truncated,
  });
  if (from === to) return result([{ entityIds: [from], hops: [] }], 1, false);

  const toTarget = new Map((await fetch([to], opts.targetNeighbors)).map((n) => [n.to, reversed(n)]));
  const depth = new Map<string, number>([[from, 0]]);
  const parents = new Map<string, HopModel[]>();
  let frontier = [from];
  let truncated = false;

  for (let level = 0; level < opts.maxDepth && frontier.length > 0 && !depth.has(to); level++) {
    const links = await fetch(frontier);
    // The target's own list covers the last hop even where a frontier entity's list was cut short.
    const seen = new Set(links.map((n) => `${n.from}\u0000${n.to}`));
    for (const id of frontier) {
      const last = toTarget.get(id);
      if (last && !seen.has(`${id}\u0000${to}`)) links.push(last);
    }
    const next: string[] = [];
    for (const link of links) {
      const d = depth.get(link.to);
      if (d === undefined) {
        if (depth.size >= opts.maxVisited && link.to !== to) {
          truncated = true;
          continue;
        }
        depth.set(link.to, level + 1);
        parents.set(link.to, [link]);
        next.push(link.to);
      } else if (d === level + 1) {
        parents.get(link.to)?.push(link);
      }
    }
    frontier = next;
  }
  if (!depth.has(to)) return result([], depth.size, truncated);
  const paths = unwind(to, parents, 1000)
    .map((hops) => ({ hops, strength: Math.min(...hops.map(weight)), total: hops.reduce((n, h) => n + weight(h), 0) }))
    .sort((a, b) => b.strength - a.strength || b.total - a.total)
    .slice(0, opts.limit)
    .map(({ hops }): PathModel => ({ entityIds: [from, ...hops.map((h) => h.to)], hops }));
  return result(paths, depth.size, truncated);
}
