import cytoscape from 'cytoscape';
import type { TypeColours } from './colours';
import type { ViewEdge, ViewGraph } from './model';

/** The Cytoscape.js canvas: draws a view, reports edge clicks, hides edges outside the date window. */
export class GraphView {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement, colours: TypeColours, onEdge: (edge: ViewEdge) => void) {
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'background-color': '#6b7a8f',
            width: 18,
            height: 18,
            'text-wrap': 'ellipsis',
            'text-max-width': '120px',
          },
        },
        { selector: 'node[?centre]', style: { 'background-color': '#111', width: 26, height: 26, 'font-weight': 'bold' } },
        {
          selector: 'edge',
          style: {
            'curve-style': 'bezier',
            width: 'mapData(weight, 1, 5, 2, 6)',
            'line-color': (edge: cytoscape.EdgeSingular) => colours.of(edge.data('type') as string),
            'target-arrow-color': (edge: cytoscape.EdgeSingular) => colours.of(edge.data('type') as string),
            'target-arrow-shape': 'triangle',
            opacity: 0.85,
          },
        },
        { selector: 'edge.highlighted', style: { width: 7, opacity: 1, 'z-index': 10 } },
        { selector: 'edge.dimmed', style: { opacity: 0.15 } },
        { selector: 'edge:selected', style: { 'overlay-color': '#000', 'overlay-opacity': 0.2, 'overlay-padding': 4 } },
        { selector: '.outside', style: { display: 'none' } },
      ],
    });
    this.cy.on('tap', 'edge', (event) => onEdge(event.target.data('edge') as ViewEdge));
  }

  show(view: ViewGraph): void {
    this.cy.elements().remove();
    this.cy.add([
      ...view.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, centre: n.centre } })),
      ...view.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target, type: e.type, weight: Math.min(e.weight, 5), edge: e },
        classes: view.highlighted.size === 0 ? '' : view.highlighted.has(e.id) ? 'highlighted' : 'dimmed',
      })),
    ]);
    const centres = view.nodes.filter((n) => n.centre).map((n) => n.id);
    const layout: cytoscape.LayoutOptions =
      view.layout === 'rings'
        ? { name: 'concentric', animate: false, minNodeSpacing: 40, concentric: (node) => (node.data('centre') ? 2 : 1), levelWidth: () => 1 }
        : { name: 'breadthfirst', animate: false, roots: centres.slice(0, 1), spacingFactor: 1.2 };
    this.cy.layout(layout).run();
    this.cy.fit(undefined, 30);
  }

  /** Hides edges dated wholly outside [from, to], and the nodes left without a visible edge (the centre stays). */
  filter(from: string, to: string): ViewEdge[] {
    const visible: ViewEdge[] = [];
    this.cy.batch(() => {
      this.cy.edges().forEach((edge) => {
        const data = edge.data('edge') as ViewEdge;
        const inside = data.end >= from && data.start <= to;
        edge.toggleClass('outside', !inside);
        if (inside) visible.push(data);
      });
      this.cy.nodes().forEach((node) => {
        const shown = node.data('centre') === true || node.connectedEdges().not('.outside').length > 0;
        node.toggleClass('outside', !shown);
      });
    });
    return visible;
  }

  select(edgeId: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(edgeId).select();
  }

  png(): string {
    return this.cy.png({ full: true, bg: '#ffffff', scale: 2 });
  }
}
