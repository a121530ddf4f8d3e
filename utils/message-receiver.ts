// The receiving end of FinLens messages in the background: a router that
// parses every message with its schema and checks its sender before any
// handler runs, and parses the reply before it goes back. A bad message or a
// wrong sender is answered with `{ ok: false, error }` and never acted on.
// (The content script's router, without zod, is page-messaging.ts.)
import type { ZodMiniType } from 'zod/mini';
import type { $ZodError } from 'zod/v4/core';
import { isTrustedSender, type MessageSender, type Self, type SenderKind } from './sender-check';
import {
  BackgroundMessageSchema,
  parseReply,
  type BackgroundMessage,
  type ContentMessage,
  type ErrorReply,
  type MessageType,
  type ReplyTo,
} from './messages';

export { isSinaHost, isTrustedSender, type MessageSender, type Self, type SenderKind } from './sender-check';

type Reply<R> = R | ErrorReply;
type Handlers<M extends { type: string }, R extends Record<M['type'], unknown>> = {
  [T in M['type']]: (message: Extract<M, { type: T }>, sender: MessageSender) => Reply<R[T]> | Promise<Reply<R[T]>>;
};
export type Listener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => true;

const describe = (error: $ZodError) =>
  `bad-message: ${error.issues.map((issue) => `${issue.path.join('.') || '(message)'} ${issue.message}`).join('; ')}`.slice(0, 200);

/**
 * A `runtime.onMessage` listener that parses, checks the sender, then routes
 * by `type`. It answers through `sendResponse` and returns `true`, which works
 * the same with and without webextension-polyfill.
 */
export function createMessageRouter<M extends { type: string }, R extends Record<M['type'], unknown>>(
  schema: ZodMiniType<M>,
  from: SenderKind,
  handlers: Handlers<M, R>,
  self?: () => Self,
): Listener {
  return (message, sender, sendResponse) => {
    const answer = async (): Promise<unknown> => {
      if (!isTrustedSender(sender, from, self?.())) return { ok: false, error: 'untrusted-sender' };
      const parsed = schema.safeParse(message);
      if (!parsed.success) return { ok: false, error: describe(parsed.error) };
      const handle = handlers[parsed.data.type as M['type']] as (m: M, s: MessageSender) => unknown;
      try {
        // what goes back passes its schema too: a content script reads it without one (page-messaging.ts)
        return parseReply(parsed.data.type as MessageType, await handle(parsed.data, sender));
      } catch (error) {
        console.error('[FinLens] message handler failed', parsed.data.type, error);
        return { ok: false, error: 'failed' };
      }
    };
    void answer().then(sendResponse);
    return true;
  };
}

type ReplyMap<M extends { type: string }> = { [T in M['type']]: T extends keyof ReplyMapAll ? ReplyMapAll[T] : never };
type ReplyMapAll = { [T in ContentMessage['type'] | BackgroundMessage['type']]: ReplyTo<T> };

export type ContentScriptHandlers = Handlers<ContentMessage, ReplyMap<ContentMessage>>;
export type BackgroundHandlers = Handlers<BackgroundMessage, ReplyMap<BackgroundMessage>>;

/** For the background: accepts messages from FinLens content scripts on Sina pages only. */
export const createBackgroundRouter = (handlers: BackgroundHandlers, self?: () => Self) =>
  createMessageRouter<BackgroundMessage, ReplyMap<BackgroundMessage>>(BackgroundMessageSchema, 'content-script', handlers, self);
