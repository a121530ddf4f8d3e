// The browser's storage area as the document_start script reaches it, touching
// nothing else of the extension API: every namespace the script touches is built
// for the page's isolated world on first use, before the first paint, and the
// runtime namespace is one @wxt-dev/browser's `browser` reads `id` from (to
// tell the real namespace from a page element named "browser"), which single
// traces showed costly there; npm run bench:page, noisier, showed no gain
// beyond its run-to-run spread (issue 12). A page element named "browser" or
// "chrome" has no `storage.local` with a `get`, so the checks below tell the
// real one apart without the runtime. Firefox has `browser`; Chrome has
// `chrome` (and, from 2025's releases, `browser` too).
type StorageArea = { get(key: string): Promise<Record<string, unknown>> };
type Namespace = { storage?: { local?: Partial<StorageArea> } } | undefined;

const areaOf = (ns: Namespace): StorageArea | null => (typeof ns?.storage?.local?.get === 'function' ? (ns.storage.local as StorageArea) : null);

export function startStorage(): StorageArea | null {
  const g = globalThis as unknown as { browser?: Namespace; chrome?: Namespace };
  return areaOf(g.browser) ?? areaOf(g.chrome);
}
