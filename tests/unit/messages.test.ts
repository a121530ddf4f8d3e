// Message schemas and sender checks: valid messages pass, malformed ones and
// wrong senders are answered with an error and never reach a handler. The
// content script's side carries no zod: what reaches it was parsed by its
// sender, what it sends is parsed by the background, replies included.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ArticleSummarySchema,
  BackgroundMessageSchema,
  ContentMessageSchema,
  LIMITS,
  parseReply,
} from '@/utils/messages';
import { createBackgroundRouter, isSinaHost, isTrustedSender, type MessageSender } from '@/utils/message-receiver';
import { sendToTab } from '@/utils/message-client';
import { createPageRouter, sendToBackground } from '@/utils/page-messaging';
import { defaultSettings } from '@/utils/settings-schema';
import { readingMinutes } from '@/utils/reading-time';
import { sampleSummary } from './popup/summary-fixture';

const SELF = { id: 'finlens-id', origin: 'chrome-extension://finlens-id' };
const ARTICLE = 'https://finance.sina.com.cn/stock/s/2024-04-30/doc-inatyxyz1234567.shtml';
const tab = { id: 7 } as MessageSender['tab'];

const senders = {
  popup: { id: SELF.id, url: `${SELF.origin}/popup.html` },
  popupAsTab: { id: SELF.id, url: `${SELF.origin}/popup.html?tab=7`, tab },
  options: { id: SELF.id, url: `${SELF.origin}/options.html` },
  chromeWorker: { id: SELF.id },
  chromeWorkerWithOrigin: { id: SELF.id, origin: SELF.origin },
  firefoxBackground: { id: 'finlens@finlens.dev', url: 'moz-extension://0d3c-uuid/background.js' },
  contentScript: { id: SELF.id, url: ARTICLE, tab, frameId: 0 },
  mobileContentScript: { id: SELF.id, url: 'https://finance.sina.cn/2024-04-30/detail-inatyxyz1234567.d.html', tab },
  otherExtension: { id: 'evil-id', url: 'chrome-extension://evil-id/popup.html' },
  otherExtensionClaimingOurUrl: { id: 'evil-id', url: `${SELF.origin}/popup.html` },
  webPage: { url: ARTICLE, tab },
  contentScriptOffSina: { id: SELF.id, url: 'https://evil.example/sina.com.cn/', tab },
  contentScriptLookalike: { id: SELF.id, url: 'https://evilsina.com.cn/a.html', tab },
  contentScriptLookalike2: { id: SELF.id, url: 'https://finance.sina.com.cn.evil.example/a.html', tab },
  contentScriptFile: { id: SELF.id, url: 'file:///finance.sina.com.cn/a.html', tab },
  contentScriptNoTab: { id: SELF.id, url: ARTICLE },
  contentScriptBadUrl: { id: SELF.id, url: 'not a url', tab },
} satisfies Record<string, MessageSender>;
type SenderName = keyof typeof senders;

/** The background's other handlers, not under test here. */
const noText = () => ({ ok: true as const });
const noAnalysis = () => ({ ok: true as const, figures: [], byStock: {}, key: [] });
const noQuote = () => ({ ok: true as const, quote: null });
const settings = () => ({ ok: true as const, settings: defaultSettings() });

