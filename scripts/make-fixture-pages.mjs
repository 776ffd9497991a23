#!/usr/bin/env node
// Turns the five seed articles (tests/fixtures/seeds/*.txt, copied from the project's
// shared seeds) into realistic saved news pages under tests/fixtures/pages/.
// The article text of each seed is kept verbatim (every line, in order); the page
// chrome around it (outlet, navigation, byline, sidebar, comments, footer) is
// invented fixture material and states no facts.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = join(root, 'tests/fixtures/seeds');
const outDir = join(root, 'tests/fixtures/pages');

/** Fixture framing per seed: an invented outlet, a slug and a publication date for the page metadata. */
const FRAMES = {
  '000_8d0b4043b702a909': { slug: 'steppe-herald-helicopters', outlet: 'The Steppe Herald', author: 'Staff correspondent', date: '2020-04-14', section: 'Security' },
  '001_ed24ecc26baea576': { slug: 'caspian-monitor-us-isis', outlet: 'Caspian Monitor', author: 'Analysis desk', date: '2020-05-02', section: 'Geopolitics' },
  '002_f771257fd4945539': { slug: 'oxus-wire-refugees', outlet: 'Oxus Wire', author: 'Diplomatic desk', date: '2021-07-09', section: 'Diplomacy', headline: 'Moscow warns militants may cross Afghan borders among refugees' },
  '003_d32d8374747c040e': { slug: 'frontier-daily-bases', outlet: 'Frontier Daily', author: 'Defence reporter', date: '2021-06-22', section: 'Defence' },
  '004_fa32217de5a89efd': { slug: 'kabul-ledger-daesh', outlet: 'The Kabul Ledger', author: 'Monitoring Desk', date: '2020-12-18', section: 'Region', headline: 'Envoy questions reports of unidentified helicopters in Afghanistan' },
};

const SIDEBAR = [
  'Wheat prices climb as exporters weigh new quotas',
  'Opinion: what the next water treaty must get right',
  'Photo essay: a winter market in the mountains',
  'Rail link talks resume after a two-year pause',
];

const COMMENTS = [
  ['Dilnoza', 'We have read this story before. Who confirms any of it?'],
  ['m.karimov', 'Interesting, but the article quotes only one side.'],
  ['Reader from Osh', 'Border villages hear rumours like this every spring.'],
];

const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(frame, lines) {
  const firstText = lines.findIndex((l) => l.split(/\s+/).length >= 5);
  const headline = frame.headline ?? lines[firstText];
  const body = frame.headline ? lines : lines.filter((_, i) => i !== firstText);
  const url = `https://fixtures.backstory.test/${frame.section.toLowerCase()}/${frame.slug}`;
  const when = new Date(`${frame.date}T09:30:00Z`);
  const human = when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)} | ${escapeHtml(frame.outlet)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${url}">
<meta property="og:url" content="${url}">
<meta property="og:title" content="${escapeHtml(headline)}">
<meta property="og:site_name" content="${escapeHtml(frame.outlet)}">
<meta property="article:published_time" content="${when.toISOString()}">
<meta name="author" content="${escapeHtml(frame.author)}">
<style>
  body { font: 17px/1.6 Georgia, serif; margin: 0; color: #222; background: #fbfaf7; }
  header.site { background: #1d2a3a; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; }
  header.site a { color: #dfe6ee; text-decoration: none; font: 14px system-ui, sans-serif; }
  .brand { font: bold 22px system-ui, sans-serif; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 40px; max-width: 1000px; margin: 24px auto; padding: 0 24px; }
  .byline { color: #666; font: 14px system-ui, sans-serif; }
  aside { font: 15px system-ui, sans-serif; border-left: 1px solid #ddd; padding-left: 20px; }
  .comments { border-top: 2px solid #1d2a3a; margin-top: 32px; font: 15px system-ui, sans-serif; }
  footer { background: #eee; padding: 16px 24px; font: 13px system-ui, sans-serif; color: #555; }
</style>
</head>
<body>
<header class="site">
  <span class="brand">${escapeHtml(frame.outlet)}</span>
  <nav aria-label="Sections"><a href="#">World</a> <a href="#">Region</a> <a href="#">${escapeHtml(frame.section)}</a> <a href="#">Opinion</a> <a href="#">Video</a></nav>
</header>
<div class="layout">
<main>
<article>
<p class="kicker">${escapeHtml(frame.section)}</p>
<h1>${escapeHtml(headline)}</h1>
<p class="byline">By <span class="author">${escapeHtml(frame.author)}</span> · <time datetime="${when.toISOString()}">${human}</time></p>
${body.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
</article>
<section class="comments" aria-label="Reader comments">
<h2>Comments (${COMMENTS.length})</h2>
${COMMENTS.map(([who, text]) => `<div class="comment"><p><b>${escapeHtml(who)}</b></p><p>${escapeHtml(text)}</p></div>`).join('\n')}
<form><label>Add a comment <textarea name="comment" rows="3" cols="40"></textarea></label> <button type="button">Post</button></form>
</section>
</main>
<aside aria-label="Most read">
<h2>Most read</h2>
<ol>${SIDEBAR.map((s) => `<li><a href="#">${escapeHtml(s)}</a></li>`).join('')}</ol>
</aside>
</div>
<footer>© ${when.getUTCFullYear()} ${escapeHtml(frame.outlet)} · Fixture page for Backstory's tests; article text from a public news article.</footer>
</body>
</html>
`;
}

mkdirSync(outDir, { recursive: true });
const index = [];
for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
  const id = file.replace(/\.txt$/, '');
  const frame = FRAMES[id];
  if (!frame) throw new Error(`No fixture framing for seed ${id}`);
  const lines = readFileSync(join(seedDir, file), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  writeFileSync(join(outDir, `${frame.slug}.html`), page(frame, lines));
  index.push({ seed: id, page: `${frame.slug}.html`, outlet: frame.outlet });
}
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`Wrote ${index.length} fixture pages to tests/fixtures/pages/`);
