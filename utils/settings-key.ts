/** The key of the reader's settings in storage.local (WXT's item 'local:settings'). On its own so the content script can read the stored value before it loads the schema. */
export const SETTINGS_KEY = 'settings';

/**
 * Firefox: the global (in the content scripts' own world, which the page never sees) through which the
 * background's registered start script hands article-start.js the settings (utils/start-registration.ts).
 */
export const GIVEN_SETTINGS = 'finlensSettings';
