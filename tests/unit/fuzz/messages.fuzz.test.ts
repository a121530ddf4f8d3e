// Random payloads to the message routers: never acted on, always answered
// with an error, never an exception.
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { createBackgroundRouter, type MessageSender } from '@/utils/message-receiver';
import { createPageRouter } from '@/utils/page-messaging';
import { fuzzParams } from './fuzz-runs';

const SELF = { id: 'finlens-id', origin: 'chrome-extension://finlens-id' };
const popup = { id: SELF.id, url: `${SELF.origin}/popup.html` } as MessageSender;
const contentScript = { id: SELF.id, url: 'https://finance.sina.com.cn/roll/2024-01-03/doc-ifuzzedx1234567.shtml', tab: { id: 7 }, frameId: 0 } as MessageSender;
const TYPES = ['finlens/get-summary', 'finlens/set-cleaning', 'finlens/toggle-cleaning', 'finlens/reveal-figure', 'finlens/open-stock', 'finlens/badge', 'finlens/analyze-article', 'finlens/article-text'];

// Payloads that look like messages: a known type with random fields (each
// known type needs fields, or has none, so extra random fields make it invalid).
const lookalike = fc
  .tuple(fc.constantFrom(...TYPES), fc.dictionary(fc.string({ maxLength: 12 }), fc.anything(), { minKeys: 1, maxKeys: 5 }))
  .map(([type, fields]) => ({ ...fields, type, [`x${Object.keys(fields).length}`]: fields }));
const payload = fc.oneof(fc.anything(), lookalike);

type Handlers = Record<string, ReturnType<typeof vi.fn>>;
const handlersFor = (types: readonly string[]): Handlers => Object.fromEntries(types.map((t) => [t, vi.fn(() => ({ ok: true }))]));
const dispatch = (listener: (m: unknown, s: MessageSender, reply: (r: unknown) => void) => unknown, message: unknown, sender: MessageSender) =>
  new Promise<unknown>((resolve) => {
    listener(message, sender, resolve);
  });

describe('random payloads never act and always get an error', () => {
  test.each([
    ['content script router', (h: Handlers) => createPageRouter(h as never, () => SELF), popup, TYPES.slice(0, 5)],
    ['background router', (h: Handlers) => createBackgroundRouter(h as never, () => SELF), contentScript, TYPES.slice(5)],
  ] as const)('%s', async (_name, make, sender, types) => {
    await fc.assert(
      fc.asyncProperty(payload, async (message) => {
        const handlers = handlersFor(types);
        const reply = (await dispatch(make(handlers) as never, message, sender)) as { ok: unknown; error: unknown };
        expect(reply.ok).toBe(false);
        expect(typeof reply.error).toBe('string');
        for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
      }),
      fuzzParams(300),
    );
  });
});
