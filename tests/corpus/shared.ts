// Where the shared corpus lives. It is read in place (never copied into the
// project); tests that need it skip, saying so, when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { decodePage } from '../../tools/lib/page-charset';
import { PROJECT_ROOT } from '../../tools/lib/project';

export { PROJECT_ROOT };
export const SHARED_DIR = path.resolve(process.env.FINLENS_SHARED ?? path.join(PROJECT_ROOT, '../shared'));
export const PAGES_DIR = path.join(SHARED_DIR, 'corpus/pages');
export const FIGURES_DEV = path.join(SHARED_DIR, 'corpus/figures/dev.jsonl');
/** Real published sentences, split by article into a `tune` and a `check` half (corpus/figures/REAL-DEV.md). */
export const FIGURES_REAL_DEV = path.join(SHARED_DIR, 'corpus/figures/real-dev.jsonl');

export const hasShared = fs.existsSync(PAGES_DIR) && fs.existsSync(FIGURES_DEV);
export const SKIP_NO_SHARED = `needs ../shared/corpus (not found at ${SHARED_DIR}); set FINLENS_SHARED to point at it`;

if (!hasShared) console.warn(`[finlens tests] ${SKIP_NO_SHARED}: corpus tests are skipped`);

/** A corpus page's bytes, as saved (the legacy page is GBK). */
export function readPageBytes(file: string): Buffer {
  return fs.readFileSync(path.join(PAGES_DIR, file));
}

/** A corpus page's text, decoded in the charset it declares, as a browser decodes it. */
export function readPage(file: string): string {
  return decodePage(readPageBytes(file));
}
