// The background's answer to a panel asking for a quote (finlens/quote): only when the reader turned the
// option on and the browser granted the host permission (it may have been withdrawn since, in the
// browser's own settings), with the Referer rule in place, from the service client. Browser APIs come in
// as functions so the rules are tested as they are.
import type { Settings } from '../settings-schema';
import type { QuoteAnswer } from './quote-service';

export type AnswerQuoteDeps = {
  settings: () => Promise<Settings>;
  /** Whether the optional host permission for the service is granted. */
  granted: () => Promise<boolean>;
  /** Puts the Referer rule in place; asked once, and again after a failure. */
  installRule: () => Promise<void>;
  ask: (code: string) => Promise<QuoteAnswer>;
};

export function createQuoteAnswerer(deps: AnswerQuoteDeps): (code: string) => Promise<QuoteAnswer> {
  let rule: Promise<void> | null = null;
  return async (code) => {
    try {
      if (!(await deps.settings()).quotes.service) return { ok: false, error: 'off' };
      if (!(await deps.granted())) return { ok: false, error: 'no-permission' };
      rule ??= deps.installRule().catch((error: unknown) => {
        rule = null;
        throw error;
      });
      await rule;
    } catch {
      return { ok: false, error: 'no-rule' };
    }
    return deps.ask(code);
  };
}
