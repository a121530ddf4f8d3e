// The page's UI strings (stock triggers and panel), from the browser's own
// i18n API through translator.ts: the same semantics as @wxt-dev/i18n's `t`
// without its runtime in the page's bundle (0.2 kB gzipped of the content
// scripts' 30 kB budget, issue 12). The popup and options keep @wxt-dev/i18n.
import { browser } from '@wxt-dev/browser';
import { translator } from './translator';

export const pageT = translator((name, substitutions) => browser.i18n.getMessage(name, substitutions));