describe('isTrustedSender', () => {
  const table: [SenderName, 'extension-page' | 'content-script', boolean][] = [
    ['popup', 'extension-page', true],
    ['popupAsTab', 'extension-page', true],
    ['options', 'extension-page', true],
    ['chromeWorker', 'extension-page', true],
    ['chromeWorkerWithOrigin', 'extension-page', true],
    ['contentScript', 'content-script', true],
    ['mobileContentScript', 'content-script', true],
    ['popup', 'content-script', false],
    ['contentScript', 'extension-page', false],
    ['otherExtension', 'extension-page', false],
    ['otherExtensionClaimingOurUrl', 'extension-page', false],
    ['otherExtension', 'content-script', false],
    ['webPage', 'extension-page', false],
    ['webPage', 'content-script', false],
    ['contentScriptOffSina', 'content-script', false],
    ['contentScriptLookalike', 'content-script', false],
    ['contentScriptLookalike2', 'content-script', false],
    ['contentScriptFile', 'content-script', false],
    ['contentScriptNoTab', 'content-script', false],
    ['contentScriptBadUrl', 'content-script', false],
  ];
  it.each(table)('%s as %s → %s', (name, kind, trusted) => {
    expect(isTrustedSender(senders[name], kind, SELF)).toBe(trusted);
  });

  it('knows the Firefox background by its moz-extension origin', () => {
    const firefox = { id: 'finlens@finlens.dev', origin: 'moz-extension://0d3c-uuid' };
    expect(isTrustedSender(senders.firefoxBackground, 'extension-page', firefox)).toBe(true);
    expect(isTrustedSender(senders.firefoxBackground, 'extension-page', SELF)).toBe(false);
  });

  it('uses the running extension by default', () => {
    expect(isTrustedSender({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }, 'extension-page')).toBe(true);
    expect(isTrustedSender(undefined, 'extension-page')).toBe(false);
  });

  it.each([
    ['finance.sina.com.cn', true],
    ['sina.com.cn', true],
    ['FINANCE.SINA.CN', true],
    ['k.sina.cn', true],
    ['evilsina.cn', false],
    ['sina.com', false],
    ['sina.cn.evil.example', false],
  ])('isSinaHost(%s) → %s', (host, yes) => expect(isSinaHost(host)).toBe(yes));
});

describe('content script messages', () => {
  it.each([
    [{ type: 'finlens/get-summary' }],
    [{ type: 'finlens/set-cleaning', enabled: false }],
    [{ type: 'finlens/set-cleaning', enabled: true, hidden: { ads: false, 'app-promo': true } }],
    [{ type: 'finlens/reveal-figure', id: 'p3-f12' }],
    [{ type: 'finlens/open-stock', code: 'sh601298' }],
    [{ type: 'finlens/open-stock', code: 'us.BRK.B' }],
    [{ type: 'finlens/toggle-cleaning' }],
  ])('accepts %j', (message) => expect(ContentMessageSchema.safeParse(message).success).toBe(true));

  it.each([
    ['no type', {}],
    ['an unknown type', { type: 'finlens/delete-everything' }],
    ['a string', 'finlens/get-summary'],
    ['null', null],
    ['a missing field', { type: 'finlens/set-cleaning' }],
    ['a wrong field type', { type: 'finlens/set-cleaning', enabled: 'yes' }],
    ['an unknown category', { type: 'finlens/set-cleaning', enabled: true, hidden: { body: true } }],
    ['an extra field', { type: 'finlens/get-summary', eval: 'alert(1)' }],
    ['a figure id with markup', { type: 'finlens/reveal-figure', id: '<img src=x>' }],
    ['an overlong figure id', { type: 'finlens/reveal-figure', id: 'a'.repeat(LIMITS.id + 1) }],
    ['a stock code with a selector in it', { type: 'finlens/open-stock', code: 'a"],body' }],
    ['a badge message', { type: 'finlens/badge', count: 3 }],
  ])('rejects %s', (_name, message) => expect(ContentMessageSchema.safeParse(message).success).toBe(false));
});

