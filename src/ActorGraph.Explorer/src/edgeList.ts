import type { TypeColours } from './colours';
import type { ViewEdge, ViewNode } from './model';

/** The relationships in view as a keyboard-reachable list: the alternative to clicking edges on the canvas. */
export function renderEdgeList(
  list: HTMLElement,
  edges: ViewEdge[],
  nodes: ViewNode[],
  colours: TypeColours,
  onEdge: (edge: ViewEdge) => void,
): void {
  const names = new Map(nodes.map((n) => [n.id, n.label]));
  const sorted = [...edges].sort((a, b) => a.start.localeCompare(b.start) || a.type.localeCompare(b.type));
  list.replaceChildren(
    ...sorted.map((edge) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'edge-button';
      button.dataset.edgeId = edge.id;
      button.dataset.type = edge.type;
      button.style.borderLeftColor = colours.of(edge.type);
      button.textContent = `${names.get(edge.source) ?? edge.source} ${edge.label} ${names.get(edge.target) ?? edge.target} · ${edge.start}`;
      button.addEventListener('click', () => onEdge(edge));
      item.append(button);
      return item;
    }),
  );
}
