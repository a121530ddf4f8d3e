// The popup's link to the browser: which tab it is about, and what it shows
// for each kind of answer (or silence) from that tab.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopupApi, findTargetTab, summaryState, tabIdFromSearch } from '@/utils/popup-connection';
import { sampleSummary } from './summary-fixture';

const ARTICLE = 'https://finance.sina.com.cn/stock/s/2024-04-30/doc-inatyxyz1234567.shtml';

beforeEach(() => fakeBrowser.reset());

describe('tabIdFromSearch', () => {
  it.each([
    ['?tab=12', 12],
    ['?x=1&tab=3', 3],
    ['', null],
    ['?tab=', null],
    ['?tab=-1', null],
    ['?tab=1.5', null],
    ['?tab=abc', null],
    ['?tab=99999999999999', null],
  ])('%j → %s', (search, id) => expect(tabIdFromSearch(search)).toBe(id));
});

describe('findTargetTab', () => {
  it('uses ?tab=<id> when given (end-to-end tests open popup.html as a page)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: ARTICLE });
    expect(await findTargetTab(`?tab=${tab.id}`)).toEqual({ id: tab.id, url: ARTICLE });
  });

  it("otherwise uses the active tab of the popup's window", async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, url: ARTICLE }] as never);
    expect(await findTargetTab('')).toEqual({ id: 9, url: ARTICLE });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('is null for a tab that does not exist', async () => {
    expect(await findTargetTab('?tab=4242')).toBeNull();
  });
});

describe('summaryState', () => {
  it.each<[string, Parameters<typeof summaryState>[0], string | undefined, string]>([
    ['a summary', sampleSummary(), ARTICLE, 'ready'],
    ['"not an article" from the page', { ok: false, reason: 'not-article' }, ARTICLE, 'not-article'],
    ['silence on a Sina article (needs a reload)', { ok: false, error: 'no-answer' }, ARTICLE, 'no-answer'],
    ['a malformed answer on a Sina article', { ok: false, error: 'bad-reply' }, ARTICLE, 'no-answer'],
    ['silence on a Sina channel page', { ok: false, error: 'no-answer' }, 'https://finance.sina.com.cn/', 'not-article'],
    ['silence on a browser page', { ok: false, error: 'no-answer' }, 'chrome://extensions/', 'not-article'],
    ['silence on a store page', { ok: false, error: 'no-answer' }, 'https://chromewebstore.google.com/', 'not-article'],
    ['silence where FinLens may not see the URL', { ok: false, error: 'no-answer' }, undefined, 'not-article'],
  ])('%s → %s', (_name, reply, url, status) => expect(summaryState(reply, url).status).toBe(status));
});

describe('createPopupApi', () => {
  const deps = (reply: unknown = { ok: true }) => ({
    send: vi.fn(async () => reply) as never,
    copy: vi.fn(async () => {}),
    openOptions: vi.fn(),
  });

  it('sends each request to the target tab', async () => {
    const d = deps({ ok: true, cleaning: sampleSummary().cleaning, hiddenCounts: {} });
    const api = createPopupApi({ id: 5, url: ARTICLE }, d);
    expect(await api.setCleaning(false)).toMatchObject({ ok: true });
    await api.setCleaning(true, { ads: false });
    await api.revealFigure('p1-f2');
    await api.openStock('sh601298');
    expect((d.send as unknown as ReturnType<typeof vi.fn>).mock.calls).toEqual([
      [5, { type: 'finlens/set-cleaning', enabled: false }],
      [5, { type: 'finlens/set-cleaning', enabled: true, hidden: { ads: false } }],
      [5, { type: 'finlens/reveal-figure', id: 'p1-f2' }],
      [5, { type: 'finlens/open-stock', code: 'sh601298' }],
    ]);
  });

  it('reports failures as null / false', async () => {
    const api = createPopupApi({ id: 5 }, deps({ ok: false, error: 'no-answer' }));
    expect(await api.setCleaning(false)).toBeNull();
    expect(await api.revealFigure('x')).toBe(false);
    expect(await api.openStock('sh601298')).toBe(false);
  });

  it('without a tab, there is no article and nothing is sent', async () => {
    const d = deps();
    const api = createPopupApi(null, d);
    expect(await api.getSummary()).toEqual({ status: 'not-article' });
    expect(await api.setCleaning(true)).toBeNull();
    expect(d.send).not.toHaveBeenCalled();
  });
});
