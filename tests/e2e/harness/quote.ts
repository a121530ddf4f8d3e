// The open panel's live quote as "price change percent direction" (the data-quote contract of
// docs/architecture.md), or null when the panel shows none.
import type { Page } from 'puppeteer-core';

export const panelQuote = (page: Page) =>
  page.evaluate(() => {
    const line = document.querySelector('finlens-panel')?.shadowRoot?.querySelector('[data-quote="quote"]');
    if (!line) return null;
    const part = (name: string) => line.querySelector(`[data-quote="${name}"]`)?.textContent;
    return [part('price'), part('change'), part('percent'), line.getAttribute('data-direction')].join(' ');
  });
