// What the two builds ask of the browser: the least FinLens needs (storage and
// the Sina hosts), a content script (and its stylesheet) on the article URLs of
// Sina's hosts only, the Firefox add-on metadata addons.mozilla.org requires,
// and the icons (in colour for the extension, dimmed for the resting toolbar).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from '../../tools/lib/browsers';
import { STYLESHEET_FILE } from '../../utils/sina/clean';
import { manifestStylesheet } from '../../utils/sina/stylesheet';
import { ARTICLE_URL_GLOBS } from '../../utils/sina/detect';
import { DIM_ICONS, ICON_SIZES, ICONS } from '../../utils/toolbar-icon';

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

  it.each(['chromium', 'firefox'] as const)('%s runs the content script on Sina hosts only, on article-shaped URLs, at document_start', (name) => {
    const scripts = manifest(name).content_scripts;
    expect(scripts).toHaveLength(1);
    expect([...scripts[0].matches].sort()).toEqual(SINA_HOSTS);
    expect([...scripts[0].include_globs].sort()).toEqual([...ARTICLE_URL_GLOBS].sort());
    expect(scripts[0].run_at).toBe('document_start');
    // the clean-reading stylesheet (with the inline quotes' colours) comes with it, as written from the rules
    expect(scripts[0].css).toEqual([STYLESHEET_FILE]);
    expect(fs.readFileSync(path.join(extensionDir(name), STYLESHEET_FILE), 'utf8')).toBe(manifestStylesheet());
  });
});
