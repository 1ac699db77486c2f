// The network drawing: cytoscape.js does layout, drawing, pan and zoom; this module maps jejak
// entities and relations onto it. Views load it with import() so cytoscape (most of the bundle's
// weight) is fetched only when a network is shown.
import cytoscape from 'cytoscape';
import type { EntityRef, EntityType } from '../types.js';
import { TYPE_COLOR } from './colors.js';

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  weight: number;
}

export interface GraphHandle {
  /**
   * Adds entities and links not drawn yet; returns how many nodes were new. With `near`, new
   * nodes are placed on an arc just beyond that node (away from the middle), so what was already
   * drawn stays where the reader saw it.
   */
  add(nodes: readonly EntityRef[], edges: readonly GraphEdge[], near?: string): number;
  /** Zooms to show everything. */
  fit(): void;
  /** Lays the drawing out again: rings around `focus`, or a left-to-right chain from `root`. */
  layout(mode: { kind: 'rings'; focus: string } | { kind: 'chain'; root: string }): void;
  select(id: string): void;
  nodeCount(): number;
  edgeCount(): number;
  destroy(): void;
}

export interface GraphOptions {
  onSelect(node: EntityRef | null): void;
  onOpen(node: EntityRef): void;
}

export function createGraph(container: HTMLElement, options: GraphOptions): GraphHandle {
  const cy = cytoscape({
    container,
    // No layout at start: the container may not be in the page yet (it has no size to lay out in).
    layout: { name: 'preset' },
    minZoom: 0.25,
    maxZoom: 3,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          label: 'data(name)',
          color: '#1d1f23',
          'font-size': 11,
          'font-family': 'system-ui, sans-serif',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '2px',
          'text-max-width': '120px',
          'text-wrap': 'ellipsis',
          width: 22,
          height: 22,
          'border-width': 2,
          'border-color': '#ffffff',
        },
      },
      { selector: 'node[?focus]', style: { width: 34, height: 34, 'font-weight': 'bold', 'font-size': 13 } },
      { selector: 'node:selected', style: { 'border-color': '#f2b705', 'border-width': 4 } },
      {
        selector: 'edge',
        style: {
          width: 'mapData(weight, 1, 6, 1.5, 6)',
          'line-color': '#9aa3ad',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#4a4f57',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': '1px',
        },
      },
      { selector: 'edge.quiet', style: { label: '' } },
    ],
  });

  const refOf = (id: string): EntityRef | null => {
    const n = cy.getElementById(id);
    if (n.empty()) return null;
    return { id, name: String(n.data('name')), type: n.data('type') as EntityType };
  };
  cy.on('tap', 'node', (ev) => options.onSelect(refOf(String(ev.target.id()))));
  cy.on('tap', (ev) => {
    if (ev.target === cy) options.onSelect(null);
  });
  cy.on('dbltap', 'node', (ev) => {
    const ref = refOf(String(ev.target.id()));
    if (ref) options.onOpen(ref);
  });

  /** The focus node's position (the middle of the drawing), else the drawing's centre. */
  const middle = (): cytoscape.Position => {
    const focus = cy.nodes('[?focus]');
    if (focus.nonempty()) return focus.first().position();
    const box = cy.elements().boundingBox();
    return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  };

  const syncCounts = (): void => {
    container.dataset['nodes'] = String(cy.nodes().length);
    container.dataset['edges'] = String(cy.edges().length);
    // Labels on every edge crowd a big drawing; hover the graph list instead.
    cy.edges().toggleClass('quiet', cy.edges().length > 40);
  };

  const fit = (): void => {
    cy.resize();
    cy.fit(undefined, 24);
    // A handful of nodes would otherwise fill the canvas at giant size.
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center();
    }
  };

  return {
    add(nodes, edges, near) {
      let added = 0;
      const fresh = nodes.filter((n, i) => cy.getElementById(n.id).empty() && nodes.findIndex((m) => m.id === n.id) === i);
      const anchor = near ? cy.getElementById(near) : null;
      const positions = anchor && anchor.nonempty() ? arcBeyond(anchor.position(), middle(), fresh.length) : [];
      cy.batch(() => {
        fresh.forEach((n, i) => {
          const data = { id: n.id, name: n.name, type: n.type, color: TYPE_COLOR[n.type] };
          const position = positions[i];
          cy.add(position ? { group: 'nodes', data, position } : { group: 'nodes', data });
          added += 1;
        });
        for (const e of edges) {
          if (!cy.getElementById(e.id).empty()) continue;
          if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
          cy.add({ group: 'edges', data: { ...e, weight: Math.min(6, Math.max(1, e.weight)) } });
        }
      });
      syncCounts();
      return added;
    },
    layout(mode) {
      // The container may have been attached (and sized) after cytoscape started.
      cy.resize();
      cy.nodes().forEach((n) => {
        n.data('focus', (mode.kind === 'rings' && n.id() === mode.focus) || (mode.kind === 'chain' && n.id() === mode.root) ? true : undefined);
      });
      let layout: cytoscape.LayoutOptions;
      if (mode.kind === 'rings') {
        const focus = cy.getElementById(mode.focus);
        const distance = cy.elements().breadthFirstSearch({ root: focus }).path;
        const depth = new Map<string, number>();
        // Breadth-first order: the ring of a node is one more than its closest neighbour's.
        distance.nodes().forEach((n) => {
          if (n.id() === mode.focus) depth.set(n.id(), 0);
          else depth.set(n.id(), Math.min(...n.neighborhood('node').map((m) => (depth.get(m.id()) ?? 9) + 1)));
        });
        layout = {
          name: 'concentric',
          concentric: (n: cytoscape.NodeSingular) => 10 - (depth.get(n.id()) ?? 9),
          levelWidth: () => 1,
          minNodeSpacing: 28,
          animate: false,
          padding: 24,
        } as cytoscape.LayoutOptions;
      } else {
        layout = { name: 'breadthfirst', roots: [mode.root], directed: false, spacingFactor: 1.1, animate: false, padding: 24 } as cytoscape.LayoutOptions;
      }
      cy.layout(layout).run();
      if (mode.kind === 'chain') {
        // breadthfirst stacks levels top to bottom; turn it so the chain reads left to right.
        cy.nodes().positions((n) => ({ x: n.position('y'), y: n.position('x') }));
      }
      fit();
    },
    fit,
    select(id) {
      cy.nodes().unselect();
      cy.getElementById(id).select();
      options.onSelect(refOf(id));
    },
    nodeCount: () => cy.nodes().length,
    edgeCount: () => cy.edges().length,
    destroy: () => cy.destroy(),
  };
}

/** `count` points on an arc beyond `from`, facing away from `middle`. */
function arcBeyond(from: cytoscape.Position, middle: cytoscape.Position, count: number): cytoscape.Position[] {
  const dx = from.x - middle.x;
  const dy = from.y - middle.y;
  const base = dx === 0 && dy === 0 ? 0 : Math.atan2(dy, dx);
  const radius = 90 + count * 6;
  const span = Math.min(Math.PI * 1.2, count * 0.45);
  return Array.from({ length: count }, (_, i) => {
    const angle = count === 1 ? base : base - span / 2 + (span * i) / (count - 1);
    return { x: from.x + radius * Math.cos(angle), y: from.y + radius * Math.sin(angle) };
  });
}
