// The receiving end of FinLens messages: who may talk to whom, and a router
// that parses every message with its schema and checks its sender before any
// handler runs. A bad message or a wrong sender is answered with
// `{ ok: false, error }` and never acted on.
import { browser, type Browser } from '#imports';
import type { ZodMiniType } from 'zod/mini';
import type { $ZodError } from 'zod/v4/core';
import {
  BackgroundMessageSchema,
  ContentMessageSchema,
  type BackgroundMessage,
  type ContentMessage,
  type ErrorReply,
  type ReplyTo,
} from './messages';

export type MessageSender = Browser.runtime.MessageSender;
/** `extension-page`: the popup, the options page or the background. `content-script`: FinLens on a Sina page. */
export type SenderKind = 'extension-page' | 'content-script';

/** Hosts the content script runs on (keep in step with SINA_MATCHES in wxt.config.ts). */
export const SINA_HOST_SUFFIXES = ['sina.com.cn', 'sina.cn'] as const;

export function isSinaHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return SINA_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

const parseUrl = (url: string | undefined): URL | null => {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

export type Self = { id: string; origin: string };

// scheme://host, built by hand: URL.origin is "null" for non-special schemes
// such as moz-extension: in some engines.
const originOf = (url: URL) => `${url.protocol}//${url.host}`;

const currentExtension = (): Self => ({ id: browser.runtime.id, origin: originOf(new URL(browser.runtime.getURL('/'))) });

/**
 * Is this sender one of ours, of the expected kind? Only this extension's own
 * pages (sender.id is ours and the sender's URL is on the extension's origin)
 * and its content scripts on the Sina hosts (a tab, and a http(s) Sina URL).
 */
export function isTrustedSender(sender: MessageSender | undefined, expected: SenderKind, self: Self = currentExtension()): boolean {
  if (!sender || sender.id !== self.id) return false;
  const url = parseUrl(sender.url);
  if (expected === 'content-script') {
    return sender.tab?.id != null && url != null && /^https?:$/.test(url.protocol) && isSinaHost(url.hostname);
  }
  if (url) return originOf(url) === self.origin;
  // Chrome gives no sender.url for its background service worker (w3c/webextensions#851);
  // a content script always comes with a tab and a URL, so a bare sender is the background.
  if (sender.origin) return sender.origin === self.origin;
  return sender.tab == null;
}

type Reply<R> = R | ErrorReply;
type Handlers<M extends { type: string }, R extends Record<M['type'], unknown>> = {
  [T in M['type']]: (message: Extract<M, { type: T }>, sender: MessageSender) => Reply<R[T]> | Promise<Reply<R[T]>>;
};
type Listener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => true;

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
        return await handle(parsed.data, sender);
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

/** For the content script: accepts requests from the popup and the background only. */
export const createContentScriptRouter = (handlers: ContentScriptHandlers, self?: () => Self) =>
  createMessageRouter<ContentMessage, ReplyMap<ContentMessage>>(ContentMessageSchema, 'extension-page', handlers, self);

/** For the background: accepts messages from FinLens content scripts on Sina pages only. */
export const createBackgroundRouter = (handlers: BackgroundHandlers, self?: () => Self) =>
  createMessageRouter<BackgroundMessage, ReplyMap<BackgroundMessage>>(BackgroundMessageSchema, 'content-script', handlers, self);
