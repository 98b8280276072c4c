// Opens parley's report page in headless Chromium, waits for the pictures to render, and reports what is there.
// Usage: node report-check.mjs REPORT_URL SCREENSHOT_PNG LABELS_JSON
// Prints, one per line: "box NAME X Y W H" (where each picture is drawn, in the full-page screenshot's pixels),
// "label found: L" or "label missing: L" for each expected node label (as SVG <text> in the network picture),
// "markers N" (timeline markers in the DOM) and "outside requests N" (requests to other hosts, all refused).
import { chromium } from 'playwright-core';

const [url, screenshot, labelsJson] = process.argv.slice(2);
if (!url || !screenshot || !labelsJson) {
  console.error('usage: node report-check.mjs REPORT_URL SCREENSHOT_PNG LABELS_JSON');
  process.exit(2);
}
const labels = JSON.parse(labelsJson);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  // Nothing leaves this machine: any request to another host is stopped in the browser and reported.
  const outside = [];
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') {
      return route.continue();
    }
    outside.push(route.request().url());
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#network-figure svg text.speaker', { timeout: 20000 });
  await page.waitForSelector('#timeline-figure svg .marker', { timeout: 20000 });
  await page.evaluate(() => document.fonts.ready);
  // Each picture's drawn area: its box, clipped to the scrolling frame around it, in page coordinates.
  const boxes = await page.evaluate(() => ['network', 'timeline'].map((name) => {
    const svg = document.querySelector(`#${name}-figure svg`);
    const frame = svg.parentElement.getBoundingClientRect();
    const r = svg.getBoundingClientRect();
    const left = Math.max(r.left, frame.left);
    const top = Math.max(r.top, frame.top);
    const right = Math.min(r.right, frame.right);
    const bottom = Math.min(r.bottom, frame.bottom);
    return { name, x: Math.round(left + window.scrollX), y: Math.round(top + window.scrollY),
      w: Math.round(right - left), h: Math.round(bottom - top) };
  }));
  const texts = await page.$$eval('#network-figure svg text', (ts) => ts.map((t) => {
    // The words of a <text>, without its <title> tooltip.
    return Array.from(t.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.nodeValue).join('');
  }));
  const markers = await page.$$eval('#timeline-figure svg .marker', (ms) => ms.length);
  await page.screenshot({ path: screenshot, fullPage: true });
  for (const b of boxes) {
    console.log(`box ${b.name} ${b.x} ${b.y} ${b.w} ${b.h}`);
  }
  for (const l of labels) {
    console.log(`${texts.includes(l) ? 'label found' : 'label missing'}: ${l}`);
  }
  console.log(`markers ${markers}`);
  console.log(`outside requests ${outside.length}${outside.length ? ': ' + outside.join(' ') : ''}`);
} finally {
  await browser.close();
}
