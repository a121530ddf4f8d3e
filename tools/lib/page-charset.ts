// Which charset a saved page is in, and its text: the same answer the browser
// gives when the server names no charset. Sina's pages before ~2015 are GBK
// and say so in a <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
// (sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html); later ones use
// <meta charset="utf-8">. The WHATWG Encoding Standard, which both browsers and
// Node's TextDecoder follow, reads the labels gb2312 and gbk as GBK.
// Used by the analyze CLI, the unit tests and the e2e fake web (which serves
// the page's bytes with this charset in its Content-Type).

/** How far the browser's pre-scan looks for a charset declaration (HTML spec: the first 1024 bytes). */
const PRESCAN_BYTES = 1024;
const DECLARATION = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The label TextDecoder knows for `label`, or null. */
function knownLabel(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * The charset a page's bytes are in: a byte-order mark, then a <meta charset>
 * or http-equiv Content-Type in the first 1024 bytes, else UTF-8. A label that
 * names UTF-16 in a meta means UTF-8, as in browsers (the meta was read as ASCII).
 */
export function charsetOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const declared = knownLabel(DECLARATION.exec(head)?.[1] ?? '');
  if (!declared || declared.startsWith('utf-16')) return 'utf-8';
  return declared;
}

/** A page's bytes as text, in the charset it declares. Never throws. */
export function decodePage(bytes: Uint8Array): string {
  return new TextDecoder(charsetOf(bytes)).decode(bytes);
}
