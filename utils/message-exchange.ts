// One request and its answer, whatever validates them: a missing, slow or
// unreadable answer becomes an ErrorReply instead of an exception. Shared by
// the extension pages' client (message-client.ts, with the schemas) and the
// content script's (page-messaging.ts, without zod).
import type { ErrorReply } from './messages';

/** How long to wait for a content script before treating the tab as not answering. */
export const REPLY_TIMEOUT_MS = 4000;

export type Transport = (message: unknown) => Promise<unknown>;

export async function exchange<R>(
  message: unknown,
  transport: Transport,
  timeoutMs: number,
  read: (raw: unknown) => R | ErrorReply,
): Promise<R | ErrorReply> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ErrorReply>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: 'no-answer' }), timeoutMs);
  });
  try {
    return await Promise.race([transport(message).then(read), timeout]);
  } catch {
    // "Receiving end does not exist": no content script in that tab
    return { ok: false, error: 'no-answer' };
  } finally {
    clearTimeout(timer);
  }
}