describe('background messages', () => {
  it.each([
    [{ type: 'finlens/badge', count: 0 }, true],
    [{ type: 'finlens/badge', count: 12 }, true],
    [{ type: 'finlens/badge', count: -1 }, false],
    [{ type: 'finlens/badge', count: 1.5 }, false],
    [{ type: 'finlens/badge', count: '3' }, false],
    [{ type: 'finlens/badge' }, false],
    [{ type: 'finlens/get-summary' }, false],
    [{ type: 'finlens/quote', code: 'sh601298' }, true],
    [{ type: 'finlens/quote', code: 'us.JPM' }, true],
    [{ type: 'finlens/quote', code: 'sh601298,gb_evil' }, false],
    [{ type: 'finlens/quote', code: 'sh601298', url: 'https://evil.example/' }, false],
  ])('%j → %s', (message, ok) => expect(BackgroundMessageSchema.safeParse(message).success).toBe(ok));

  // issue 13: the quote-service answer the panel shows
  const quote = { price: '6.12', change: '+0.12', percent: '+2.00%', direction: 'up', at: '2026-12-04 14:59:58' };
  it.each([
    ['a quote', { ok: true, quote }, true],
    ['no quote for the code', { ok: true, quote: null }, true],
    ['a falling quote', { ok: true, quote: { ...quote, change: '\u22120.12', percent: '\u22122.00%', direction: 'down' } }, true],
    ['markup as a price', { ok: true, quote: { ...quote, price: '<img src=x>' } }, false],
    ['an unknown direction', { ok: true, quote: { ...quote, direction: 'sideways' } }, false],
    ['an overlong price', { ok: true, quote: { ...quote, price: '1'.repeat(25) } }, false],
  ])('a quote reply with %s parses: %s', (_what, reply, ok) => expect(parseReply('finlens/quote', reply).ok).toBe(ok));

  describe('analyze-article: the paragraphs, and each stock with its name and where its links sit', () => {
    const analyze = (stocks: unknown, paragraphs: unknown = ['青岛港营收143亿元。']) => ({
      type: 'finlens/analyze-article',
      paragraphs,
      stocks,
      kinds: ['money'],
      keyFigures: 8,
      lang: 'zh',
    });
    const qingdao = { code: 'sh601298', name: '青岛港', links: [{ paragraph: 0, start: 0, end: 3 }] };
    it.each([
      ['a stock with its links', analyze([qingdao]), true],
      ['a stock whose link is in no paragraph', analyze([{ ...qingdao, links: [] }]), true],
      ['no stocks', analyze([]), true],
      ['a name with markup (page text: bounded, not filtered)', analyze([{ ...qingdao, name: '<img src=x onerror=alert(1)>' }]), true],
      ['a stock without its name', analyze([{ code: 'sh601298', links: [] }]), false],
      ['the old shape (mentions, no name)', analyze([{ code: 'sh601298', mentions: [] }]), false],
      ['a name longer than a paragraph may be', analyze([{ ...qingdao, name: 'a'.repeat(LIMITS.paragraphChars + 1) }]), false],
      ['a negative offset', analyze([{ ...qingdao, links: [{ paragraph: 0, start: -1, end: 3 }] }]), false],
      ['a bad code', analyze([{ ...qingdao, code: 'a"],body' }]), false],
      ['too many stocks', analyze(Array.from({ length: LIMITS.stocks + 1 }, () => qingdao)), false],
      ['too many links', analyze([{ ...qingdao, links: Array.from({ length: LIMITS.analyzedFigures + 1 }, () => qingdao.links[0]) }]), false],
      ['a paragraph that is not text', analyze([qingdao], [42]), false],
    ])('%s → %s', (_name, message, ok) => expect(BackgroundMessageSchema.safeParse(message).success).toBe(ok));
  });

  describe('issue 15: a long article in parts (article-text), then analyze-article naming them', () => {
    const part = (fields: object) => ({ type: 'finlens/article-text', article: 'm1abc-x7', from: 0, paragraphs: ['第一段。'], ...fields });
    const after = (earlier: unknown) => ({ type: 'finlens/analyze-article', paragraphs: ['末段。'], earlier, stocks: [], kinds: [], keyFigures: 8, lang: 'zh' });
    it.each([
      ['a part', part({}), true],
      ['a later part', part({ from: 5_000 }), true],
      ['an empty part', part({ paragraphs: [] }), false],
      ['a part of too many paragraphs', part({ paragraphs: Array<string>(LIMITS.paragraphsPerPart + 1).fill('段') }), false],
      ['a negative start', part({ from: -1 }), false],
      ['an id with markup', part({ article: '<b>' }), false],
      ['an overlong id', part({ article: 'a'.repeat(65) }), false],
      ['a part with a field nobody defined', part({ stocks: [] }), false],
      ['analyze-article after parts', after({ article: 'm1abc-x7', paragraphs: 5_000 }), true],
      ['analyze-article naming parts without a count', after({ article: 'm1abc-x7' }), false],
      ['analyze-article naming parts with a field nobody defined', after({ article: 'm1abc-x7', paragraphs: 1, more: 1 }), false],
    ])('%s → %s', (_name, message, ok) => expect(BackgroundMessageSchema.safeParse(message).success).toBe(ok));
  });
});

