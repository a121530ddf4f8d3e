// The popup's folded sections are remembered through a schema that repairs any stored value.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultFolds, loadFolds, parseFolds, saveFolds } from '@/utils/popup-folds';

describe('parseFolds', () => {
  it.each<[string, unknown, unknown]>([
    ['nothing stored: folded', undefined, { cleaning: false }],
    ['an open section', { cleaning: true }, { cleaning: true }],
    ['a corrupt field folds that section', { cleaning: 'yes' }, { cleaning: false }],
    ['unknown sections are dropped', { cleaning: true, other: true }, { cleaning: true }],
    ['not an object', 'open', { cleaning: false }],
    ['an array', [true], { cleaning: false }],
  ])('%s', (_name, stored, folds) => {
    expect(parseFolds(stored)).toEqual(folds);
  });
});

describe('loadFolds / saveFolds', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts folded and remembers what was saved', async () => {
    expect(await loadFolds()).toEqual(defaultFolds());
    await saveFolds({ cleaning: true });
    expect(await loadFolds()).toEqual({ cleaning: true });
    expect(await fakeBrowser.storage.local.get('popupFolds')).toEqual({ popupFolds: { cleaning: true } });
  });

  it('repairs a corrupt stored value', async () => {
    await fakeBrowser.storage.local.set({ popupFolds: { cleaning: 42 } });
    expect(await loadFolds()).toEqual({ cleaning: false });
  });
});
