// Finds the elements the boilerplate rules (boilerplate-rules.ts) match, without
// touching the page. clean.ts marks and hides them; article.ts keeps them out of
// the article's paragraphs; the analyze CLI counts them. Pure over the DOM.
import {
  boilerplateRules,
  structuralRules,
  type BoilerplateRule,
  type StructuralRule,
} from './boilerplate-rules';
import type { Category } from './categories';
import { runAtOnce, type Steps } from '../time-slices';

export type RuleMatch = { rule: string; category: Category; elements: Element[] };

const SHOW_COMMENT = 0x80; // NodeFilter.SHOW_COMMENT, spelled out: Node has no NodeFilter global
const SHOW_ELEMENT = 0x1;
/** Elements matched between two points where the sliced reader may pause (utils/time-slices.ts). */
const ELEMENTS_PER_STEP = 128;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Elements under `root` (or the whole document) matching any of the rule's selectors, in document
 * order, one query per step: on a 20,000-paragraph page one query is a few ms, every rule's a long task.
 */
function* selectorMatchSteps(root: ParentNode, rule: BoilerplateRule): Steps<Element[]> {
  const found = new Set<Element>();
  for (const selector of rule.selectors) {
    try {
      for (const el of Array.from(root.querySelectorAll(selector))) found.add(el);
    } catch {
      // A selector this DOM cannot parse hides nothing here (the browser gets its own CSS rule).
    }
    yield;
  }
  return [...found];
}

export const selectorMatches = (root: ParentNode, rule: BoilerplateRule): Element[] => runAtOnce(selectorMatchSteps(root, rule));

/**
 * Whether the elements' visible text fits `max`. Their whole text (one call
 * each) bounds the visible text from above, so most blocks are settled without
 * walking their nodes one by one (each costs in a content script).
 */
function fitsText(elements: readonly Element[], max: number): boolean {
  let all = 0;
  for (const el of elements) all += (el.textContent ?? '').length;
  if (all <= max) return true;
  let visible = 0;
  for (const el of elements) visible += visibleTextLength(el);
  return visible <= max;
}

/** Length of the text a reader would see: script and style text does not count. */
function visibleTextLength(node: Node): number {
  if (node.nodeType === TEXT_NODE) return (node.nodeValue ?? '').trim().length;
  if (node.nodeType !== ELEMENT_NODE) return 0;
  const tag = (node as Element).tagName.toLowerCase();
  if (tag === 'script' || tag === 'style' || tag === 'template') return 0;
  let n = 0;
  for (const child of Array.from(node.childNodes)) n += visibleTextLength(child);
  return n;
}

const isHideable = (el: Element) => !['script', 'style', 'template', 'link', 'meta'].includes(el.tagName.toLowerCase());

function commentsUnder(root: Node): Comment[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_COMMENT);
  const out: Comment[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Comment);
  return out;
}

/** Element siblings strictly between two comments of the same parent. */
function elementsBetween(open: Comment, close: Comment): Element[] {
  const out: Element[] = [];
  for (let n = open.nextSibling; n && n !== close; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && isHideable(n as Element)) out.push(n as Element);
  }
  return out;
}

/**
 * Elements a structural rule finds under `root`; a match over its text budget
 * is dropped. `comments` are root's comments, when the caller has them already.
 */
function* structuralMatchSteps(root: Element, rule: StructuralRule, comments?: readonly Comment[]): Steps<Element[]> {
  const out: Element[] = [];
  if (rule.kind === 'between-comments') {
    let pending: Comment | null = null;
    for (const c of comments ?? commentsUnder(root)) {
      const text = c.nodeValue ?? '';
      if (pending && rule.close.test(text)) {
        if (c.parentNode === pending.parentNode) {
          const between = elementsBetween(pending, c);
          if (fitsText(between, rule.maxText)) out.push(...between);
        }
        pending = null;
      } else if (rule.open.test(text)) {
        pending = c;
      }
    }
    return out;
  }
  let candidates: Element[];
  try {
    candidates = Array.from(root.querySelectorAll(rule.selector));
    if (root.matches(rule.selector)) candidates.unshift(root);
  } catch {
    return out;
  }
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i]!;
    if (fitsText([el], rule.maxText) && rule.text.test(el.textContent ?? '')) out.push(el);
    // a rule on every <p> reads the text of each: 20,000 of them are a long task
    if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield;
  }
  return out;
}

/** Every rule's matches, in steps (utils/time-slices.ts): selector rules over the whole document, structural rules inside `body`. */
export function* boilerplateSteps(
  doc: Document,
  body: Element | null,
  rules: readonly BoilerplateRule[] = boilerplateRules,
  structural: readonly StructuralRule[] = structuralRules,
): Steps<RuleMatch[]> {
  const out: RuleMatch[] = [];
  for (const rule of rules) {
    out.push({ rule: rule.id, category: rule.category, elements: yield* selectorMatchSteps(doc, rule) });
  }
  if (body) out.push(...(yield* structuralSteps(body, structural)));
  return out;
}

