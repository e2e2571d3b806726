// Drives the explorer in Debian's chromium (headless) through one scenario; exits non-zero with the failed check.
// Usage: node scenarios.mjs <scenario> <base url> <screenshot folder> <seed-data folder>
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [scenario, baseUrl, shots, seedData] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

// Progress lines go to stdout; on failure they are repeated on stderr, which is what the test reports then.
const progress = [];
function log(line) {
  progress.push(line);
  console.log(line);
}

function check(condition, message) {
  if (!condition) throw new Error(`Check failed: ${message}`);
  log(`ok - ${message}`);
}

async function shot(page, name) {
  const path = join(shots, `${name}.png`);
  await page.screenshot({ path });
  log(`screenshot: ${path}`);
}

/** Every seed document's text, to check the evidence shown is the article's own sentence. */
function seedDocumentTexts() {
  return readdirSync(seedData)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(seedData, f), 'utf8')).documents ?? [])
    .map((d) => d.text);
}

async function openExplorer(page) {
  const started = Date.now();
  await page.goto(baseUrl);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  log(`explorer ready in ${Date.now() - started} ms`);
}

async function searchFor(page, text) {
  await page.fill('#search-input', text);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction((t) => document.querySelector('#search-status')?.textContent?.includes(`"${t}"`), text);
}

/** Clicks the canvas at the midpoints of MEDIATES edges until one is selected; returns its relationship label. */
async function clickMediatesEdgeOnCanvas(page) {
  const box = await page.locator('#graph').boundingBox();
  const midpoints = await page.evaluate(() => {
    const { cy } = window.actorGraphExplorer;
    return cy.edges('[type = "MEDIATES"]').filter((e) => e.visible()).map((e) => ({ id: e.id(), ...e.renderedMidpoint() }));
  });
  check(midpoints.length > 0, 'the neighbourhood draws MEDIATES edges');
  for (const point of midpoints) {
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const selected = await page.evaluate(() => window.actorGraphExplorer.cy.edges(':selected').map((e) => e.data('type')));
    if (selected.length === 1 && selected[0] === 'MEDIATES') return;
  }
  throw new Error('Check failed: clicking a MEDIATES edge on the canvas selects it');
}

async function expectEvidenceFromArticle(page, documents) {
  await page.waitForSelector('#evidence mark', { timeout: 10000 });
  const title = await page.textContent('#evidence h2');
  const quote = await page.textContent('#evidence blockquote');
  const marked = await page.textContent('#evidence mark');
  const facts = await page.textContent('#evidence .facts');
  log(`evidence: ${title} — "${quote}"`);
  check(/mediat/i.test(title ?? ''), `the evidence panel shows a mediation (${title})`);
  check(marked === quote && quote.length > 0, 'the quote is highlighted inside the document text');
  check(documents.some((text) => text.includes(quote)), 'the quote is a sentence of a seed article');
  for (const fact of ['Modality', 'Attribution', 'Date', 'Confidence']) check(facts.includes(fact), `the evidence panel shows ${fact}`);
}

