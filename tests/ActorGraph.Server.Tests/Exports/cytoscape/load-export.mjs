// Loads a Cytoscape.js JSON export (path in argv[2]) into a headless cytoscape instance and prints what it
// holds as JSON, so the .NET test can compare it with the export. Any element cytoscape rejects throws.
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';

const exported = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: false, elements: exported.elements });
const dangling = cy.edges().filter((edge) => edge.source().empty() || edge.target().empty());

console.log(JSON.stringify({
  nodes: cy.nodes().length,
  edges: cy.edges().length,
  dangling: dangling.length,
  nodeIds: cy.nodes().map((node) => node.id()),
  totalWeight: cy.edges().reduce((sum, edge) => sum + edge.data('weight'), 0),
  degreeOfFirst: cy.nodes().length > 0 ? cy.nodes()[0].degree(false) : 0,
}));
