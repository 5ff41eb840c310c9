// Readability.js over a folder of pages (CONTRACTS.md section 4), for `./newspipe bench peer`.
// Prints nothing but a JSON report to --out: pages, timed passes, pages/second (single thread, this
// process), and the text Readability extracted per page (keyed by the body file's base name).
// Reading and gunzipping the files happens before timing; each timed pass parses the DOM and runs
// Readability on every page, which is what Newspipe's extractor does too (bytes already in memory).
import { Readability } from '@mozilla/readability';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, basename } from 'node:path';

function args(argv) {
  const out = { dom: 'linkedom', passes: 3, warmup: 1 };
  for (let i = 2; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  if (!out.folder || !out.out) throw new Error('usage: node peer.mjs --folder F --out OUT.json [--dom linkedom|jsdom] [--passes N]');
  out.passes = Number(out.passes); out.warmup = Number(out.warmup);
  return out;
}

function loadPages(folder) {
  const lines = readFileSync(join(folder, 'pages.tsv'), 'utf8').split('\n');
  return lines.filter(l => l.trim() && !l.startsWith('#')).map(l => {
    const [url, file] = l.split('\t');
    const raw = readFileSync(join(folder, file));
    const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
    return { id: basename(file).replace(/\.html(\.gz)?$/, ''), url, html: bytes.toString('utf8') };
  });
}

async function parser(dom) {
  if (dom === 'jsdom') {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const quiet = new VirtualConsole();
    return (html, url) => new JSDOM(html, { url, virtualConsole: quiet }).window.document;
  }
  const { parseHTML } = await import('linkedom');
  return (html) => parseHTML(html).document;
}

function extractAll(pages, toDocument) {
  const texts = {};
  for (const p of pages) {
    let text = '';
    try {
      const article = new Readability(toDocument(p.html, p.url)).parse();
      text = article && article.textContent ? article.textContent : '';
    } catch (e) {
      text = '';
    }
    texts[p.id] = text;
  }
  return texts;
}

const opts = args(process.argv);
const pages = loadPages(opts.folder);
const toDocument = await parser(opts.dom);
for (let i = 0; i < opts.warmup; i++) extractAll(pages, toDocument);
// Wall time suffers when other processes share the cores; process CPU time (user + system, GC
// included) does not, so both are reported.
const seconds = [];
const cpuSeconds = [];
let texts = {};
for (let i = 0; i < opts.passes; i++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  texts = extractAll(pages, toDocument);
  const c = process.cpuUsage(c0);
  seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  cpuSeconds.push((c.user + c.system) / 1e6);
}
const sorted = [...seconds].sort((a, b) => a - b);
const cpuSorted = [...cpuSeconds].sort((a, b) => a - b);
writeFileSync(opts.out, JSON.stringify({
  tool: 'readability.js', dom: opts.dom, node: process.version, pages: pages.length,
  passSeconds: seconds, bestPagesPerSecond: pages.length / sorted[0],
  medianPagesPerSecond: pages.length / sorted[Math.floor(sorted.length / 2)],
  passCpuSeconds: cpuSeconds, bestPagesPerCpuSecond: pages.length / cpuSorted[0],
  medianPagesPerCpuSecond: pages.length / cpuSorted[Math.floor(cpuSorted.length / 2)], texts,
}));
