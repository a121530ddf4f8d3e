// What runs on a Sina article page before its first paint, and nothing more:
// the browser injects it at document_start (wxt.config.ts lists it in the
// manifest, with the clean-reading stylesheet, on article-shaped URLs only; in
// Firefox the background registers it, after a line that hands it the settings).
// It checks the URL, sets the <html> attributes that switch the stylesheet on:
// the reader's settings where they were handed over, else the defaults, switched
// to the reader's stored choice as soon as storage answers.
// No zod, no polyfill, no Preact here: it talks to the browser's own storage
// API and to nothing else of it (utils/start-storage.ts), and
// utils/stored-cleaning.ts reads the stored value through fixed tables.
// Everything else is the later content script (article-end/, injected once the
// DOM is parsed), which gets the settings from the background, parsed there
// with the schema.
import { defineUnlistedScript } from '#imports';
import { isSinaArticleLocation } from '@/utils/sina/article-url';
import { applyCleaningAttributes, cleaningStateOf, DEFAULT_STATE } from '@/utils/sina/cleaning-attributes';
import { GIVEN_SETTINGS, SETTINGS_KEY } from '@/utils/settings-key';
import { storedCleaning } from '@/utils/stored-cleaning';
import { writeReadingStyle } from '@/utils/sina/reading-style';
import { storedReading } from '@/utils/stored-reading';
import { startStorage } from '@/utils/start-storage';

export default defineUnlistedScript(() => {
  if (!isSinaArticleLocation(location)) return;
  const root = document.documentElement;
  // The reader's cleaning, column and theme (issue 10): the stylesheet has the defaults already.
  const apply = (settings: unknown) => {
    applyCleaningAttributes(root, cleaningStateOf(storedCleaning(settings)));
    writeReadingStyle(root, storedReading(settings));
  };
  // Firefox: the background registered this script after a line that hands over the settings
  // (utils/start-registration.ts), so nothing of the extension API is touched before the first paint.
  // (a plain object of this world only: never something of the page's, such as an element named so)
  const given = (globalThis as Record<string, unknown>)[GIVEN_SETTINGS];
  if (typeof given === 'object' && given !== null && Object.getPrototypeOf(given) === Object.prototype) return apply(given);
  applyCleaningAttributes(root, DEFAULT_STATE);
  // Storage answers in order, so this lands before the later script reads the
  // settings it asks for once the DOM is parsed: that one has the last word.
  startStorage()?.get(SETTINGS_KEY).then(
    (stored) => apply(stored[SETTINGS_KEY]),
    () => undefined, // no storage: the defaults stay, as the schema would have them
  );
});
