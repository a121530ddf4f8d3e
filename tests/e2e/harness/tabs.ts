// Driving FinLens's own pages at a given tab: the popup is opened as a page
// (the toolbar bubble cannot be opened headless) and pointed at the article's
// tab with ?tab=<id>, as a reader's click on the toolbar button would.
import type { Page } from 'puppeteer-core';
import { openExtensionPage, waitInPage, type Session } from '../../../tools/lib/browsers';

/** The browser's id of the tab showing `url` (asked from an extension page, which may query tabs). */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const page = await openExtensionPage(session, 'options.html');
  try {
    const id = await page.evaluate(async (wanted: string) => {
      type Tabs = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
      const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
      return tabs.find((t) => t.url === wanted)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await page.close();
  }
}

export async function openPopupFor(session: Session, url: string, lang?: 'zh_CN' | 'en'): Promise<Page> {
  const tab = await tabIdOf(session, url);
  const popup = await openExtensionPage(session, `popup.html?tab=${tab}${lang ? `&lang=${lang}` : ''}`);
  await waitInPage(popup, () => /^(ready|not-article|no-answer)$/.test(document.querySelector('main')?.dataset.state ?? ''), [], {
    what: 'the popup to settle',
  });
  return popup;
}
