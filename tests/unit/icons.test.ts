// The icons: one drawing, PNGs at every size the manifest names (made by tools/icons.ts), in colour for the
// manifest and dimmed for the toolbar's resting state. The built manifests are checked in the e2e tests.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIM_ICONS, ICON_SIZES, ICONS } from '@/utils/toolbar-icon';
import { PROJECT_ROOT } from '../corpus/shared';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('icons', () => {
  it('have one source drawing', () => {
    expect(fs.readFileSync(path.join(PROJECT_ROOT, 'assets/icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
  });

  it.each(ICON_SIZES.flatMap((size) => [[ICONS[size], size] as const, [DIM_ICONS[size], size] as const]))('%s is %d px square', (file, size) => {
    expect(pngSize(path.join(PROJECT_ROOT, 'public', file))).toEqual([size, size]);
  });

  it('differ between the two states', () => {
    const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'public', file));
    for (const size of ICON_SIZES) expect(read(ICONS[size]).equals(read(DIM_ICONS[size]))).toBe(false);
  });
});