describe('ArticleSummary', () => {
  it('accepts a well-formed summary', () => {
    expect(ArticleSummarySchema.safeParse(sampleSummary()).success).toBe(true);
  });

  const broken: [string, (s: ReturnType<typeof sampleSummary>) => unknown][] = [
    ['an overlong title', (s) => ({ ...s, title: 'x'.repeat(LIMITS.title + 1) })],
    ['an overlong sentence', (s) => ({ ...s, figures: [{ ...s.figures[0], sentence: 'x'.repeat(LIMITS.sentence + 1) }] })],
    ['a javascript: url', (s) => ({ ...s, url: 'javascript:alert(1)' })],
    ['a javascript: stock href', (s) => ({ ...s, stocks: [{ ...s.stocks[0], href: 'javascript:alert(1)' }] })],
    ['an unknown kind', (s) => ({ ...s, figures: [{ ...s.figures[0], kind: 'gold' }] })],
    ['an unknown market', (s) => ({ ...s, stocks: [{ ...s.stocks[0], market: 'ldn' }] })],
    ['a NaN value', (s) => ({ ...s, figures: [{ ...s.figures[0], value: Number.NaN }] })],
    ['a negative count', (s) => ({ ...s, chars: -1 })],
    ['too many figures', (s) => ({ ...s, figures: Array.from({ length: LIMITS.figures + 1 }, () => s.figures[0]) })],
    ['a missing category in cleaning.hidden', (s) => ({ ...s, cleaning: { enabled: true, hidden: { ads: true } } })],
    ['ok: false', (s) => ({ ...s, ok: false })],
  ];
  it.each(broken)('rejects %s', (_name, mutate) => {
    expect(ArticleSummarySchema.safeParse(mutate(sampleSummary())).success).toBe(false);
  });

  it('takes markup in page text as plain text (it is bounded, not filtered)', () => {
    const summary = { ...sampleSummary(), title: '<img src=x onerror=alert(1)>' };
    expect(ArticleSummarySchema.parse(summary).title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('parseReply', () => {
  it('passes a valid reply, keeps an error reply, and turns anything else into bad-reply', () => {
    expect(parseReply('finlens/get-summary', { ok: false, reason: 'not-article' })).toEqual({ ok: false, reason: 'not-article' });
    expect(parseReply('finlens/reveal-figure', { ok: false, error: 'not-found' })).toEqual({ ok: false, error: 'not-found' });
    expect(parseReply('finlens/get-summary', { ok: true, title: 'half a summary' })).toEqual({ ok: false, error: 'bad-reply' });
    expect(parseReply('finlens/badge', undefined)).toEqual({ ok: false, error: 'bad-reply' });
  });

  it('drops unknown fields of a reply', () => {
    const reply = parseReply('finlens/get-summary', { ...sampleSummary(), extra: '<script>' });
    expect(reply).not.toHaveProperty('extra');
  });
});

describe('routers', () => {
  const dispatch = (listener: ReturnType<typeof createPageRouter>, message: unknown, sender: MessageSender) =>
    new Promise((resolve) => expect(listener(message, sender, resolve)).toBe(true));

  const contentHandlers = () => ({
    'finlens/get-summary': vi.fn(() => sampleSummary()),
    'finlens/set-cleaning': vi.fn(async (m: { enabled: boolean }) => ({
      ok: true as const,
      cleaning: { ...sampleSummary().cleaning, enabled: m.enabled },
      hiddenCounts: {},
    })),
    'finlens/toggle-cleaning': vi.fn(() => ({ ok: true as const, cleaning: sampleSummary().cleaning, hiddenCounts: {} })),
    'finlens/reveal-figure': vi.fn(() => ({ ok: true as const })),
    'finlens/open-stock': vi.fn(() => ({ ok: false as const, error: 'not-found' })),
  });

  it('routes a valid message from a trusted sender to its handler', async () => {
    const handlers = contentHandlers();
    const listener = createPageRouter(handlers, () => SELF);
    expect(await dispatch(listener, { type: 'finlens/set-cleaning', enabled: false }, senders.popup)).toMatchObject({
      ok: true,
      cleaning: { enabled: false },
    });
    expect(handlers['finlens/set-cleaning']).toHaveBeenCalledOnce();
    expect(await dispatch(listener, { type: 'finlens/open-stock', code: 'sh600000' }, senders.chromeWorker)).toEqual({
      ok: false,
      error: 'not-found',
    });
  });

  it.each<[string, unknown, SenderName]>([
    ['a web page', { type: 'finlens/get-summary' }, 'webPage'],
    ['another extension', { type: 'finlens/toggle-cleaning' }, 'otherExtension'],
    ['a content script (to a content script)', { type: 'finlens/toggle-cleaning' }, 'contentScript'],
  ])('answers %s with untrusted-sender and does nothing', async (_name, message, sender) => {
    const handlers = contentHandlers();
    const listener = createPageRouter(handlers, () => SELF);
    expect(await dispatch(listener, message, senders[sender])).toEqual({ ok: false, error: 'untrusted-sender' });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'finlens/format-disk' }],
    ['an inherited name as its type', { type: 'constructor' }],
    ['no type', { enabled: true }],
    ['not an object', 'finlens/get-summary'],
    ['nothing', null],
  ])('the page answers %s with bad-message and does nothing', async (_name, message) => {
    const handlers = contentHandlers();
    const listener = createPageRouter(handlers, () => SELF);
    expect(await dispatch(listener, message, senders.popup)).toEqual({ ok: false, error: 'bad-message: type' });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('the background answers a malformed message with bad-message and does nothing', async () => {
    const badge = vi.fn(() => ({ ok: true as const }));
    const listener = createBackgroundRouter({ 'finlens/badge': badge, 'finlens/article-text': noText, 'finlens/analyze-article': noAnalysis, 'finlens/quote': noQuote, 'finlens/get-settings': settings }, () => SELF);
    const reply = (await dispatch(listener, { type: 'finlens/badge', count: -1 }, senders.contentScript)) as { error: string };
    expect(reply.error).toMatch(/^bad-message: count/);
    expect(badge).not.toHaveBeenCalled();
  });

  it('the background parses its replies before the page reads them', async () => {
    const listener = createBackgroundRouter(
      {
        'finlens/badge': () => ({ ok: true as const, extra: '<script>' }),
        'finlens/article-text': () => ({ ok: true as const }),
        'finlens/analyze-article': () => ({ ok: true as const, figures: [{ surface: 5 }], byStock: {}, key: [] }) as never,
        'finlens/get-settings': () => ({ ok: true as const, settings: { colors: 'purple' } }) as never,
        'finlens/quote': () => ({ ok: true as const, quote: { price: 'x' } }) as never,
      },
      () => SELF,
    );
    expect(await dispatch(listener, { type: 'finlens/badge', count: 1 }, senders.contentScript)).toEqual({ ok: true });
    expect(await dispatch(listener, { type: 'finlens/analyze-article', paragraphs: [], stocks: [], kinds: [], keyFigures: 1, lang: 'zh' }, senders.contentScript)).toEqual({
      ok: false,
      error: 'bad-reply',
    });
    // settings are repaired, field by field, as everywhere
    expect(await dispatch(listener, { type: 'finlens/get-settings' }, senders.contentScript)).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('answers failed when a handler throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const listener = createPageRouter(
      { ...contentHandlers(), 'finlens/get-summary': () => { throw new Error('boom'); } },
      () => SELF,
    );
    expect(await dispatch(listener, { type: 'finlens/get-summary' }, senders.popup)).toEqual({ ok: false, error: 'failed' });
    error.mockRestore();
  });

  it('the background accepts badges from Sina content scripts only', async () => {
    const badge = vi.fn(() => ({ ok: true as const }));
    const listener = createBackgroundRouter({ 'finlens/badge': badge, 'finlens/article-text': noText, 'finlens/analyze-article': noAnalysis, 'finlens/quote': noQuote, 'finlens/get-settings': settings }, () => SELF);
    expect(await dispatch(listener, { type: 'finlens/badge', count: 4 }, senders.contentScript)).toEqual({ ok: true });
    expect(await dispatch(listener, { type: 'finlens/badge', count: 4 }, senders.contentScriptOffSina)).toEqual({
      ok: false,
      error: 'untrusted-sender',
    });
    expect(await dispatch(listener, { type: 'finlens/badge', count: 4 }, senders.popup)).toEqual({
      ok: false,
      error: 'untrusted-sender',
    });
    expect(badge).toHaveBeenCalledOnce();
  });
});

describe('sending', () => {
  beforeEach(() => fakeBrowser.reset());

  it('parses the reply of the content script', async () => {
    const reply = await sendToTab(1, { type: 'finlens/get-summary' }, { transport: async () => sampleSummary() });
    expect(reply).toEqual(sampleSummary());
  });

  it.each<[string, () => Promise<unknown>, string]>([
    ['no content script', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), 'no-answer'],
    ['no reply in time', () => new Promise(() => {}), 'no-answer'],
    ['a malformed reply', async () => ({ ok: true, title: 5 }), 'bad-reply'],
  ])('turns %s into an error reply', async (_name, transport, error) => {
    expect(await sendToTab(1, { type: 'finlens/get-summary' }, { transport, timeoutMs: 20 })).toEqual({ ok: false, error });
  });

  it('refuses to send a malformed message', async () => {
    const transport = vi.fn();
    const bad = { type: 'finlens/reveal-figure', id: '<x>' } as const;
    expect(await sendToTab(1, bad, { transport })).toEqual({ ok: false, error: 'bad-message' });
    expect(transport).not.toHaveBeenCalled();
  });

  it('reaches the background router through runtime messaging', async () => {
    const badge = vi.fn(() => ({ ok: true as const }));
    fakeBrowser.runtime.onMessage.addListener(createBackgroundRouter({ 'finlens/badge': badge, 'finlens/article-text': noText, 'finlens/analyze-article': noAnalysis, 'finlens/quote': noQuote, 'finlens/get-settings': settings }, () => SELF));
    // fakeBrowser sends with an empty sender: the router must refuse it
    expect(await sendToBackground({ type: 'finlens/badge', count: 2 })).toEqual({ ok: false, error: 'untrusted-sender' });
    expect(badge).not.toHaveBeenCalled();
  });
});

describe('readingMinutes (400 characters a minute)', () => {
  it.each([
    [0, 0],
    [-5, 0],
    [Number.NaN, 0],
    [1, 1],
    [399, 1],
    [600, 2],
    [812, 2],
    [4000, 10],
  ])('%d characters → %d min', (chars, minutes) => expect(readingMinutes(chars)).toBe(minutes));
});
