// The benchmark corpus: every dev sentence plus the visible text of every corpus
// page (scripts, styles and tags stripped with linkedom), as lines.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { FIGURES_DEV, PAGES_DIR } from '../../tests/corpus/shared';
import { readCases } from './figures-score';

/** Visible text of an HTML page: body textContent without script/style/noscript/template. */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll('script, style, noscript, template')]) el.remove();
  return document.body?.textContent ?? document.documentElement?.textContent ?? '';
}

export function benchUnits(): { dev: string[]; pages: string[] } {
  const dev = readCases(FIGURES_DEV).map((c) => c.text);
  const pages: string[] = [];
  for (const file of fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort()) {
    const text = visibleText(fs.readFileSync(path.join(PAGES_DIR, file), 'utf8'));
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (t) pages.push(t);
    }
  }
  return { dev, pages };
}