const scenarios = {
  async 'neighbourhood-evidence'(page) {
    await openExplorer(page);
    await searchFor(page, 'Doha');
    check(await page.locator('.actor-button[data-key="qatar"]').count() === 1, 'searching the alias "Doha" finds Qatar');
    await searchFor(page, 'Qatar');
    await shot(page, '01-search-qatar');
    await page.keyboard.press('Enter'); // the first result has the focus
    await page.waitForSelector('.edge-button[data-type="MEDIATES"]', { timeout: 15000 });
    check((await page.textContent('#graph-title')).includes('Qatar'), 'the neighbourhood of Qatar is shown');
    check(await page.locator('#legend li').count() > 1, 'the legend lists the relationship types in view');
    await shot(page, '02-qatar-neighbourhood');

    const documents = seedDocumentTexts();
    await clickMediatesEdgeOnCanvas(page);
    await expectEvidenceFromArticle(page, documents);
    await shot(page, '03-mediates-evidence');

    // The edge list is the keyboard's way to the evidence.
    await page.focus('.edge-button[data-type="MEDIATES"]');
    await page.keyboard.press('Enter');
    await expectEvidenceFromArticle(page, documents);

    // Slide the window's start to 2024-03-01: the earlier relationships leave the view, the later ones stay.
    const before = await page.locator('.edge-button').count();
    await page.$eval('#window-from', (input) => {
      const first = Date.parse(document.querySelector('#window-from-label').textContent);
      input.value = String((Date.parse('2024-03-01') - first) / 86_400_000);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const after = await page.locator('.edge-button').count();
    check(after > 0 && after < before, `moving the date window's start to ${await page.textContent('#window-from-label')} hides earlier edges (${before} to ${after})`);
    await shot(page, '04-date-window');
    await page.focus('#window-from');
    await page.keyboard.press('Home');

    const graphml = await page.request.get(new URL(await page.getAttribute('#export-graphml', 'href'), baseUrl).toString());
    check(graphml.ok() && (await graphml.text()).includes('<graphml'), 'the GraphML export downloads');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    check(png.suggestedFilename() === 'actorgraph.png', 'the PNG export downloads');
  },

  async 'path-finder'(page) {
    await openExplorer(page);
    await page.fill('#path-from', 'United States');
    await page.fill('#path-to', 'Hamas');
    await page.click('#path-form button[type="submit"]');
    await page.waitForSelector('#path-results li', { timeout: 15000 });
    const chains = await page.locator('#path-results li').allTextContents();
    log(chains.join('\n'));
    check(chains.some((c) => c.startsWith('United States') && c.includes('Qatar') && c.trim().split(' (')[0].endsWith('Hamas')), 'a chain from the United States to Hamas passes through Qatar');
    const drawn = await page.evaluate(() => {
      const { cy } = window.actorGraphExplorer;
      return { nodes: cy.nodes().map((n) => n.data('label')), highlighted: cy.edges('.highlighted').length };
    });
    check(drawn.nodes.includes('Qatar') && drawn.highlighted > 0, 'the chains are drawn and highlighted in the graph');
    await shot(page, '05-path-us-hamas');
  },

  async graphiql(page) {
    await page.goto(`${baseUrl}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 20000 });
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"stats"'), undefined, { timeout: 20000 });
    check(/"actors":\s*\d+/.test(await page.textContent('.graphiql-response')), 'GraphiQL runs the overview query and shows the counts');

    const readmeExamples = (readFileSync(join(seedData, '..', 'README.md'), 'utf8').match(/```graphql\n(?!mutation)/g) ?? []).length;
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    log(`GraphiQL tabs: ${tabs.join(' | ')}`);
    check(readmeExamples > 0 && tabs.length === readmeExamples + 1, `the README's ${readmeExamples} example queries are open as tabs`);
    await page.locator('.graphiql-tab', { hasText: 'WhoMediated' }).first().click();
    // GraphiQL takes the operation name from the editor a moment after a tab switch; until then it sends the old one.
    for (let attempt = 1; ; attempt++) {
      await page.waitForTimeout(500 * attempt);
      await page.click('.graphiql-execute-button');
      const answered = await page
        .waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"mediators"'), undefined, { timeout: 10000 })
        .then(() => true, () => false);
      if (answered) break;
      if (attempt === 4) throw new Error('Check failed: the README mediation tab runs');
    }
    check((await page.textContent('.graphiql-response')).includes('Qatar'), "the README's mediation question runs from its tab and names Qatar");
    await shot(page, '06-graphiql');
  },
};

const run = scenarios[scenario];
if (!run) throw new Error(`Unknown scenario ${scenario}; use one of ${Object.keys(scenarios).join(', ')}.`);

const profile = mkdtempSync(join(tmpdir(), 'actorgraph-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  acceptDownloads: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? (await context.newPage());
page.on('pageerror', (error) => log(`page error: ${error.message}`));
try {
  await run(page);
} catch (error) {
  await shot(page, `failed-${scenario}`).catch(() => {});
  console.error(progress.join('\n'));
  throw error;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
