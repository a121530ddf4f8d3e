// One Sina article page, wired to the browser once the DOM is there (clean
// reading was switched on before the first paint, by article-start.ts): if the DOM
// confirms an article, the figures, the stock triggers and panel, the answers
// to the popup and the toolbar badge. Each part runs on its own: one that
// fails leaves the others working and the page's content untouched. The logic
// lives in utils/.
import { browser } from '#imports';
import type { PageContext } from '@/utils/page-context';
import type { FigureInContext } from '@/utils/figures';
import type { AnalyzedFigure, ArticleAnalysis, BackgroundMessage, CleaningState, ErrorReply } from '@/utils/messages';
import { createPageRouter, sendToBackground } from '@/utils/page-messaging';
import type { Settings } from '@/utils/settings-schema';
import { askForFigures } from '@/utils/figures-request';
import { readArticleInSlices, type Article } from '@/utils/sina/article';
import { boilerplateSteps, countByCategory } from '@/utils/sina/boilerplate';
import { cleaningStateOf, type Cleaning } from '@/utils/sina/clean';
import { recolorInlineQuotes, type InlineQuoteColors } from '@/utils/sina/inline-quote-colors';
import { followServiceQuotes } from '@/utils/quote/service-quotes';
import { revealSentence, mountStockUi, type StockUi } from '@/utils/stock-ui';
import { buildArticleSummary, figureId, figuresOfStock, keyFiguresOf } from '@/utils/summary/article-summary';
import { runInSlices, SLICE_MS } from '@/utils/time-slices';
import { safely, timed } from './safely';

/** How long the background may take to analyse a very long page. */
const ANALYSIS_TIMEOUT_MS = 15_000;
const NO_FIGURES: ArticleAnalysis = { ok: true, figures: [], byStock: {}, key: [] };

const uiLang = (): 'zh' | 'en' => (/^zh/i.test(browser.i18n.getUILanguage()) ? 'zh' : 'en');

/** Once the DOM is parsed, with the settings read and clean reading installed (index.ts); null when not an article. */
export async function runArticlePage(ctx: PageContext, cleaning: Cleaning | null, settings: Settings): Promise<ArticlePage | null> {
  const article = ctx.isValid
    ? await readArticleInSlices(document, location.href, { budgetMs: SLICE_MS, measure: 'finlens:reading the article' })
    : null;
  if (!article) {
    cleaning?.dispose(); // not an article after all: the page ends exactly as it was
    return null;
  }
  if (cleaning) {
    safely('marking boilerplate', () => {
      cleaning.markStructure(article);
      cleaning.observe(ctx.signal);
    }, undefined);
  }
  const page = new ArticlePage(ctx, article, cleaning, settings);
  page.start();
  return page;
}

export class ArticlePage {
  private ui: StockUi | null = null;
  private inlineQuotes: InlineQuoteColors | null = null;
  private analysis: ArticleAnalysis = NO_FIGURES;
  private tabCleaning: CleaningState;
  private readonly lang = uiLang();

  constructor(
    private readonly ctx: PageContext,
    private readonly article: Article,
    private readonly cleaning: Cleaning | null,
    private settings: Settings,
  ) {
    this.tabCleaning = settings.cleaning;
  }

  start() {
    this.setCleaning(this.tabCleaning);
    // issue 13: Sina's inline quotes in the reader's colours (CSS gated on <html>, utils/sina/inline-quote-colors.ts);
    // marked in slices (issue 15), the first of which this measure holds too: bench:page counts it twice, to our cost
    const quoteSpans = this.article.stocks.flatMap((s) => (s.quote ? [s.quote] : []));
    this.inlineQuotes = safely('inline quote colours', () => recolorInlineQuotes(document, quoteSpans, this.settings.colors, this.ctx.signal), null);
    this.listen();
    void this.analyze();
    this.ctx.onInvalidated(() => this.ui?.destroy());
  }

  /** Asks the background for the article's figures, then shows them: triggers, panel, badge. */
  private async analyze() {
    const { article, settings } = this;
    const send = <M extends BackgroundMessage>(message: M) => sendToBackground(message, { timeoutMs: ANALYSIS_TIMEOUT_MS });
    // issue 15: a long article's text goes in parts (utils/figures-request.ts); each send is timed,
    // for building the message and the browser copying it are the page's main thread
    const reply = await askForFigures(
      article.paragraphs.map((p) => p.text),
      {
        // the names' and codes' other mentions in the text are found in the background
        stocks: article.stocks.map((s) => ({ code: s.code, name: s.name, links: s.links.map(({ paragraph, start, end }) => ({ paragraph, start, end })) })),
        kinds: settings.kinds,
        keyFigures: settings.keyFigures,
        lang: this.lang,
      },
      { text: send, analyze: send },
      <R,>(what: string, run: () => Promise<R>) => safely<Promise<R | ErrorReply>>(what, run, Promise.resolve({ ok: false, error: 'failed' })),
    );
    if (!this.ctx.isValid) return;
    if (!reply.ok) console.warn('[FinLens] no figures from the background:', reply.error);
    this.analysis = reply.ok ? reply : NO_FIGURES;
    this.mountUi();
    void sendToBackground({ type: 'finlens/badge', count: this.analysis.key.length });
  }

