// Puts FinLens's trigger hosts back when the page's script removes them (a
// page that re-renders its article, or strips unknown elements, every 100 ms
// for seconds): each removed host goes back in place, as it was (its shadow
// root and its rendering are kept), while its stock link is still in the
// page. Bounded: after `maxRounds` rounds of re-mounting within `windowMs`
// it stops, and the article stays as the page made it.

export type HostKeeperBounds = { maxRounds: number; windowMs: number };
/**
 * A round is one batch of removals (2,000 hosts removed together are one): a
 * page that strips them every 100 ms makes 10 a second and is followed; one
 * that removes them from its own observer, in a loop, hits the bound at once.
 */
export const HOST_KEEPER_BOUNDS: HostKeeperBounds = { maxRounds: 30, windowMs: 1_000 };

/**
 * Keeps each of `hosts` in the page: `place(host)` puts it back (false when its link is gone).
 * A Map's keys are read live (hosts mounted later, in slices, are kept too). Returns stop().
 */
export function keepHostsMounted(
  doc: Document,
  hosts: readonly Element[] | ReadonlyMap<Element, unknown>,
  place: (host: Element) => boolean,
  bounds: HostKeeperBounds = HOST_KEEPER_BOUNDS,
): () => void {
  const MO = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  if (!MO || !doc.documentElement) return () => undefined;
  const ours: { has(el: Element): boolean } = Array.isArray(hosts) ? new Set(hosts) : (hosts as ReadonlyMap<Element, unknown>);
  const rounds: number[] = []; // times of the recent rounds of re-mounting
  const observer = new MO((records) => {
    const removed = records.flatMap((r) => Array.from(r.removedNodes)).filter((n) => ours.has(n as Element) && !n.isConnected);
    if (!removed.length) return;
    const now = Date.now();
    while (rounds.length && now - rounds[0]! > bounds.windowMs) rounds.shift();
    if (rounds.length >= bounds.maxRounds) return observer.disconnect();
    rounds.push(now);
    for (const host of removed) place(host as Element);
    observer.takeRecords(); // FinLens's own insertions
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
