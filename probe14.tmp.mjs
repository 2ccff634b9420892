import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pr-'), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 412, height: 823 }, args: ['--no-sandbox','--disable-gpu'] });
const page = await ctx.newPage();
await page.addInitScript(() => { window.__log = []; let last = ''; const f = () => { const s = document.querySelector('section.below'); if (s) { const li = s.querySelector('li'); const st = JSON.stringify([Math.round(s.getBoundingClientRect().top), li ? li.checkVisibility({ contentVisibilityAuto: true }) : 'noli', document.querySelectorAll('*').length, document.readyState]); if (st !== last) { window.__log.push([Math.round(performance.now()), st]); last = st; } } requestAnimationFrame(f); }; requestAnimationFrame(f); });
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
console.log((await page.evaluate(() => window.__log)).map(x => x.join(' ')).join('\n'));
await ctx.close();
