// Takes the README's screenshots of Tasklist from a running local service (./mvnw spring-boot:test-run) in headless
// Chromium, with the demo users. Run from the repository root, the service up on :8080:
//   (cd tools/bpmn-render && npm ci) && node tools/screenshots/shoot.mjs
// It opens the desk start form only: nothing is started.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../bpmn-render/package.json'));
const { chromium } = require('playwright-core');
const base = process.env.TIETOVAHTI_URL || 'http://localhost:8080';
const out = path.resolve(here, '../../docs/screenshots');
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fi-FI' });
await page.goto(`${base}/camunda/app/tasklist/default/`);
await page.fill('input[ng-model="username"]', 'handler');
await page.fill('input[ng-model="password"]', 'handler');
await page.click('button[type="submit"]');
await page.waitForSelector('text=Start process', { timeout: 30000 });

// the one desk door of every right
await page.click('text=Start process');
await page.click('text=Tietosuojapyyntö / Privacy request');
await page.waitForSelector('text=Pyyntö / Request', { timeout: 30000 });
await page.waitForTimeout(1000);
await page.screenshot({ path: path.join(out, 'tasklist-desk-start-form.png') });
console.log('docs/screenshots/tasklist-desk-start-form.png');

// a rectification asks what is wrong: the field shows once the right is picked
await page.click('.fjs-form-field-select >> nth=0');
await page.click('text=Oikaisu (16 art.) / Rectification (Art. 16)');
const details = page.locator('text=Mitä pyydetään / What is asked');
await details.waitFor({ timeout: 10000 });
await details.scrollIntoViewIfNeeded();
await page.waitForTimeout(500);
await page.screenshot({ path: path.join(out, 'tasklist-desk-rectification.png') });
console.log('docs/screenshots/tasklist-desk-rectification.png');
await browser.close();
