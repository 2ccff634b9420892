import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
const [base, file] = process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pr-'), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 412, height: 823 }, args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const html = readFileSync(file, 'utf8');
const variants = {
  full: html,
  hidden: html.replace('</head>', '<style>section.below{content-visibility:hidden!important}</style></head>'),
  full2: html,
  hidden2: html.replace('</head>', '<style>section.below{content-visibility:hidden!important}</style></head>'),
};
for (const [name, body] of Object.entries(variants)) {
  let block = 0, total = 0, vis = 0; const N = 6;
  for (let run = 0; run < N; run++) {
    const page = await ctx.newPage();
    await page.route(base + '/x', r => r.fulfill({ body, contentType: 'text/html' }));
    await page.addInitScript(() => { window.__seen = false; const t = setInterval(() => { const li = document.querySelector('section.below li'); if (li && li.checkVisibility({ contentVisibilityAuto: true })) window.__seen = true; }, 20); setTimeout(() => clearInterval(t), 2500); });
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(base + '/x', { waitUntil: 'networkidle' });
    await page.waitForTimeout(1200);
    const r = await page.evaluate(() => new Promise((ok) => { const out = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) out.push(e); }).observe({ type: 'long-animation-frame', buffered: true }); setTimeout(() => ok({ seen: window.__seen, total: out.reduce((a, e) => a + e.duration, 0), block: out.reduce((a, e) => a + e.blockingDuration, 0) }), 100); }));
    total += r.total; block += r.block; vis += r.seen ? 1 : 0;
    await page.close();
  }
  console.log(name.padEnd(10), 'loaf total', Math.round(total / N), 'blocking', Math.round(block / N), 'events rendered in', vis, 'of', N);
}
await ctx.close();
