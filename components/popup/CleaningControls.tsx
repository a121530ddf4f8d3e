// Clean reading for this tab: the main switch (off = the original page), always in view, and one switch
// per boilerplate category with how much of it the page has, in the popup's folding "cleaning" section
// with the hint that says what the switches do. These act on the current tab only; the options page sets
// the defaults.
import { CATEGORIES, type Category } from '@/utils/sina/categories';
import type { CleaningState, HiddenCounts } from '@/utils/messages';
import { CATEGORY_KEYS } from '@/utils/i18n-keys';
import { Switch } from '../shared/Switch';
import { useL10n } from '../shared/l10n';

type ToggleProps = {
  enabled: boolean;
  /** The page kept undoing clean reading, and FinLens stopped (utils/sina/attribute-guard.ts). */
  undone?: boolean;
  onChange: (enabled: boolean) => void;
};

export function CleanToggle({ enabled, undone = false, onChange }: ToggleProps) {
  const { t } = useL10n();
  return (
    <div class="fl-clean-toggle">
      <Switch id="clean-toggle" checked={enabled} onChange={onChange} label={t('popup.clean.toggle')} describedBy="fl-clean-hint" />
      {undone ? (
        <p class="fl-hint" role="status" data-cleaning-undone="">
          {t('popup.pageFights.cleaningUndone')}
        </p>
      ) : null}
    </div>
  );
}

type CategoryProps = {
  cleaning: CleaningState;
  counts: HiddenCounts;
  onChange: (category: Category, hidden: boolean) => void;
};

export function CategorySwitches({ cleaning, counts, onChange }: CategoryProps) {
  const { t } = useL10n();
  return (
    <>
      <p class="fl-hint" id="fl-clean-hint">
        {t('popup.clean.hint')}
      </p>
      <fieldset class="fl-categories" aria-describedby={cleaning.enabled ? undefined : 'fl-categories-off'}>
        <legend>{t('popup.clean.categories')}</legend>
        {cleaning.enabled ? null : (
          <p class="fl-hint" id="fl-categories-off">
            {t('popup.clean.categoriesOff')}
          </p>
        )}
        {CATEGORIES.map((category) => {
          const count = counts[category];
          return (
            <Switch
              key={category}
              data-category={category}
              checked={cleaning.hidden[category]}
              disabled={!cleaning.enabled}
              onChange={(hidden) => onChange(category, hidden)}
              label={t(CATEGORY_KEYS[category])}
              detail={count === undefined ? undefined : t('popup.clean.count', count)}
            />
          );
        })}
      </fieldset>
    </>
  );
}
