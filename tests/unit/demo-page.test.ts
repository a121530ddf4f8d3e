// The demo page committed in tools/demo is the corpus seed article in the demo
// shell, byte for byte: regenerate it with `npx tsx tools/demo/make-page.ts`.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGE, DEMO_URL, demoPageFromCorpus } from '../../tools/demo/make-page';
import { corpusPages, SEED_ARTICLE } from '../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../corpus/shared';

describe('the demo page', () => {
  it('is served under the URL the corpus catalogue gives the seed article', () => {
    expect(fs.readFileSync(DEMO_PAGE, 'utf8')).toContain(`<meta property="og:url" content="${DEMO_URL}">`);
  });

  it.skipIf(!hasShared)(`matches the seed article of the corpus (${hasShared ? SEED_ARTICLE : SKIP_NO_SHARED})`, () => {
    expect(corpusPages.find((p) => p.file === SEED_ARTICLE)?.url).toBe(DEMO_URL);
    expect(fs.readFileSync(DEMO_PAGE, 'utf8')).toBe(demoPageFromCorpus());
  });
});
