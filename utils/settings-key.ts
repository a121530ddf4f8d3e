/** The key of the reader's settings in storage.local (WXT's item 'local:settings'). On its own so the content script can read the stored value before it loads the schema. */
export const SETTINGS_KEY = 'settings';
