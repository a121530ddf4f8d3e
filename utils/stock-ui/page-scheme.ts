// Whether the page FinLens draws on is dark or light, from its own background colour, so the triggers and
// the panel match the page (a dark-mode extension, a dark Sina template) rather than only the system.

export type PageScheme = 'dark' | 'light' | null;

/** Parses `rgb(…)`/`rgba(…)` as getComputedStyle writes colours; null when transparent or unreadable. */
export function parseCssColor(value: string): [number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (!(alpha > 0.5)) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The page's scheme from the first opaque background of <body> or <html>; null when both are transparent
 * (then the panel follows prefers-color-scheme).
 */
export function pageScheme(doc: Document): PageScheme {
  const win = doc.defaultView;
  if (!win) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseCssColor(win.getComputedStyle(el).backgroundColor);
    if (rgb) return luminance(rgb) < 0.18 ? 'dark' : 'light';
  }
  return null;
}

/** Sets `finlens-dark`/`finlens-light` on a host (assets/tokens.css styles `:host(.finlens-dark)`). */
export function applyScheme(host: Element, scheme: PageScheme): void {
  host.classList.toggle('finlens-dark', scheme === 'dark');
  host.classList.toggle('finlens-light', scheme === 'light');
}
