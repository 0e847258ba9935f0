// Renders every BPMN and DMN model in processes/ with bpmn-js / dmn-js (what Camunda Modeler and Cockpit draw with)
// in headless Chromium. A model that does not import cleanly (unknown elements, missing shapes, references that do
// not resolve) makes the script fail; each diagram is written as a PNG to docs/processes/ for a person to look at.
// Run from the repository root: (cd tools/bpmn-render && npm ci && npm run render)
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.join(root, 'docs/processes');
fs.mkdirSync(out, { recursive: true });

const bpmnViewer = fs.readFileSync(path.join(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const dmnViewer = fs.readFileSync(path.join(here, 'node_modules/dmn-js/dist/dmn-viewer.production.min.js'), 'utf8');
const css = ['bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css',
  'dmn-js/dist/assets/dmn-js-shared.css', 'dmn-js/dist/assets/dmn-js-drd.css',
  'dmn-js/dist/assets/dmn-js-decision-table.css', 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css']
  .map(f => fs.readFileSync(path.join(here, 'node_modules', f), 'utf8')).join('\n');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 2400, height: 1400 } });
await page.setContent(`<html><head><style>${css} html,body,#canvas{margin:0;width:100%;height:100%;background:#fff}</style>
  </head><body><div id="canvas"></div></body></html>`);
await page.addScriptTag({ content: bpmnViewer });
await page.addScriptTag({ content: dmnViewer });

const files = fs.readdirSync(path.join(root, 'processes')).filter(f => /\.(bpmn|dmn)$/.test(f)).sort();
let failed = 0;
for (const file of files) {
  const xml = fs.readFileSync(path.join(root, 'processes', file), 'utf8');
  const result = await page.evaluate(async ({ xml, dmn }) => {
    const canvas = document.getElementById('canvas');
    canvas.innerHTML = '';
    try {
      if (dmn) {
        const viewer = new DmnJS({ container: canvas });
        const { warnings } = await viewer.importXML(xml);
        const drd = viewer.getViews().find(v => v.type === 'drd');
        if (drd) {
          await viewer.open(drd);
          viewer.getActiveViewer().get('canvas').zoom('fit-viewport');
        }
        return { warnings: warnings.map(w => w.message) };
      }
      const viewer = new BpmnJS({ container: canvas });
      const { warnings } = await viewer.importXML(xml);
      const c = viewer.get('canvas');
      c.zoom('fit-viewport');
      const shapes = viewer.get('elementRegistry').getAll().length;
      return { warnings: warnings.map(w => w.message), shapes };
    } catch (e) {
      return { error: String(e && e.message || e) };
    }
  }, { xml, dmn: file.endsWith('.dmn') });
  const png = path.join(out, file.replace(/\.(bpmn|dmn)$/, '.png'));
  // the drawing only, not the empty page around a small diagram
  const box = await page.evaluate(() => {
    const g = document.querySelector('#canvas svg .viewport');
    const r = g ? g.getBoundingClientRect() : null;
    return r && r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });
  const pad = 16;
  await page.screenshot(box ? { path: png, clip: { x: Math.max(0, box.x - pad), y: Math.max(0, box.y - pad),
    width: Math.min(2400, box.width + 2 * pad), height: Math.min(1400, box.height + 2 * pad) } } : { path: png });
  if (result.error || result.warnings.length) {
    failed++;
    console.error(`${file}: ${result.error || result.warnings.join('; ')}`);
  } else {
    console.log(`${file}: rendered${result.shapes ? ` (${result.shapes} elements)` : ''} -> docs/processes/${path.basename(png)}`);
  }
}
await browser.close();
if (failed) {
  console.error(`${failed} of ${files.length} models did not import cleanly`);
  process.exit(1);
}
