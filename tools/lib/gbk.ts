// GBK bytes for tests and the fake web: Sina's quote service answers in GBK, and Node can decode GBK
// (TextDecoder, full ICU) but not encode it. The table is built once by decoding every two-byte GBK code.
let table: Map<string, number> | null = null;

function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (!table.has(ch)) table.set(ch, (lead << 8) | trail);
      } catch {
        // not a GBK code
      }
    }
  }
  return table;
}

/** `text` in GBK; throws on a character GBK cannot write. */
export function encodeGbk(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const gbk = gbkTable().get(ch);
    if (gbk === undefined) throw new Error(`GBK cannot write ${JSON.stringify(ch)}`);
    bytes.push(gbk >> 8, gbk & 0xff);
  }
  return Buffer.from(bytes);
}
