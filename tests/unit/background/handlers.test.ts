import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import type { PageReport } from '@/lib/messaging';

const report = (url: string): PageReport => ({
  url,
  title: 'A page',
  people: { 'zamir-kabulov': 2 },
  claims: {},
  status: 'active',
  scannedAt: 1,
});

describe('background handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one report per tab and returns it to the popup', async () => {
    const handlers = createHandlers();
    await handlers.reportPage(report('https://a.example/1'), 7);
    await handlers.reportPage(report('https://b.example/2'), 8);
    await handlers.reportPage(report('https://a.example/3'), 7);
    const seven = await handlers.getTabReport(7);
    expect(seven).toEqual({ ok: true, value: report('https://a.example/3') });
    expect(await handlers.getTabReport(9)).toEqual({ ok: true, value: null });
  });

  it('refuses a report that did not come from a tab', async () => {
    const result = await createHandlers().reportPage(report('https://a.example/'), undefined);
    expect(result.ok).toBe(false);
  });
});
