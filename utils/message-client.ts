// The sending end of FinLens messages: validates what goes out, and parses
// what comes back, so a missing, slow or malformed answer becomes an
// ErrorReply instead of an exception or an unchecked object.
import { browser } from '#imports';
import {
  BackgroundMessageSchema,
  ContentMessageSchema,
  parseReply,
  type BackgroundMessage,
  type ContentMessage,
  type ErrorReply,
  type ReplyTo,
} from './messages';

/** How long to wait for a content script before treating the tab as not answering. */
export const REPLY_TIMEOUT_MS = 4000;

type Transport = (message: unknown) => Promise<unknown>;

async function exchange<M extends ContentMessage | BackgroundMessage>(
  message: M,
  valid: boolean,
  transport: Transport,
  timeoutMs: number,
): Promise<ReplyTo<M['type']> | ErrorReply> {
  if (!valid) return { ok: false, error: 'bad-message' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ErrorReply>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: 'no-answer' }), timeoutMs);
  });
  try {
    const reply = await Promise.race([transport(message).then((raw) => parseReply(message.type, raw)), timeout]);
    return reply as ReplyTo<M['type']> | ErrorReply;
  } catch {
    // "Receiving end does not exist": no content script in that tab
    return { ok: false, error: 'no-answer' };
  } finally {
    clearTimeout(timer);
  }
}

/** Sends a request to the FinLens content script of a tab (top frame). */
export function sendToTab<M extends ContentMessage>(
  tabId: number,
  message: M,
  options: { timeoutMs?: number; transport?: Transport } = {},
): Promise<ReplyTo<M['type']> | ErrorReply> {
  const transport = options.transport ?? ((m: unknown) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }));
  return exchange(message, ContentMessageSchema.safeParse(message).success, transport, options.timeoutMs ?? REPLY_TIMEOUT_MS);
}

/** Sends a message from a content script to the background. */
export function sendToBackground<M extends BackgroundMessage>(
  message: M,
  options: { timeoutMs?: number; transport?: Transport } = {},
): Promise<ReplyTo<M['type']> | ErrorReply> {
  const transport = options.transport ?? ((m: unknown) => browser.runtime.sendMessage(m));
  return exchange(message, BackgroundMessageSchema.safeParse(message).success, transport, options.timeoutMs ?? REPLY_TIMEOUT_MS);
}
