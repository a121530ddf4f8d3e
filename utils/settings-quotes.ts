// The reader's choice about Sina's quote service (issue 13): off unless the reader turns it on on the
// options page, which also asks the browser for the optional host permission it needs. Its own sub-schema
// (zod/mini, repaired to the default field by field like the rest of utils/settings-schema.ts).
import * as z from 'zod/mini';

export type QuoteSettings = {
  /** Ask Sina's quote service (hq.sinajs.cn) for a stock's quote when the page shows none. */
  service: boolean;
};

export const defaultQuoteSettings = (): QuoteSettings => ({ service: false });

export const quoteSettingsSchema = () =>
  z.catch(z.object({ service: z.catch(z.boolean(), false) }), defaultQuoteSettings);

/** The host the option asks permission for (optional_host_permissions / optional_permissions in wxt.config.ts). */
export const QUOTE_SERVICE_ORIGIN = 'https://hq.sinajs.cn/*';
