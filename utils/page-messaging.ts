// FinLens messages as the content script sends and receives them, without
// zod: the page side carries no schema (issue 12: its bytes and its start-up
// are paid on every article). Every message still passes its schema, on the
// extension's side: the background parses what the page sends, and its
// replies, before answering (message-receiver.ts); the popup and the
// background parse what they send to the page before sending it
// (message-client.ts sendToTab). Here the sender is checked, the message's
// fields checked to the letter of its schema (page-message-shape.ts), the type
// routed, and a handler that throws is answered with an error: nothing escapes.
import { browser } from '#imports';
import { exchange, REPLY_TIMEOUT_MS, type Transport } from './message-exchange';
import type { ContentScriptHandlers, Listener } from './message-receiver';
import type { BackgroundMessage, ErrorReply, ReplyTo } from './messages';
import { isPageMessage } from './page-message-shape';
import { isTrustedSender, type MessageSender, type Self } from './sender-check';

const isReply = (raw: unknown): raw is { ok: boolean } =>
  typeof raw === 'object' && raw !== null && typeof (raw as { ok?: unknown }).ok === 'boolean';

/** Sends a message to the background; its reply has passed the reply schema there. */
export function sendToBackground<M extends BackgroundMessage>(
  message: M,
  options: { timeoutMs?: number; transport?: Transport } = {},
): Promise<ReplyTo<M['type']> | ErrorReply> {
  const transport = options.transport ?? ((m: unknown) => browser.runtime.sendMessage(m));
  return exchange(message, transport, options.timeoutMs ?? REPLY_TIMEOUT_MS, (raw) =>
    isReply(raw) ? (raw as ReplyTo<M['type']> | ErrorReply) : { ok: false, error: 'bad-reply' },
  );
}

/** The content script's runtime.onMessage listener: the extension's own pages only, known types only. */
export function createPageRouter(handlers: ContentScriptHandlers, self?: () => Self): Listener {
  return (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => {
    const answer = async (): Promise<unknown> => {
      if (!isTrustedSender(sender, 'extension-page', self?.())) return { ok: false, error: 'untrusted-sender' };
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return { ok: false, error: 'bad-message: type' };
      if (!isPageMessage(message)) return { ok: false, error: 'bad-message: fields' };
      const handle = handlers[type as keyof ContentScriptHandlers] as (m: unknown, s: MessageSender) => unknown;
      try {
        return await handle(message, sender);
      } catch (error) {
        console.error('[FinLens] message handler failed', type, error);
        return { ok: false, error: 'failed' };
      }
    };
    void answer().then(sendResponse);
    return true;
  };
}
