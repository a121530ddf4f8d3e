// The stylesheet the manifest lists with the content script (wxt.config.ts writes it at build time): clean
// reading's rules and the reader's colours for Sina's inline quotes, both gated on <html> attributes.
import { boilerplateCss } from './clean';
import { inlineQuoteCss } from './inline-quote-colors';

export const manifestStylesheet = (): string => `${boilerplateCss()}\n${inlineQuoteCss()}`;
