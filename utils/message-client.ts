// The sending end of FinLens messages in the extension's pages (popup,
// background): validates what goes out, and parses what comes back, so a
// missing, slow or malformed answer becomes an ErrorReply instead of an
// exception or an unchecked object. (The content script sends with
// page-messaging.ts.)
import { browser } from '#imports';
import { exchange, REPLY_TIMEOUT_MS, type Transport } from './message-exchange';
import { ContentMessageSchema, parseReply, type ContentMessage, type ErrorReply, type ReplyTo } from './messages';

/** Sends a request to the FinLens content script of a tab (top frame). */
export async function sendToTab<M extends ContentMessage>(
  tabId: number,
  message: M,
  options: { timeoutMs?: number; transport?: Transport } = {},
): Promise<ReplyTo<M['type']> | ErrorReply> {
  // the content script reads messages without a schema (page-messaging.ts): nothing unchecked leaves here
  if (!ContentMessageSchema.safeParse(message).success) return { ok: false, error: 'bad-message' };
  const transport = options.transport ?? ((m: unknown) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }));
  return exchange(message, transport, options.timeoutMs ?? REPLY_TIMEOUT_MS, (raw) => parseReply(message.type, raw) as ReplyTo<M['type']> | ErrorReply);
}
