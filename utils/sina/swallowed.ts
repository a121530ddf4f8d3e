// Damaged markup: when a block's closing tag is missing, the HTML parser puts
// everything after it inside that block, up to the end of its parent. If that
// block is boilerplate (an image wrapper, a quote chart, an ad box), the
// article's paragraphs end up inside it, and keeping boilerplate out of the
// article (article.ts) or hiding it (clean.ts) would take the article with it.
// Reproduced by removing every </div> from the corpus pages: the quote chart
// div.ct_hqimg of …-forex.html, the first .img_wrapper of …-zijin-qingdaogang
// or …-sco-demo-zone.html, .tech-quotation of …-iphone11.html then hold all
// the paragraphs (tests/unit/sina/damaged-markup.test.ts).
//
// Such a block is told apart by what it holds: article paragraphs (<p> with
// text) that are not inside a smaller boilerplate block. In the intact corpus
// no boilerplate block inside a body holds more than one; a swallowing one
// holds the rest of the article. Pure over the DOM; it never changes it.

/** Paragraphs of its own that make a boilerplate block a swallower (intact pages: at most 1). */
const SWALLOWED_PARAGRAPHS = 3;
/** Text that makes a <p> an article paragraph rather than a caption or a label. */
const PARAGRAPH_TEXT = 10;
/** How far up from a paragraph a smaller boilerplate block is looked for (bounds the cost on deep nesting). */
const NESTING_LOOKUP = 64;

/** Whether `block` holds article paragraphs of its own: not inside a smaller block of `boilerplate` (swallowing ones aside). */
function swallows(block: Element, boilerplate: ReadonlySet<Element>, swallowing: ReadonlySet<Element>): boolean {
  const paragraphs = block.getElementsByTagName('p');
  if (paragraphs.length < SWALLOWED_PARAGRAPHS) return false;
  let own = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if ((p.textContent ?? '').trim().length < PARAGRAPH_TEXT) continue;
    let inner = false;
    let n = p.parentElement;
    for (let depth = 0; n && n !== block && depth < NESTING_LOOKUP; depth++, n = n.parentElement) {
      if (boilerplate.has(n) && !swallowing.has(n)) {
        inner = true;
        break;
      }
    }
    if (!inner && ++own >= SWALLOWED_PARAGRAPHS) return true;
  }
  return false;
}

/** Each element's depth in its tree, every node's depth computed once (5 000-deep pages stay linear). */
function depthsOf(elements: readonly Element[]): Map<Node, number> {
  const depth = new Map<Node, number>();
  for (const el of elements) {
    const chain: Node[] = [];
    let n: Node | null = el;
    while (n && !depth.has(n)) {
      chain.push(n);
      n = n.parentNode;
    }
    let d = n ? depth.get(n)! : 0;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!, ++d);
  }
  return depth;
}

/**
 * The blocks among `candidates` (boilerplate and image wrappers in the body)
 * that swallowed article paragraphs. Blocks nest (an image wrapper left open
 * inside another, the quote chart's links inside the chart), and paragraphs
 * inside a swallowing block count for the blocks around it too: so the
 * deepest blocks are decided first.
 */
export function swallowingBlocks(candidates: readonly Element[]): Set<Element> {
  const boilerplate = new Set(candidates);
  const depth = depthsOf(candidates);
  const out = new Set<Element>();
  for (const block of [...boilerplate].sort((a, b) => depth.get(b)! - depth.get(a)!)) {
    if (swallows(block, boilerplate, out)) out.add(block);
  }
  return out;
}

/**
 * The ancestors of the body that a boilerplate rule matches: with a closing
 * tag missing above the body, a banner or a bar can hold the whole article.
 * None on intact pages (corpus.test.ts checks that no rule matches them).
 */
export function boilerplateAbove(body: Element, isBoilerplate: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (let n = body.parentElement; n; n = n.parentElement) if (isBoilerplate(n)) out.push(n);
  return out;
}
