// Both locales' real strings for the stock UI tests (see ../l10n-fixture.ts).
import { localization } from '../l10n-fixture';

export const zh = (await localization('zh_CN')).t;
export const en = (await localization('en')).t;
