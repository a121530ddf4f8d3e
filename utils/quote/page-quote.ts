// Reads the live quote Sina's own script writes into the page's `quote_<code>` span, next to a stock's
// keyword link: `(price, change, change%)`, each number in a coloured <font> (its text is what counts
// here), e.g. `(115.395, 2.79, 2.47%)` — corpus sina-finance-desktop-doc-2019-09-09-usstock-bonds.html
// (quote_JPM, quote_BLK), /work/shared/docs/sina-dom.md §4. A rise is written unsigned there; a fall is
// taken to carry a minus. The span is empty in server HTML until the script runs. The colours are not
// read: Sina's colour convention differs by market, the signs do not.
import { makeQuote, readDecimal, type Quote } from './quote';

// Half- or full-width brackets and commas; spaces anywhere; the % may be missing.
const LAYOUT = /^[(（]?\s*([^,，()（）]+?)\s*[,，]\s*([^,，()（）]+?)\s*[,，]\s*([^,，()（）%]+?)\s*%?\s*[)）]?$/;

/** The quote in a quote span's text; null when the span is empty or does not hold a quote. */
export function parsePageQuote(text: string | null | undefined): Quote | null {
  if (!text) return null;
  const m = LAYOUT.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const [price, change, percent] = [m[1]!, m[2]!, m[3]!].map(readDecimal);
  if (!price || !change || !percent || /^[+\-\u2212]/.test(m[1]!)) return null;
  return makeQuote(price, change, percent);
}
