// `npm run --silent analyze -- FILE.html [--url URL]`: prints one line of JSON
// for a saved page, the contract of ../shared/docs/architecture.md:
//   {"isArticle", "template", "title", "source", "publishedAt", "paragraphs",
//    "stocks": [{"code","market","name","href","figures","mentions"}],
//    "figures": [Figure & {"paragraph"}],
//    "hidden": [{"rule","category","elements","hiddenByDefault"}], "keywordCheck"}
// The page is parsed with linkedom. Without --url the page's og:url (or
// <link rel=canonical>) is used. A mirror post (an #artibody fragment, corpus
// sina-mirror-post-*.html) is wrapped in the Sina page shell the tests serve it
// in (tests/corpus/sina-shell.ts), under --url or the tests' made-up URL for it.
// Not HTML, binary junk, an empty file, a page that is not a Sina article: a
// well-formed answer with isArticle false. A missing file: one line on stderr, exit 2.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadPage } from './lib/page-load';
import { analyzePage, NOT_AN_ARTICLE } from './lib/page-analyze';

const USAGE = 'usage: npm run --silent analyze -- FILE.html [--url URL]';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

async function main() {
  let file: string | undefined;
  let url: string | null = null;
  try {
    const { values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
    [file] = positionals;
    url = values.url ?? null;
  } catch (e) {
    fail(`${(e as Error).message.split('\n')[0]} (${USAGE})`);
  }
  if (!file) fail(USAGE);

  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'error')}`);
  }

  let answer = NOT_AN_ARTICLE;
  try {
    const page = await loadPage(file, bytes, url);
    answer = analyzePage(page.doc, page.url);
  } catch (e) {
    // Whatever the page holds, the answer stays well-formed; the reason goes to stderr on one line.
    process.stderr.write(`analyze: ${file}: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

await main();
