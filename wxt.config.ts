import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { STYLESHEET_FILE } from './utils/sina/clean';
import { manifestStylesheet } from './utils/sina/stylesheet';
import { DIM_ICONS, ICONS } from './utils/toolbar-icon';
import { QUOTE_SERVICE_ORIGIN } from './utils/settings-quotes';
// Hosts Sina serves articles from (SINA_MATCHES). The content script checks the page itself
// (utils/sina/detect) before touching anything, so a broad match is safe.
import { ARTICLE_URL_GLOBS, SINA_MATCHES } from './utils/sina/article-url';

/** The document_start script (entrypoints/article-start.ts) and the document_end one (entrypoints/article-end/). */
const START_ENTRYPOINT = 'article-start';
const END_ENTRYPOINT = 'article-end';
const PAGE_ENTRYPOINTS = [START_ENTRYPOINT, END_ENTRYPOINT];

/**
 * Terser over the bundler's own minified output, for the two scripts every article page pays for: two safe
 * passes take 0.7 kB gzipped more off them (issue 12's budget), where Terser alone does worse than the
 * bundler. Source maps (the size report's) are carried through.
 */
function terserAfter(): Plugin {
  return {
    name: 'finlens:terser-after',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // the size report's hidden map is an asset beside the chunk: carried through Terser
        const map = bundle[`${chunk.fileName}.map`];
        const input = map?.type === 'asset' ? String(map.source) : undefined;
        const out = await minify(chunk.code, { ecma: 2020, compress: { passes: 2 }, sourceMap: input ? { content: input } : false });
        chunk.code = out.code ?? chunk.code;
        if (map?.type === 'asset' && typeof out.map === 'string') map.source = out.map;
      }
    },
  };
}

type Alias = { find: string | RegExp; replacement: string };
const aliasList = (alias: unknown): Alias[] =>
  Array.isArray(alias) ? alias : Object.entries((alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));

// `npm run bench:size` builds once more, elsewhere, with hidden source maps, to
// attribute the content script's bytes to packages (the code is the same).
const sizeReport = process.env.FINLENS_SIZE_REPORT === '1';

export default defineConfig({
  outDir: sizeReport ? '.output/size-report' : '.output',
  // Explicit imports (from '#imports' or a path) keep every module readable on
  // its own and let the Node tools import utils/ without WXT's globals.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // made from assets/icon.svg by tools/icons.ts; the toolbar starts dimmed (utils/toolbar-icon.ts)
    icons: ICONS,
    // (MV2 names it browser_action, and WXT does not carry action's icons over)
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: DIM_ICONS, default_title: '__MSG_extName__' },
    // declarativeNetRequestWithHostAccess: the Referer rule for Sina's quote service (utils/quote/referer-rule.ts);
    // it acts only on hosts FinLens may reach, so it adds no install-time warning.
    permissions: ['storage', 'declarativeNetRequestWithHostAccess'],
    host_permissions: SINA_MATCHES,
    // the quote service's host, asked for only when the reader turns the option on (issue 13)
    ...(browser === 'firefox' ? { optional_permissions: [QUOTE_SERVICE_ORIGIN] } : { optional_host_permissions: [QUOTE_SERVICE_ORIGIN] }),
    commands: {
      'toggle-cleaning': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_command_toggleCleaning__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'finlens@finlens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
  zip: {
    // test screenshots and throw-away certificates are not sources
    excludeSources: ['tests/e2e/artifacts/**', 'tests/e2e/.tls/**', '**/*.log'],
  },
  hooks: {
    // The clean-reading stylesheet, written here from utils/sina/boilerplate-rules.ts (and the
    // reading layout and theme, utils/sina/reading-css.ts) and
    // listed with the content script: the browser applies it from document_start, before
    // the page's first byte, and the script only sets the attributes that switch it on.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: STYLESHEET_FILE, contents: manifestStylesheet() });
    },
    // Two content scripts on the same article URLs: at document_start only the
    // small article-start.js with the stylesheet; the rest (article-end.js) once
    // the DOM is parsed. Both are unlisted scripts listed here, so WXT's
    // content-script runtime stays out of the pages' budget (issue 12).
    // Firefox: the background registers article-start.js itself, after a line of code that hands it the
    // reader's settings (utils/start-registration.ts), so the manifest lists only the stylesheet there.
    'build:manifestGenerated': (wxt, manifest) => {
      const articles = { matches: SINA_MATCHES, include_globs: ARTICLE_URL_GLOBS };
      const registered = wxt?.config.browser === 'firefox';
      manifest.content_scripts = [
        { ...articles, run_at: 'document_start', ...(registered ? {} : { js: [`${START_ENTRYPOINT}.js`] }), css: [STYLESHEET_FILE] },
        { ...articles, run_at: 'document_end', js: [`${END_ENTRYPOINT}.js`] },
      ];
    },
    // The page's scripts use the browser's own API (promise-based in Chrome MV3
    // and in Firefox), not webextension-polyfill: the module above maps wxt/browser
    // to the polyfill for every entrypoint, and this maps it back for them.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => PAGE_ENTRYPOINTS.includes(e.name))) return;
      config.plugins = [...(config.plugins ?? []), terserAfter()];
      config.resolve ??= {};
      config.resolve.alias = [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...aliasList(config.resolve.alias)];
    },
  },
  vite: () => ({
    build: { sourcemap: sizeReport ? 'hidden' : false },
    plugins: [preact()],
  }),
});
