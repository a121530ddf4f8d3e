// The stylesheet the manifest lists with the content script (wxt.config.ts writes it at build time): clean
// reading's rules, the reading layout and theme, and the reader's colours for Sina's inline quotes, all gated
// on <html> attributes.
import { boilerplateCss } from './clean';
import { inlineQuoteCss } from './inline-quote-colors';
import { readingCss } from './reading-css';

export const manifestStylesheet = (): string => [boilerplateCss(), readingCss(), inlineQuoteCss()].join('\n');
