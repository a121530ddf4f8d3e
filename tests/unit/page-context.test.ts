// @vitest-environment happy-dom
// The later content script's lifetime (utils/page-context.ts): valid until the
// extension goes away or a newer copy of the script starts in the document.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageContext } from '@/utils/page-context';

describe('the page context', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is valid while the extension is there, and says nothing to its listeners', () => {
    const ctx = createPageContext('article-end');
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    expect(ctx.isValid).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
    expect(ended).not.toHaveBeenCalled();
  });

  it('ends, once, when a newer copy of the same script starts in the document', () => {
    const older = createPageContext('article-end');
    const ended = vi.fn();
    older.onInvalidated(ended);
    const newer = createPageContext('article-end');
    const other = createPageContext('another-script');
    expect(older.isValid).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
    createPageContext('article-end'); // a third copy ends the second, and the first stays ended
    expect(ended).toHaveBeenCalledTimes(1);
    expect(newer.isValid).toBe(false);
  });

  it('ends when the extension is reloaded, updated or removed (runtime.id gone)', () => {
    const ctx = createPageContext('article-end');
    const ended = vi.fn();
    const cancel = ctx.onInvalidated(ended);
    const kept = vi.fn();
    ctx.onInvalidated(kept);
    cancel();
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isValid).toBe(false);
    expect(ctx.signal.aborted).toBe(true);
    expect(ended).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });
});