  private mountUi() {
    this.ui?.destroy();
    const { article, analysis, settings } = this;
    this.ui = safely(
      'stock triggers',
      () =>
        mountStockUi(document, {
          stocks: article.stocks.map((s) => ({ code: s.code, market: s.market, name: s.name, href: s.href, anchor: s.anchor, quote: s.quote })),
          figuresFor: (code) => figuresOfStock(analysis, code),
          keyFigures: keyFiguresOf(analysis),
          settings: { openOn: settings.panel.openOn, colors: settings.colors, kinds: settings.kinds },
          lang: this.lang,
          // values were formatted by the engine in the background
          format: (fig) => ({ value: (fig as AnalyzedFigure).display, qualifier: (fig as AnalyzedFigure).qualifierText }),
          onReveal: (fig) => this.reveal(fig),
          // issue 13: Sina's quote service for panels whose page shows no quote, when the reader turned it on
          serviceQuote: followServiceQuotes((code) => sendToBackground({ type: 'finlens/quote', code }), () => this.settings.quotes.service),
        }),
      null,
    );
  }

  private reveal(fig: FigureInContext): boolean {
    const paragraph = this.article.paragraphs[fig.paragraph];
    if (!paragraph) return false;
    const done = safely(
      'revealing a figure',
      () => revealSentence(document, paragraph.el, fig.sentence.start, fig.sentence.end, { text: fig.sentence.text, offsetBase: paragraph.offset }),
      null,
    );
    return done !== null;
  }

  /** What each category hides on the page now (it may have grown since it was read), in slices: the popup asks. */
  private async hiddenCounts() {
    const steps = boilerplateSteps(document, this.article.body);
    return runInSlices(steps, { budgetMs: SLICE_MS, measure: 'finlens:counting boilerplate' }).then(countByCategory, (error: unknown) => {
      console.warn('[FinLens] counting boilerplate failed', error);
      return {};
    });
  }

  private setCleaning(next: CleaningState) {
    this.tabCleaning = next;
    safely('switching clean reading', () => this.cleaning?.update(cleaningStateOf(next)), undefined);
  }

  /** The popup's switches: apply, and answer with the state and the counts it shows. */
  private async switchCleaning(next: CleaningState) {
    this.setCleaning(next);
    return { ok: true as const, cleaning: next, hiddenCounts: await this.hiddenCounts() };
  }

  private listen() {
    const router = createPageRouter({
      'finlens/get-summary': async () => {
        const counts = await this.hiddenCounts();
        // a failure is the router's to answer
        return timed('answering the popup', () => ({
          ...buildArticleSummary(this.article, this.analysis, this.settings.kinds, this.tabCleaning, counts),
          cleaningUndone: this.cleaning?.contested, // issue 15: the page kept undoing clean reading (attribute-guard.ts)
        }));
      },
      'finlens/set-cleaning': ({ enabled, hidden }) =>
        this.switchCleaning({ enabled, hidden: { ...this.tabCleaning.hidden, ...hidden } }),
      'finlens/toggle-cleaning': () => this.switchCleaning({ ...this.tabCleaning, enabled: !this.tabCleaning.enabled }),
      'finlens/reveal-figure': ({ id }) => {
        const fig = this.analysis.figures.find((f) => figureId(f) === id);
        return fig && this.reveal(fig) ? { ok: true } : { ok: false, error: 'not-found' };
      },
      'finlens/open-stock': ({ code }) => {
        const stock = this.article.stocks.find((s) => s.code === code);
        if (!stock) return { ok: false, error: 'not-found' };
        stock.anchor.scrollIntoView({ block: 'center' });
        return this.ui?.open(code) ? { ok: true } : { ok: false, error: 'not-found' };
      },
    });
    browser.runtime.onMessage.addListener(router);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(router));
  }

  /** Settings changed in the options page: this tab follows without a reload (index.ts watches them). */
  follow(next: Settings) {
    const before = this.settings;
    this.settings = next;
    this.setCleaning(next.cleaning);
    this.inlineQuotes?.setColors(next.colors); // issue 13
    if (before.keyFigures !== next.keyFigures || before.kinds.join() !== next.kinds.join()) void this.analyze();
    else safely('stock triggers', () => this.ui?.update({ openOn: next.panel.openOn, colors: next.colors }), undefined);
  }
}
