// The Localization (messages + locale) for the popup and options components,
// through context: the entrypoints provide the browser's i18n, tests provide
// either locale's real messages (tests/unit/popup/l10n-fixture.ts), and no
// component calls a browser API itself.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Localization } from '@/utils/i18n-keys';

const L10nContext = createContext<Localization | null>(null);

export function L10nProvider({ value, children }: { value: Localization; children: ComponentChildren }) {
  return <L10nContext.Provider value={value}>{children}</L10nContext.Provider>;
}

export function useL10n(): Localization {
  const l10n = useContext(L10nContext);
  if (!l10n) throw new Error('FinLens components need an <L10nProvider> above them');
  return l10n;
}
