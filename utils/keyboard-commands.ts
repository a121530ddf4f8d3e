// Keyboard commands (manifest `commands`): the one FinLens has toggles clean
// reading on the active tab by asking that tab's content script to do it.
import { browser } from '#imports';
import { sendToTab } from './message-client';

export const TOGGLE_CLEANING_COMMAND = 'toggle-cleaning';

export type CommandDeps = {
  activeTabId(): Promise<number | undefined>;
  send: typeof sendToTab;
};

const defaultDeps: CommandDeps = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  },
  send: sendToTab,
};

/** Runs a command for `tab` (given by the browser since Chrome 86 / Firefox 126) or the active tab. */
export async function runCommand(command: string, tab?: { id?: number }, deps: CommandDeps = defaultDeps): Promise<void> {
  if (command !== TOGGLE_CLEANING_COMMAND) return;
  const tabId = tab?.id ?? (await deps.activeTabId());
  if (tabId == null || tabId < 0) return;
  // A tab without FinLens (not a Sina article) simply does not answer.
  await deps.send(tabId, { type: 'finlens/toggle-cleaning' });
}
