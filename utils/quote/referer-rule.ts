// Sina's quote service answers 403 without a Referer from a Sina page (sina-dom.md §5), and fetch() cannot
// set one. This declarativeNetRequest rule sets it on the extension's own requests only: a session rule
// (kept in memory, set again when the background starts) limited to requests from no tab (tabIds [-1]:
// the background's own fetches, never a page's) to the service's host. Chrome (MV3) and Firefox (MV2 and
// MV3, 113+) both take session rules with tabIds; modifyHeaders needs the host permission for the
// service, which the reader grants when turning the option on ("declarativeNetRequestWithHostAccess"
// adds no install-time warning).
export const REFERER_RULE_ID = 1301;
export const SINA_REFERER = 'https://finance.sina.com.cn/';

export const REFERER_RULE = {
  id: REFERER_RULE_ID,
  priority: 1,
  action: {
    type: 'modifyHeaders' as const,
    requestHeaders: [{ header: 'referer', operation: 'set' as const, value: SINA_REFERER }],
  },
  condition: {
    requestDomains: ['hq.sinajs.cn'],
    tabIds: [-1],
    resourceTypes: ['xmlhttprequest' as const],
  },
};

type SessionRules = {
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: (typeof REFERER_RULE)[] }): Promise<void>;
};

/** Puts the rule in place (replacing any earlier copy of it). */
export function installRefererRule(dnr: SessionRules): Promise<void> {
  return dnr.updateSessionRules({ removeRuleIds: [REFERER_RULE_ID], addRules: [REFERER_RULE] });
}
