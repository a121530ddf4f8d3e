// The stocks the article links, with how many figures concern each.
// Activating one asks the page to scroll to it and open its panel.
import type { SummaryStock } from '@/utils/messages';
import { MARKET_KEYS } from '@/utils/i18n-keys';
import { useL10n } from '../shared/l10n';

type Props = { stocks: readonly SummaryStock[]; onOpen: (code: string) => void };

export function StockList({ stocks, onOpen }: Props) {
  const { t } = useL10n();
  return (
    <section class="fl-section" aria-labelledby="fl-stocks-heading">
      <h2 id="fl-stocks-heading">{t('popup.stocks.heading')}</h2>
      {stocks.length === 0 ? (
        <p class="fl-empty">{t('popup.stocks.none')}</p>
      ) : (
        <>
          <p class="fl-hint fl-offscreen" id="fl-stocks-hint">
            {t('popup.stocks.hint')}
          </p>
          <ul class="fl-stocks" aria-describedby="fl-stocks-hint">
            {stocks.map((stock) => (
              <li key={stock.code} data-stock-code={stock.code}>
                <button type="button" class="fl-stock-button" onClick={() => onOpen(stock.code)}>
                  <span class="fl-stock-name">{stock.name}</span>{' '}
                  <span class="fl-stock-code">
                    {t(MARKET_KEYS[stock.market])} {stock.code}
                  </span>{' '}
                  <span class="fl-stock-count">{t('popup.stocks.count', stock.figures)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