/** Every rule's matches, at once. */
export const findBoilerplate = (...args: Parameters<typeof boilerplateSteps>): RuleMatch[] => runAtOnce(boilerplateSteps(...args));

let joined: string | null = null;
const allSelectors = () => (joined ??= boilerplateRules.flatMap((r) => r.selectors).join(','));

/** Whether a selector rule matches `el` itself. */
export function matchesSelectorRule(el: Element): boolean {
  try {
    return el.matches(allSelectors());
  } catch {
    return boilerplateRules.some((rule) => rule.selectors.some((s) => {
      try {
        return el.matches(s);
      } catch {
        return false;
      }
    }));
  }
}

/** Each structural rule's matches under `root`, in steps. */
function* structuralSteps(root: Element, structural: readonly StructuralRule[]): Steps<RuleMatch[]> {
  let comments: Comment[] | undefined; // one walk for every between-comments rule
  const out: RuleMatch[] = [];
  for (const rule of structural) {
    const between = rule.kind === 'between-comments' ? (comments ??= commentsUnder(root)) : undefined;
    out.push({ rule: rule.id, category: rule.category, elements: yield* structuralMatchSteps(root, rule, between) });
  }
  return out;
}

/** Each structural rule's matches under `root`. */
export const structuralUnder = (root: Element, structural: readonly StructuralRule[] = structuralRules): RuleMatch[] =>
  runAtOnce(structuralSteps(root, structural));

/** Bodies of more elements than this are matched element by element, in steps (issue 15: one query over 20,000 paragraphs took 180 ms). */
const ONE_QUERY_ELEMENTS = 2_000;

/**
 * The elements under `root` that match `selector`, in document order, as root.querySelectorAll
 * finds them: in one query when `root` holds at most `oneQuery` elements (every corpus page's
 * body: 192 at most), else one element at a time along a tree walk, in steps (utils/time-slices.ts).
 * (linkedom counts no elements for '*': it always takes the one query.)
 */
export function* matchingUnder(root: Element, selector: string, oneQuery = ONE_QUERY_ELEMENTS): Steps<Element[]> {
  if (root.getElementsByTagName('*').length <= oneQuery) return Array.from(root.querySelectorAll(selector));
  const out: Element[] = [];
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, SHOW_ELEMENT);
  for (let n = walker.nextNode() as Element | null, i = 1; n; n = walker.nextNode() as Element | null, i++) {
    if (n.matches(selector)) out.push(n);
    if (i % ELEMENTS_PER_STEP === 0) yield;
  }
  return out;
}

/**
 * Every element under `root` that some rule matches, rules not told apart: one
 * pass over the DOM with all selectors joined (instead of one per selector),
 * or, if this DOM rejects a selector, rule by rule. The structural rules'
 * matches are also returned per rule, for clean.ts to mark without looking for
 * them again. In steps (utils/time-slices.ts).
 */
export function* boilerplateUnder(root: Element): Steps<{ elements: Element[]; structural: RuleMatch[] }> {
  let elements: Element[];
  try {
    elements = yield* matchingUnder(root, allSelectors());
  } catch {
    elements = boilerplateRules.flatMap((rule) => selectorMatches(root, rule));
  }
  yield;
  const structural = yield* structuralSteps(root, structuralRules);
  for (const m of structural) elements.push(...m.elements);
  return { elements, structural };
}

/** A membership test: is `el` boilerplate or inside boilerplate (looking no higher than `stop`)? */
export function boilerplateTest(elements: Iterable<Element>, stop: Element): (el: Element) => boolean {
  const set = new Set<Element>(elements);
  return (el) => {
    for (let n: Element | null = el; n && n !== stop; n = n.parentElement) if (set.has(n)) return true;
    return false;
  };
}

export type HiddenCount = { rule: string; category: Category; elements: number };

/** Per-rule element counts (rules that match nothing are left out). */
export function countMatches(matches: RuleMatch[]): HiddenCount[] {
  return matches
    .filter((m) => m.elements.length > 0)
    .map((m) => ({ rule: m.rule, category: m.category, elements: m.elements.length }));
}

/** Elements matched per category, whether or not the category is hidden now (the popup shows these). */
export function countByCategory(matches: RuleMatch[]): Partial<Record<Category, number>> {
  const out: Partial<Record<Category, number>> = {};
  for (const m of matches) if (m.elements.length) out[m.category] = (out[m.category] ?? 0) + m.elements.length;
  return out;
}
