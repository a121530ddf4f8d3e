// Where the panel goes: below the trigger when it fits, above when only that fits, aligned left, flipped to
// the right edge, clamped into the viewport, and full width minus the margins on a 360px phone.
import { describe, expect, it } from 'vitest';
import { placePanel, type Placement, type Rect } from '@/utils/stock-ui/position';

/** A 30×16 trigger at (left, top). */
const at = (left: number, top: number, width = 30, height = 16): Rect => ({ left, top, right: left + width, bottom: top + height });
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 640 };

type Row = [string, Rect, number, { width: number; height: number }, Partial<Placement>];

describe('placePanel', () => {
  it.each<Row>([
    ['below, left-aligned, when there is room', at(100, 100), 300, DESKTOP, { side: 'below', align: 'start', top: 122, left: 100, width: 360, maxHeight: 670 }],
    ['above when the trigger is near the bottom', at(100, 700), 300, DESKTOP, { side: 'above', top: 394, left: 100 }],
    ['below again when above has no room either but below has more', at(100, 300), 700, DESKTOP, { side: 'below', top: 322, maxHeight: 470 }],
    ['above with a reduced height when above is roomier', at(100, 500), 700, DESKTOP, { side: 'above', top: 8, maxHeight: 486 }],
    ['right-aligned near the right edge', at(1100, 100), 300, DESKTOP, { align: 'end', left: 770 }],
    ['right-aligned flush with a trigger at the right margin', at(1250, 100, 20), 300, DESKTOP, { align: 'end', left: 910 }],
    ['clamped when neither edge fits', at(1260, 100, 30), 300, DESKTOP, { align: 'clamped', left: 912 }],
    ['clamped to the left margin for a trigger scrolled off the left', at(-50, 100), 300, DESKTOP, { align: 'clamped', left: 8 }],
    ['phone: full width minus margins', at(200, 100), 300, PHONE, { width: 344, left: 8, align: 'clamped', side: 'below', top: 122 }],
    ['phone: above near the bottom', at(40, 560), 300, PHONE, { side: 'above', top: 254, width: 344, left: 8 }],
    ['phone: a tall panel takes the roomier side, squeezed', at(40, 360), 900, PHONE, { side: 'above', top: 8, maxHeight: 346 }],
    ['phone: below when that side is roomier', at(40, 300), 900, PHONE, { side: 'below', top: 322, maxHeight: 310 }],
    ['clamped into the viewport when the trigger is scrolled off the top', at(100, -200), 300, DESKTOP, { side: 'below', top: 8 }],
    ['clamped into the viewport when the trigger is scrolled off the bottom', at(100, 900), 300, DESKTOP, { side: 'above', top: 492 }],
    ['never less than a readable height when both sides are cramped', at(100, 60), 400, { width: 1280, height: 140 }, { maxHeight: 120, top: 12 }],
    ['fits a viewport smaller than the margins', at(0, 0), 100, { width: 10, height: 10 }, { width: 0, left: 8, top: 8 }],
  ])('%s', (_name, anchor, height, viewport, expected) => {
    const placed = placePanel(anchor, height, viewport);
    expect(placed).toMatchObject(expected);
  });

  it.each([
    [at(100, 100), DESKTOP],
    [at(1200, 760), DESKTOP],
    [at(330, 620), PHONE],
    [at(0, 0), PHONE],
  ])('always lands inside the viewport (%#)', (anchor, viewport) => {
    for (const height of [50, 300, 2000]) {
      const p = placePanel(anchor, height, viewport);
      expect(p.left).toBeGreaterThanOrEqual(8);
      expect(p.left + p.width).toBeLessThanOrEqual(viewport.width - 8);
      expect(p.top).toBeGreaterThanOrEqual(8);
      expect(p.top + Math.min(height, p.maxHeight)).toBeLessThanOrEqual(viewport.height - 8);
    }
  });

  it('takes a width and margins', () => {
    expect(placePanel(at(100, 100), 100, DESKTOP, { width: 280, margin: 16, gap: 0 })).toMatchObject({ width: 280, top: 116 });
  });
});
