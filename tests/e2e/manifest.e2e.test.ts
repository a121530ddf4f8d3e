// What the two builds ask of the browser: the least FinLens needs (storage and
// the Sina hosts), content scripts on the article URLs of Sina's hosts only —
// at document_start a small script and the stylesheet, the rest once the DOM is
// parsed — the Firefox add-on metadata addons.mozilla.org requires, and the
// icons (in colour for the extension, dimmed for the resting toolbar).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extensionDir } from '../../tools/lib/browsers';
import { STYLESHEET_FILE } from '../../utils/sina/clean';
import { manifestStylesheet } from '../../utils/sina/stylesheet';
import { ARTICLE_URL_GLOBS } from '../../utils/sina/article-url';
import { DIM_ICONS, ICON_SIZES, ICONS } from '../../utils/toolbar-icon';
import { START_FILE } from '../../utils/start-registration';

const SINA_HOSTS = ['*://*.sina.cn/*', '*://*.sina.com.cn/*'];
const manifest = (name: 'chromium' | 'firefox') =>
  JSON.parse(fs.readFileSync(path.join(extensionDir(name), 'manifest.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const bytes = fs.readFileSync(file);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('the built manifests', () => {
  it.each([
    ['chromium', 'action'],
    ['firefox', 'browser_action'],
  ] as const)('%s names the icons at 16/32/48/128 px, shipped at those sizes, and a dimmed toolbar icon in %s', (name, key) => {
    const m = manifest(name);
    expect(m.icons).toEqual(ICONS);
    expect(m[key].default_icon).toEqual(DIM_ICONS);
    expect(m[key].default_popup).toBe('popup.html');
    for (const size of ICON_SIZES) {
      expect(pngSize(path.join(extensionDir(name), m.icons[size]))).toEqual([size, size]);
      expect(pngSize(path.join(extensionDir(name), m[key].default_icon[size]))).toEqual([size, size]);
    }
  });

  // the quote service's host is optional, asked for when the reader turns that option on; the header rule's
  // permission ("WithHostAccess") acts only on hosts granted, and has no install-time warning
  it('Chrome MV3 asks for storage, the header rule and the Sina hosts only; the quote service is optional', () => {
    const m = manifest('chromium');
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'declarativeNetRequestWithHostAccess']);
    expect([...m.host_permissions].sort()).toEqual(SINA_HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['https://hq.sinajs.cn/*']);
  });

  it('Firefox asks for storage, the header rule and the Sina hosts only, with a gecko id and no data collection', () => {
    const m = manifest('firefox');
    const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort();
    expect(asked).toEqual([...SINA_HOSTS, 'declarativeNetRequestWithHostAccess', 'storage'].sort());
    expect(m.optional_permissions).toEqual(['https://hq.sinajs.cn/*']);
    expect(m.browser_specific_settings.gecko.id).toBe('finlens@finlens.dev');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it.each(['chromium', 'firefox'] as const)('%s runs the content scripts on Sina hosts only, on article-shaped URLs', (name) => {
    const scripts = manifest(name).content_scripts;
    expect(scripts.map((s: { run_at: string }) => s.run_at)).toEqual(['document_start', 'document_end']);
    for (const script of scripts) {
      expect([...script.matches].sort()).toEqual(SINA_HOSTS);
      expect([...script.include_globs].sort()).toEqual([...ARTICLE_URL_GLOBS].sort());
    }
    // the clean-reading stylesheet comes with the document_start script, as written from the rules
    expect(scripts[0].css).toEqual([STYLESHEET_FILE]);
    expect(scripts[1].css ?? []).toEqual([]);
    expect(fs.readFileSync(path.join(extensionDir(name), STYLESHEET_FILE), 'utf8')).toBe(manifestStylesheet());
  });

  it.each(['chromium', 'firefox'] as const)('%s runs at document_start only a small script: ≤ 2 kB gzipped, no zod, no polyfill, no Preact', (name) => {
    const [start] = manifest(name).content_scripts;
    // Firefox: the background registers article-start.js there, after a line handing it the settings
    // (utils/start-registration.ts); the manifest lists the stylesheet only
    if (name === 'firefox') expect(start.js ?? []).toEqual([]);
    else expect(start.js).toEqual([START_FILE.slice(1)]);
    const code = fs.readFileSync(path.join(extensionDir(name), START_FILE.slice(1)));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(2000);
    // what each package leaves in a minified build: zod's internals, the polyfill's guard, Preact's SVG namespace
    for (const marker of ['_zod', 'This script should only be loaded in a browser extension', 'http://www.w3.org/2000/svg']) {
      expect(code.toString(), marker).not.toContain(marker);
    }
  });
});
