import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import type { PageReport } from '@/lib/messaging';
import { ok } from '@/lib/types';
import { compileLibrary } from '@/lib/matching/library';
import { setSiteEnabled } from '@/lib/settings';

const library = compileLibrary(1, [{ id: 'zamir-kabulov', name: 'Zamir Kabulov', aliases: ['Kabulov'] }], [], []);
const createHandlersForTest = () => createHandlers({ library: async () => ok(library) }, Promise.resolve(ok(null)));

const report = (url: string): PageReport => ({
  url,
  canonicalUrl: url,
  title: 'A page',
  people: { 'zamir-kabulov': 2 },
  claims: {},
  status: 'active',
  scannedAt: 1,
});

describe('background handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one report per tab and returns it to the popup', async () => {
    const handlers = createHandlersForTest();
    await handlers.reportPage(report('https://a.example/1'), 7);
    await handlers.reportPage(report('https://b.example/2'), 8);
    await handlers.reportPage(report('https://a.example/3'), 7);
    const seven = await handlers.getTabReport(7);
    expect(seven).toEqual({ ok: true, value: report('https://a.example/3') });
    expect(await handlers.getTabReport(9)).toEqual({ ok: true, value: null });
  });

  it('hands content scripts the compiled library and the site switch', async () => {
    const handlers = createHandlersForTest();
    await setSiteEnabled('example.org', false);
    const off = await handlers.getPageSetup('example.org');
    const on = await handlers.getPageSetup('news.example');
    expect(off).toEqual({ ok: true, value: { enabled: false, library } });
    expect(on.ok && on.value.enabled).toBe(true);
  });

  it('forgets the report of a closed tab', async () => {
    const handlers = createHandlersForTest();
    await handlers.reportPage(report('https://a.example/1'), 3);
    await handlers.forgetTab(3);
    expect(await handlers.getTabReport(3)).toEqual({ ok: true, value: null });
  });

  it('refuses a report that did not come from a tab', async () => {
    const result = await createHandlersForTest().reportPage(report('https://a.example/'), undefined);
    expect(result.ok).toBe(false);
  });
});
