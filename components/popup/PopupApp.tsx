// The toolbar popup: the article's summary for the tab it points at (title, key figures and stocks first,
// so they fit the browser's popup without scrolling), its clean-reading switches (the category switches
// folded away), and "copy summary"; or a friendly message when there is no article. Browser access comes
// in through `api`.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ColorConvention } from '@/utils/settings';
import type { ArticleSummary, CleaningState, HiddenCounts } from '@/utils/messages';
import type { Category } from '@/utils/sina/categories';
import type { PlainKey } from '@/utils/i18n-keys';
import { summaryToMarkdown } from '@/utils/markdown';
import { useL10n } from '../shared/l10n';
import type { PopupApi, SummaryState } from '@/utils/popup-connection';
import { defaultFolds, type Folds, type FoldSection as FoldName } from '@/utils/popup-folds';
import { FoldSection } from './FoldSection';
import { FriendlyMessage } from './FriendlyMessage';
import { ArticleHeader } from './ArticleHeader';
import { CategorySwitches, CleanToggle } from './CleaningControls';
import { KeyFigures } from './KeyFigures';
import { StockList } from './StockList';
import { ReadingRow } from '../reading/ReadingRow';
import type { ReadingSettings } from '@/utils/reading-values';

/** The reader's reading layout and how to save a change of it (every open article follows the stored value). */
export type ReadingControl = { value: ReadingSettings; save: (patch: Partial<ReadingSettings>) => Promise<ReadingSettings> };

type Props = {
  api: PopupApi;
  colors?: ColorConvention;
  /** Which folding sections are open, as the reader left them (utils/popup-folds.ts). */
  folds?: Folds;
  onFoldsChange?: (folds: Folds) => void;
  reading?: ReadingControl;
};

export function PopupApp({ api, colors = 'red-up', folds, onFoldsChange, reading }: Props) {
  const [state, setState] = useState<SummaryState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    api.getSummary().then(
      (next) => live && setState(next),
      () => live && setState({ status: 'no-answer' }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <main class="fl-popup" data-state={state.status} data-colors={colors}>
      {state.status === 'ready' ? (
        <ArticleView summary={state.summary} api={api} folds={folds ?? defaultFolds()} onFoldsChange={onFoldsChange} reading={reading} />
      ) : (
        <FriendlyMessage status={state.status} onOpenOptions={api.openOptions} />
      )}
    </main>
  );
}

type ViewProps = {
  summary: ArticleSummary;
  api: PopupApi;
  folds: Folds;
  onFoldsChange?: (folds: Folds) => void;
  reading?: ReadingControl;
};

function ArticleView({ summary, api, folds: initialFolds, onFoldsChange, reading }: ViewProps) {
  const l10n = useL10n();
  const [folds, setFolds] = useState(initialFolds);
  const fold = (section: FoldName) => (open: boolean) => {
    const next = { ...folds, [section]: open };
    setFolds(next);
    onFoldsChange?.(next);
  };
  const { t } = l10n;
  const [cleaning, setCleaning] = useState<CleaningState>(summary.cleaning);
  const [counts, setCounts] = useState<HiddenCounts>(summary.hiddenCounts);
  const [status, setStatus] = useState<PlainKey | null>(null);
  // The last state the tab confirmed, to roll back to when it does not answer.
  const confirmed = useRef(summary.cleaning);

  const applyCleaning = async (next: CleaningState, hidden?: Partial<Record<Category, boolean>>) => {
    setCleaning(next);
    setStatus(null);
    const reply = await api.setCleaning(next.enabled, hidden);
    if (reply) {
      confirmed.current = reply.cleaning;
      setCleaning(reply.cleaning);
      setCounts(reply.hiddenCounts);
    } else {
      setCleaning(confirmed.current);
      setStatus('popup.actionFailed');
    }
  };

  const act = (done: Promise<boolean>) => {
    setStatus(null);
    void done.then((ok) => ok || setStatus('popup.actionFailed'));
  };

  const [layout, setLayout] = useState(reading?.value);
  const changeLayout = (patch: Partial<ReadingSettings>) => {
    if (!reading || !layout) return;
    const before = layout;
    setLayout({ ...layout, ...patch });
    setStatus(null);
    reading.save(patch).then(setLayout, () => {
      setLayout(before);
      setStatus('popup.actionFailed');
    });
  };

  const copy = () => {
    setStatus(null);
    api.copyText(summaryToMarkdown({ ...summary, cleaning }, l10n)).then(
      () => setStatus('popup.copy.done'),
      () => setStatus('popup.copy.failed'),
    );
  };

  return (
    <>
      <ArticleHeader summary={summary} />
      <KeyFigures figures={summary.figures} onReveal={(id) => act(api.revealFigure(id))} />
      <StockList stocks={summary.stocks} onOpen={(code) => act(api.openStock(code))} />
      <CleanToggle enabled={cleaning.enabled} undone={summary.cleaningUndone} onChange={(enabled) => void applyCleaning({ ...cleaning, enabled })} />
      {layout ? <ReadingRow reading={layout} onChange={changeLayout} /> : null}
      <FoldSection id="cleaning" heading={t('popup.clean.heading')} open={folds.cleaning} onToggle={fold('cleaning')}>
        <CategorySwitches
          cleaning={cleaning}
          counts={counts}
          onChange={(category, hidden) =>
            void applyCleaning({ ...cleaning, hidden: { ...cleaning.hidden, [category]: hidden } }, { [category]: hidden })
          }
        />
      </FoldSection>
      <footer class="fl-actions">
        <button type="button" id="copy-summary" class="fl-button fl-button-primary" onClick={copy}>
          {t('popup.copy.button')}
        </button>
        <button type="button" class="fl-button" onClick={api.openOptions}>
          {t('common.openOptions')}
        </button>
      </footer>
      <p class="fl-status" role="status">
        {status ? t(status) : ''}
      </p>
    </>
  );
}
