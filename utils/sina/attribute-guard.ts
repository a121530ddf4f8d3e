// Keeps FinLens's attributes on <html> when the page's own script removes or
// rewrites them (frameworks that re-render <html> do, some every 100 ms for
// seconds): a MutationObserver on <html>'s attributes puts them back. Bounded,
// so that FinLens never fights a page in a loop: after `maxRepairs`
// re-applications within `windowMs` it stops, removes its attributes (the
// page is then exactly as Sina shows it) and says so through `onGiveUp` (the
// popup shows "this page keeps undoing clean reading").
//
// Dependency-free on purpose (no zod, polyfill or Preact): it runs in the
// content script's first, smallest part at document_start.

export type AttributeGuardBounds = {
  /** Re-applications allowed within `windowMs`; one more and the guard gives up. */
  maxRepairs: number;
  windowMs: number;
};

/**
 * A page that strips the attributes every 100 ms costs 10 re-applications a
 * second, and is followed for as long as it does it; a page that strips them
 * from its own observer (a tug of war in microtasks) hits the bound at once.
 */
export const GUARD_BOUNDS: AttributeGuardBounds = { maxRepairs: 30, windowMs: 1_000 };

export type AttributeGuard = {
  /** Set the wanted attributes now (null: absent), and keep them. */
  set(wanted: Readonly<Record<string, string | null>>): void;
  /** Whether the guard gave up on this page. */
  readonly gaveUp: boolean;
  /** Stop watching (the attributes stay as they are). */
  stop(): void;
};

export function guardAttributes(
  root: Element,
  bounds: AttributeGuardBounds = GUARD_BOUNDS,
  onGiveUp?: () => void,
): AttributeGuard {
  let wanted: Readonly<Record<string, string | null>> = {};
  let observer: MutationObserver | null = null;
  let gaveUp = false;
  const repairs: number[] = []; // times of the re-applications within the window

  const differs = () => Object.keys(wanted).some((name) => root.getAttribute(name) !== wanted[name]);
  const apply = () => {
    for (const [name, value] of Object.entries(wanted)) {
      if (value === null) root.removeAttribute(name);
      else if (root.getAttribute(name) !== value) root.setAttribute(name, value);
    }
    observer?.takeRecords(); // FinLens's own writes are not the page's
  };

  const giveUp = () => {
    gaveUp = true;
    observer?.disconnect();
    observer = null;
    for (const name of Object.keys(wanted)) root.removeAttribute(name);
    onGiveUp?.();
  };

  const onChange = () => {
    if (gaveUp || !differs()) return;
    const now = Date.now();
    while (repairs.length && now - repairs[0]! > bounds.windowMs) repairs.shift();
    if (repairs.length >= bounds.maxRepairs) return giveUp();
    repairs.push(now);
    apply();
  };

  const watch = () => {
    const MO = root.ownerDocument?.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    if (!MO) return;
    observer = new MO(onChange);
    observer.observe(root, { attributes: true, attributeFilter: Object.keys(wanted) });
  };

  return {
    set(next) {
      if (gaveUp) return;
      const names = Object.keys(wanted).join();
      wanted = next;
      apply();
      if (!observer || names !== Object.keys(next).join()) {
        observer?.disconnect();
        watch();
      }
    },
    get gaveUp() {
      return gaveUp;
    },
    stop() {
      observer?.disconnect();
      observer = null;
    },
  };
}
