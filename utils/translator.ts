// `t` with the semantics of @wxt-dev/i18n's (keys with dots as underscores,
// positional substitutions, a count choosing among "one | many" or
// "zero | one | many" forms, {named} substitutions), over any getMessage:
// the browser's own for the page's UI (page-translate.ts), a messages.json
// for the popup's `?lang=` (i18n-override.ts).
import type { Translate } from './i18n-keys';

export type GetMessage = (name: string, substitutions: string[]) => string;

export function translator(getMessage: GetMessage): Translate {
  const t = (key: string, ...args: unknown[]): string => {
    let count: number | undefined;
    let subs: string[] | undefined;
    let named: Record<string, unknown> | undefined;
    for (const arg of args) {
      if (arg == null) continue;
      if (typeof arg === 'number') count = arg;
      else if (Array.isArray(arg)) subs = arg.map(String);
      else if (typeof arg === 'object') named = arg as Record<string, unknown>;
    }
    if (count !== undefined && subs === undefined) subs = [String(count)];
    let message = getMessage(key.replaceAll('.', '_'), subs ?? []);
    if (count !== undefined) {
      const forms = message.split(' | ');
      if (forms.length === 2) message = forms[count === 1 ? 0 : 1]!;
      else if (forms.length === 3) message = forms[count === 0 || count === 1 ? count : 2]!;
    }
    if (!named) return message;
    const values = named;
    return message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : match,
    );
  };
  return t as Translate;
}
