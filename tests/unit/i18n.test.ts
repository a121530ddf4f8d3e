// Localisation: zh_CN.yml (default) and en.yml have the same keys, each of the
// same shape; every key the code uses exists; the manifest's __MSG_…__ names
// exist; and every key survives the browser's "_" flattening unambiguously.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { localeFile } from './l10n-fixture';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['components', 'entrypoints', 'utils'];
/** Areas of keys (first segment), so a key-shaped string in code is recognised as one. */
const AREAS = ['popup', 'options', 'panel', 'category', 'kind', 'qualifier', 'basis', 'market', 'markdown', 'command', 'common', 'store', 'reading'];

type Shape = { plural: boolean; substitutions: number; named: string[] };
let zh: Map<string, Shape>;
let en: Map<string, Shape>;
let zhMessages: ParsedMessage[];
let enMessages: ParsedMessage[];

const shapes = (messages: ParsedMessage[]) =>
  new Map(
    messages
      .filter((m) => !m.key[0]!.startsWith('@@'))
      .map((m) => [m.key.join('.'), { plural: m.type === 'plural', substitutions: m.substitutions, named: m.namedSubstitutions }]),
  );

beforeAll(async () => {
  [zhMessages, enMessages] = await Promise.all([parseMessagesFile(localeFile('zh_CN')), parseMessagesFile(localeFile('en'))]);
  zh = shapes(zhMessages);
  en = shapes(enMessages);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|html)$/.test(name) ? [full] : [];
  });
}

/** Keys the code names: t('…') / i18n.t('…') calls, and area-prefixed literals (key tables). */
function keysUsedIn(text: string): string[] {
  const keys = new Set<string>();
  for (const m of text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) keys.add(m[1]!);
  const literal = new RegExp(`['"]((?:${AREAS.join('|')})(?:\\.[A-Za-z0-9]+)+)['"]`, 'g');
  for (const m of text.matchAll(literal)) if (!/\.(html|css|tsx?|js|json|yml)$/.test(m[1]!)) keys.add(m[1]!);
  return [...keys];
}

describe('locale files', () => {
  it('have the same keys', () => {
    const missingInEn = [...zh.keys()].filter((k) => !en.has(k));
    const missingInZh = [...en.keys()].filter((k) => !zh.has(k));
    expect({ missingInEn, missingInZh }).toEqual({ missingInEn: [], missingInZh: [] });
  });

  it('give each key the same shape (plural or not, same substitutions)', () => {
    const differ = [...zh].filter(([key, shape]) => en.has(key) && JSON.stringify(en.get(key)) !== JSON.stringify(shape));
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('have no empty message (the browser cannot tell an empty one from a missing one)', () => {
    const empty = [...zhMessages, ...enMessages].filter((m) =>
      m.type === 'plural' ? Object.values(m.plurals).some((v) => !v.trim()) : !('message' in m) || !String(m.message).trim(),
    );
    expect(empty.map((m) => m.key.join('.'))).toEqual([]);
  });

  it('use plural forms the runtime understands (n; 1 and n; or 0, 1 and n)', () => {
    const odd = [...zhMessages, ...enMessages]
      .filter((m) => m.type === 'plural')
      .filter((m) => {
        const forms = Object.keys((m as { plurals: Record<string, string> }).plurals).join(',');
        return !['n', '1,n', '0,1,n'].includes(forms);
      });
    expect(odd.map((m) => m.key.join('.'))).toEqual([]);
  });

  it('flatten to valid, distinct browser message names', () => {
    for (const key of zh.keys()) expect(key, `"${key}": letters and digits only, nested with "."`).toMatch(/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/);
    const flat = [...zh.keys()].map((k) => k.replaceAll('.', '_').toLowerCase());
    expect(new Set(flat).size).toBe(flat.length);
  });

  it('group every key by area', () => {
    const stray = [...zh.keys()].filter((k) => !['extName', 'extDescription'].includes(k) && !AREAS.includes(k.split('.')[0]!));
    expect(stray).toEqual([]);
  });
});

describe('code', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

  it('scans the UI sources', () => {
    expect(files.some((f) => f.endsWith(path.join('components', 'popup', 'PopupApp.tsx')))).toBe(true);
    expect(files.some((f) => f.endsWith(path.join('utils', 'i18n-keys.ts')))).toBe(true);
  });

  it('uses only keys that exist in both locale files', () => {
    const missing = files.flatMap((file) =>
      keysUsedIn(readFileSync(file, 'utf8'))
        .filter((key) => !zh.has(key) || !en.has(key))
        .map((key) => `${path.relative(ROOT, file)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('never builds a key at run time (so the check above sees every key)', () => {
    const dynamic = files.filter((file) => /\bt\(\s*`[^`]*\$\{/.test(readFileSync(file, 'utf8')));
    expect(dynamic.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('names only existing messages in the manifest (__MSG_…__)', () => {
    const manifestSources = [path.join(ROOT, 'wxt.config.ts'), ...files.filter((f) => f.endsWith('.html'))];
    const flat = new Set([...zh.keys()].map((k) => k.replaceAll('.', '_')));
    const missing = manifestSources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!).filter((name) => !flat.has(name)),
    );
    expect(missing).toEqual([]);
    expect(flat.has('extName') && flat.has('extDescription') && flat.has('command_toggleCleaning')).toBe(true);
  });
});

describe('the check itself', () => {
  it.each([
    ["t('popup.title')", ['popup.title']],
    ["i18n.t(\"options.saved\")", ['options.saved']],
    ["const K = { ads: 'category.ads' }", ['category.ads']],
    ["import './popup.css'; getURL('/popup.html')", []],
    ["t('extName')", ['extName']],
  ])('finds the keys in %s', (code, keys) => expect(keysUsedIn(code)).toEqual(keys));
});

describe('store listing texts', () => {
  it.each(['zh_CN', 'en'] as const)('%s: a name of at most 45 characters, a short description of at most 132, a long one in paragraphs', async (locale) => {
    const messages = await parseMessagesFile(localeFile(locale));
    const text = (key: string) => {
      const m = messages.find((x) => x.key.join('.') === key);
      return m && 'message' in m ? String(m.message) : '';
    };
    expect(Array.from(text('store.name')).length).toBeLessThanOrEqual(45);
    expect(Array.from(text('store.short')).length).toBeLessThanOrEqual(132);
    const paragraphs = text('store.long').split('\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.every((p) => p.trim().length > 0 && !p.startsWith(' '))).toBe(true);
  });
});
