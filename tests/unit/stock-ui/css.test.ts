// The shadow roots' CSS keeps the page out (`:host { all: initial }`) and itself in (px only, no rem/em,
// which would follow the page's root or inherited font size). Read from the files: vitest does not
// process CSS, so `?inline` imports are empty strings in unit tests (the build inlines them).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../corpus/shared';

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const FILES = ['components/stock/trigger.css', 'components/stock/panel.css', 'assets/tokens.css'];

describe('stock UI CSS', () => {
  it.each(FILES)('%s sizes in px, never rem/em/vw/vh', (file) => {
    expect(read(file)).not.toMatch(/\d(?:rem|em|vw|vh|vmin|vmax|ex|ch)\b/);
  });

  it.each(FILES.slice(0, 2))('%s resets the host with all: initial', (file) => {
    const host = /:host\s*\{([^}]*)\}/.exec(read(file))?.[1] ?? '';
    expect(host).toMatch(/all:\s*initial/);
  });

  it('the trigger stays within a superscript badge: 14px tall, aligned to the text top', () => {
    const host = /:host\s*\{([^}]*)\}/.exec(read('components/stock/trigger.css'))![1]!;
    expect(host).toMatch(/display:\s*inline-block/);
    expect(host).toMatch(/vertical-align:\s*text-top/);
    expect(host).toMatch(/height:\s*14px/);
    expect(host).toMatch(/line-height:\s*14px/);
  });

  it.each([
    ['red-up', null],
    ['green-up', /--fl-up:\s*var\(--fl-color-fall\)/],
    ['neutral', /--fl-up:\s*var\(--fl-color-fg\)/],
  ])('the panel has a rule for the %s colours', (setting, rule) => {
    const css = read('components/stock/panel.css');
    if (rule) expect(new RegExp(`\\[data-colors='${setting}'\\]\\s*\\{[^}]*`).exec(css)?.[0]).toMatch(rule);
    else expect(/\.fl-panel\s*\{[^}]*--fl-up:\s*var\(--fl-color-rise\)/.test(css)).toBe(true);
  });
});
