// Trigger hosts the page removes go back in place, within a bound.
import { afterEach, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { keepHostsMounted } from '@/utils/stock-ui/host-keeper';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function page() {
  const window = new Window({ url: 'https://finance.sina.com.cn/' });
  windows.push(window);
  window.document.write('<html><body><p><span id="stock_sh601298"><a class="keyword">青岛港</a></span>营收</p></body></html>');
  const doc = window.document as unknown as Document;
  const span = doc.getElementById('stock_sh601298')!;
  const host = doc.createElement('finlens-trigger');
  span.after(host);
  const place = (h: Element) => (span.isConnected ? (span.after(h), true) : false);
  return { doc, span, host, place };
}

test('a removed host goes back right after its stock link', async () => {
  const { doc, span, host, place } = page();
  keepHostsMounted(doc, [host], place);
  for (let i = 0; i < 5; i++) {
    host.remove();
    await tick();
    expect(span.nextSibling).toBe(host);
  }
});

test('not when the stock link itself is gone', async () => {
  const { doc, span, host, place } = page();
  keepHostsMounted(doc, [host], place);
  span.parentElement!.remove();
  await tick();
  expect(host.isConnected).toBe(false);
});

test('a page that removes it without end: FinLens stops after the bound', async () => {
  const { doc, host, place } = page();
  keepHostsMounted(doc, [host], place, { maxRounds: 5, windowMs: 10_000 });
  for (let i = 0; i < 8; i++) {
    host.remove();
    await tick();
  }
  expect(host.isConnected).toBe(false);
});

test('stop(): removed hosts stay removed', async () => {
  const { doc, host, place } = page();
  keepHostsMounted(doc, [host], place)();
  host.remove();
  await tick();
  expect(host.isConnected).toBe(false);
});
