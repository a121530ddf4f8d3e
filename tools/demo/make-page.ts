// Writes tools/demo/seed-article.html: the project's seed article
// (../shared/corpus/pages/sina-mirror-post-finance-2022-09-22-sco-demo-zone.html)
// in the demo page shell, so `npm run demo` needs neither ../shared nor the network.
// Run again after changing the shell: `npx tsx tools/demo/make-page.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { mirrorUrl, SEED_ARTICLE } from '../../tests/corpus/pages';
import { hasShared, readPage, SKIP_NO_SHARED } from '../../tests/corpus/shared';
import { wrapMirrorPost } from '../../tests/corpus/sina-shell';
import { PROJECT_ROOT } from '../lib/project';

export const DEMO_PAGE = path.join(PROJECT_ROOT, 'tools/demo/seed-article.html');
export const DEMO_URL = mirrorUrl(SEED_ARTICLE);

export const demoPageFromCorpus = () => wrapMirrorPost(readPage(SEED_ARTICLE), DEMO_URL, { chrome: true });

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  if (!hasShared) {
    console.error(SKIP_NO_SHARED);
    process.exit(2);
  }
  fs.writeFileSync(DEMO_PAGE, demoPageFromCorpus());
  console.log(`wrote ${path.relative(process.cwd(), DEMO_PAGE)}`);
}
