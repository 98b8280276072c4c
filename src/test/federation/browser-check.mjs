// Opens parley's query page in headless Chromium, runs a query through YASGUI, and reports the rows it shows.
// Usage: node browser-check.mjs PAGE_URL SCREENSHOT_PNG
// Prints "rows N" (N result rows in the table) and writes a screenshot of the page.
import { chromium } from 'playwright-core';

const [url, screenshot] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node browser-check.mjs PAGE_URL SCREENSHOT_PNG');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
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
  await page.waitForFunction(() => window.parleyYasgui !== undefined, null, { timeout: 20000 });
  await page.evaluate(() => {
    const yasqe = window.parleyYasgui.getTab().getYasqe();
    yasqe.setValue('PREFIX parley: <https://w3id.org/parley/ontology#>\n'
      + 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
      + 'SELECT ?speaker ?text WHERE { ?s a parley:DirectQuote ; parley:speaker ?w ; parley:text ?text .'
      + ' ?w rdfs:label ?speaker } ORDER BY ?text');
    yasqe.query();
  });
  await page.waitForSelector('.yasr table tbody tr', { timeout: 20000 });
  const rows = await page.$$eval('.yasr table tbody tr', (trs) => trs.length);
  const text = await page.$eval('.yasr table', (t) => t.innerText);
  await page.screenshot({ path: screenshot, fullPage: true });
  // The saved queries as examples: a button each; the 'actors' one opens a tab with its text, which runs.
  await page.waitForSelector('#examples button', { timeout: 20000 });
  const examples = await page.$$eval('#examples button', (bs) => bs.map((b) => b.textContent));
  console.log(`examples ${examples.length}: ${examples.join(' ')}`);
  await page.click('#examples button:text-is("actors")');
  await page.evaluate(() => window.parleyYasgui.getTab().getYasqe().query());
  await page.waitForFunction(() => {
    const t = window.parleyYasgui.getTab();
    return t.getQuery().includes('?actor') && document.querySelectorAll('.tabPanel.active .yasr table tbody tr')
      .length > 0;
  }, null, { timeout: 20000 });
  const exampleRows = await page.$$eval('.tabPanel.active .yasr table tbody tr', (trs) => trs.length);
  console.log(`example rows ${exampleRows}`);
  console.log(`rows ${rows}`);
  console.log(text.includes('Alexander Grushko') ? 'speaker Alexander Grushko shown' : 'speaker missing');
  console.log(`outside requests ${outside.length}${outside.length ? ': ' + outside.join(' ') : ''}`);
} finally {
  await browser.close();
}
