// What the two builds ask of the browser: the least FinLens needs (storage and
// the Sina hosts), content scripts on the article URLs of Sina's hosts only —
// at document_start a small script and the stylesheet, the rest once the DOM is
// parsed — and the Firefox add-on metadata addons.mozilla.org requires.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extensionDir } from '../../tools/lib/browsers';
import { boilerplateCss, STYLESHEET_FILE } from '../../utils/sina/clean';
import { ARTICLE_URL_GLOBS } from '../../utils/sina/article-url';

const SINA_HOSTS = ['*://*.sina.cn/*', '*://*.sina.com.cn/*'];
const manifest = (name: 'chromium' | 'firefox') =>
  JSON.parse(fs.readFileSync(path.join(extensionDir(name), 'manifest.json'), 'utf8'));

describe('the built manifests', () => {
  it('Chrome MV3 asks for storage and the Sina hosts only', () => {
    const m = manifest('chromium');
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage']);
    expect([...m.host_permissions].sort()).toEqual(SINA_HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('Firefox asks for storage and the Sina hosts only, with a gecko id and no data collection', () => {
    const m = manifest('firefox');
    const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort();
    expect(asked).toEqual([...SINA_HOSTS, 'storage'].sort());
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
    expect(fs.readFileSync(path.join(extensionDir(name), STYLESHEET_FILE), 'utf8')).toBe(boilerplateCss());
  });

  it.each(['chromium', 'firefox'] as const)('%s runs at document_start only a small script: ≤ 2 kB gzipped, no zod, no polyfill, no Preact', (name) => {
    const [start] = manifest(name).content_scripts;
    expect(start.js).toHaveLength(1);
    const code = fs.readFileSync(path.join(extensionDir(name), start.js[0]));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(2000);
    // what each package leaves in a minified build: zod's internals, the polyfill's guard, Preact's SVG namespace
    for (const marker of ['_zod', 'This script should only be loaded in a browser extension', 'http://www.w3.org/2000/svg']) {
      expect(code.toString(), marker).not.toContain(marker);
    }
  });
});
