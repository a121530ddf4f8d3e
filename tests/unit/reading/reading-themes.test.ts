// Every theme's body text is at least 7:1 on its background (WCAG 1.4.6), and
// links and muted text at least 4.5:1.
import { describe, expect, it } from 'vitest';
import { PALETTES } from '@/utils/reading-themes';
import { luminance } from '@/utils/stock-ui/page-scheme';

const rgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

describe.each(Object.entries(PALETTES))('the %s theme', (_theme, p) => {
  it.each([
    ['body text', p.text, 7],
    ['links', p.link, 4.5],
    ['the date line and captions', p.muted, 4.5],
  ])('%s on the background is readable', (_what, colour, min) => {
    expect(contrast(colour, p.background)).toBeGreaterThanOrEqual(min);
  });

  it('body text stays at 7:1 on the highlight and on table heads', () => {
    expect(contrast(p.text, p.mark)).toBeGreaterThanOrEqual(7);
    expect(contrast(p.text, p.surface)).toBeGreaterThanOrEqual(7);
  });
});
