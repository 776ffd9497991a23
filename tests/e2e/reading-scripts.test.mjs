// Names in other scripts in the built extension: a pack's Persian spelling is highlighted on a
// page typed with Arabic letters and a space for the half space, and a Chinese name is found in
// running Chinese text, where no spaces separate words; its card opens on hover.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, startFixtureServer, eventually } from './harness.mjs';
import { highlightTexts, hoverCard } from './reading-helpers.mjs';

const PACK = {
  format: 'backstory-pack',
  version: 1,
  title: 'Other scripts',
  people: [
    { id: 'mujahid', name: 'Zabihullah Mujahid', aliases: ['ذبیح\u200Cالله مجاهد'], role: 'Taliban spokesman', country: 'AF' },
    { id: 'karzai', name: 'Hamid Karzai', aliases: ['حامد کرزی'], role: 'Former president', country: 'AF' },
    { id: 'xi', name: 'Xi Jinping', aliases: ['习近平'], role: 'President of China', country: 'CN' },
  ],
};
const page = (lang, body) => ({ body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title></head><body><article>${body}</article></body></html>` });
const ROUTES = {
  '/scripts/ar.html': page('ar', '<p>قال ذبيح الله مجاهد إن الرئيس السابق حامد كرزي التقى الوفد.</p>'),
  '/scripts/zh.html': page('zh', '<p>国家主席习近平在北京会见了来访的外国领导人。</p>'),
};

let ext;
let server;
before(async () => {
  server = await startFixtureServer(ROUTES);
  ext = await launchWithExtension();
  const library = await ext.context.newPage();
  await library.goto(ext.extensionUrl('options.html#/settings'));
  await library.getByTestId('pack-file-input').setInputFiles({ name: 'scripts.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PACK)) });
  await library.getByTestId('import-result').waitFor();
  await library.close();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

test('Persian names typed with Arabic letters and a plain space are highlighted', async () => {
  const tab = await ext.context.newPage();
  await tab.goto(server.url('/scripts/ar.html'));
  const found = await eventually(async () => {
    const texts = await highlightTexts(tab, 'person');
    return texts.length >= 2 ? texts : null;
  }, { message: 'both names highlighted' });
  assert.deepEqual(found, ['ذبيح الله مجاهد', 'حامد كرزي']);
  await tab.close();
});

test('a Chinese name inside running text is highlighted and its card opens', async () => {
  const tab = await ext.context.newPage();
  await tab.goto(server.url('/scripts/zh.html'));
  await eventually(async () => (await highlightTexts(tab, 'person')).includes('习近平'), { message: 'the name highlighted' });
  const card = await hoverCard(tab, 'person', '习近平');
  await card.getByText('President of China').waitFor();
  await tab.close();
});
