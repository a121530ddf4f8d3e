// The attribute guard: FinLens's attributes on <html> come back when the page
// removes or rewrites them, and a page that fights back without end is left
// exactly as Sina shows it, with the popup told (Cleaning.contested).
import { afterEach, describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { guardAttributes } from '@/utils/sina/attribute-guard';
import { installCleaning, KEEP_ATTR, STATE_ATTR } from '@/utils/sina/clean';

const windows: Window[] = [];
function page(): Document {
  const window = new Window({ url: 'https://finance.sina.com.cn/roll/2024-01-03/doc-iguardxx1234567.shtml' });
  windows.push(window);
  window.document.write('<html lang="zh"><body><p>正文</p></body></html>');
  return window.document as unknown as Document;
}
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});
const microtasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('guardAttributes', () => {
  test.each([
    ['removes the attribute', (html: Element) => html.removeAttribute('data-x')],
    ['rewrites the attribute', (html: Element) => html.setAttribute('data-x', 'page')],
    ['strips every attribute of <html>', (html: Element) => [...html.getAttributeNames()].forEach((n) => html.removeAttribute(n))],
  ])('the page %s: FinLens puts it back', async (_what, act) => {
    const html = page().documentElement;
    const guard = guardAttributes(html);
    guard.set({ 'data-x': 'on' });
    act(html);
    await microtasks();
    expect(html.getAttribute('data-x')).toBe('on');
    expect(guard.gaveUp).toBe(false);
  });

  test('a page that strips it on a timer is followed for as long as it does, within the bound', async () => {
    const html = page().documentElement;
    const guard = guardAttributes(html, { maxRepairs: 5, windowMs: 50 });
    guard.set({ 'data-x': 'on' });
    for (let i = 0; i < 12; i++) {
      html.removeAttribute('data-x');
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    expect(html.getAttribute('data-x')).toBe('on');
    expect(guard.gaveUp).toBe(false);
  });

  test('a page that fights back from its own observer: FinLens stops, removes its attributes and says so', async () => {
    const doc = page();
    const html = doc.documentElement;
    let toldGaveUp = 0;
    const guard = guardAttributes(html, { maxRepairs: 10, windowMs: 1_000 }, () => toldGaveUp++);
    guard.set({ 'data-x': 'on' });
    let strips = 0;
    const MO = (doc.defaultView as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
    new MO(() => {
      if (html.hasAttribute('data-x') && strips < 1_000) {
        strips++;
        html.removeAttribute('data-x');
      }
    }).observe(html, { attributes: true });
    html.removeAttribute('data-x');
    for (let i = 0; i < 30; i++) await microtasks();
    expect(guard.gaveUp).toBe(true);
    expect(toldGaveUp).toBe(1);
    expect(html.hasAttribute('data-x')).toBe(false);
    expect(strips).toBeLessThanOrEqual(11);
    expect(html.getAttribute('lang')).toBe('zh'); // the page's own attributes are untouched
  });

  test('stop(): the page may do as it likes', async () => {
    const html = page().documentElement;
    const guard = guardAttributes(html);
    guard.set({ 'data-x': 'on' });
    guard.stop();
    html.removeAttribute('data-x');
    await microtasks();
    expect(html.hasAttribute('data-x')).toBe(false);
  });
});

describe('installCleaning keeps its attributes', () => {
  test('restored after the page removes them, gone after dispose, contested when the page never lets go', async () => {
    const doc = page();
    const html = doc.documentElement;
    const cleaning = installCleaning(doc, {}, { guard: { maxRepairs: 3, windowMs: 10_000 } });
    html.removeAttribute(STATE_ATTR);
    html.removeAttribute(KEEP_ATTR);
    await microtasks();
    expect(html.getAttribute(STATE_ATTR)).toBe('on');
    expect(cleaning.contested).toBe(false);
    for (let i = 0; i < 5; i++) {
      html.removeAttribute(STATE_ATTR);
      await microtasks();
    }
    expect(cleaning.contested).toBe(true);
    expect(html.hasAttribute(STATE_ATTR)).toBe(false);
    expect(html.hasAttribute(KEEP_ATTR)).toBe(false);
    cleaning.update({ enabled: true }); // a later switch does not restart the fight
    expect(html.hasAttribute(STATE_ATTR)).toBe(false);
    cleaning.dispose();
  });
});
