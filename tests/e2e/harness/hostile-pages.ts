// Pages that fight back, made on the fly for hostile-pages.e2e.test.ts (issue 15): a Sina finance
// article in the markup of tests/e2e/fixtures/hostile-stock.html (the 2018+ desktop template of
// ../shared/corpus/pages/sina-finance-desktop-doc-2018-12-28-roll-12306.html: h1.main-title,
// .date-source, #artibody, stock_/quote_ spans around keyword links), with promos around the
// body, its own text written here, and a script in <head> that the page runs before anything else.
// The same bytes are also served at a URL FinLens does not run on, to measure the page without it.

export type ArticleShape = {
  /** Unique per page: it names the URL (doc-i<letters><digits>: up to 8 letters, then at least 4 digits, utils/sina/article-url.ts). */
  id: string;
  paragraphs: number;
  /** Keyword links to distinct stocks, spread evenly over the paragraphs. */
  links: number;
  /** The page's own script, run first in <head> (plain ES5: it must not need what it poisons). */
  script?: string;
};

export type GeneratedPage = ArticleShape & {
  url: string;
  /** The same bytes where FinLens does not run (not an article URL). */
  bareUrl: string;
  html: string;
  /** Stock codes in link order. */
  codes: string[];
};

/** Promos a reader never came for, each hidden by clean reading (utils/sina/boilerplate-rules.ts). */
const PROMOS = [
  '<div class="ad top-ad" data-ad-pdps="PDPS000000000001">标题下方广告位</div>',
  '<div class="app-kaihu-qr">扫码开户，佣金低至万一</div>',
  '<div class="blk-wxfollow">关注公众号，获取更多资讯</div>',
  '<div class="blk-related" id="tab_related">相关新闻：测试列表</div>',
];

/** Sina's paragraph indent: two ideographic spaces. */
const INDENT = '\u3000\u3000';
const codeOf = (k: number) => `sh${600000 + k}`;
/** Names that never contain one another (测试1号 is not inside 测试10号). */
const nameOf = (k: number) => `测试${k + 1}号`;

function paragraph(i: number, link: number | null): string {
  const stock =
    link === null
      ? ''
      : `<span id="stock_${codeOf(link)}"><a href="https://finance.sina.com.cn/realstock/company/${codeOf(link)}/nc.shtml" class="keyword" target="_blank">${nameOf(link)}</a></span><span id="quote_${codeOf(link)}"></span>`;
  return `<p>${INDENT}第${i + 1}段：${stock}本季度营业收入${(i % 97) + 3}亿元，同比增长${i % 40}.5%，毛利率约${(i % 30) + 10}%。</p>`;
}

export function sinaArticle(shape: ArticleShape): GeneratedPage {
  const url = `https://finance.sina.com.cn/stock/s/2024-02-03/doc-ifl${shape.id}.shtml`;
  const bareUrl = `https://finance.sina.com.cn/finlens-bare/${shape.id}.html`;
  const every = shape.links ? Math.floor(shape.paragraphs / shape.links) : Infinity;
  const codes: string[] = [];
  const body: string[] = [];
  for (let i = 0; i < shape.paragraphs; i++) {
    const link = i % every === 0 && codes.length < shape.links ? codes.length : null;
    if (link !== null) codes.push(codeOf(link));
    body.push(paragraph(i, link));
  }
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
${shape.script ? `<script>${shape.script}</script>` : ''}
<title>测试页面${shape.id}_新浪财经_新浪网</title>
<meta property="og:type" content="news">
<meta property="og:url" content="${url}">
<meta property="article:published_time" content="2024-02-03T09:30:00+08:00">
<meta name="mediaid" content="测试来源">
<meta name="publishid" content="fl${shape.id}">
</head>
<body>
${PROMOS[0]}
<h1 class="main-title">测试页面：季度业绩一览</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar" id="top_bar"><div class="date-source">
<span class="date">2024年02月03日 09:30</span><a class="source" href="https://finance.sina.com.cn/">测试来源</a></div></div></div>
<div class="article-content clearfix" id="article_content"><div class="article-content-left">
<div class="article" id="artibody">
${body.join('\n')}
${PROMOS[1]}
</div>
${PROMOS.slice(2).join('\n')}
</div></div>
</body>
</html>`;
  return { ...shape, url, bareUrl, html, codes };
}

/** Every 100 ms for its first 3 s, the page strips data-finlens* from <html> and removes finlens-* elements; it counts what it undid. */
export const STRIP_FOR_3S = `(function () {
  var undone = (window.__undone = { attributes: 0, hosts: 0, done: false });
  var t0 = Date.now();
  var timer = setInterval(function () {
    var html = document.documentElement;
    var names = [];
    for (var i = 0; i < html.attributes.length; i++) if (html.attributes[i].name.indexOf('data-finlens') === 0) names.push(html.attributes[i].name);
    for (var j = 0; j < names.length; j++) html.removeAttribute(names[j]);
    undone.attributes += names.length;
    var hosts = document.querySelectorAll('finlens-trigger, finlens-panel');
    for (var k = 0; k < hosts.length; k++) hosts[k].parentNode.removeChild(hosts[k]);
    undone.hosts += hosts.length;
    if (Date.now() - t0 > 3000) { clearInterval(timer); undone.done = true; }
  }, 100);
})();`;

/** The page's own MutationObserver removes data-finlens* from <html> the moment they appear (a tug of war). */
export const TUG_OF_WAR = `(function () {
  var html = document.documentElement;
  window.__undone = { attributes: 0 };
  new MutationObserver(function () {
    for (var i = html.attributes.length - 1; i >= 0; i--) {
      var name = html.attributes[i].name;
      if (name.indexOf('data-finlens') === 0) { html.removeAttribute(name); window.__undone.attributes++; }
    }
  }).observe(html, { attributes: true });
})();`;

/**
 * The page poisons its own main world before FinLens runs: the built-ins a script leans on throw
 * (window.__poisoned lists them). FinLens's content scripts run in the isolated world and must not notice.
 */
export const POISON = `(function () {
  var poisoned = [];
  function poison(target, name, label) {
    try {
      Object.defineProperty(target, name, { configurable: true, writable: true, value: function () { throw new Error('poisoned ' + label); } });
      poisoned[poisoned.length] = label;
    } catch (e) {}
  }
  var arrayMethods = ['map', 'filter', 'forEach', 'some', 'every', 'reduce', 'find', 'findIndex', 'indexOf', 'includes', 'push', 'pop', 'shift', 'unshift', 'slice', 'splice', 'concat', 'join', 'sort', 'flat', 'flatMap', 'keys', 'values', 'entries'];
  for (var i = 0; i < arrayMethods.length; i++) poison(Array.prototype, arrayMethods[i], 'Array.prototype.' + arrayMethods[i]);
  poison(Array.prototype, Symbol.iterator, 'Array.prototype[Symbol.iterator]');
  poison(Array, 'from', 'Array.from');
  poison(JSON, 'parse', 'JSON.parse');
  poison(JSON, 'stringify', 'JSON.stringify');
  poison(Promise.prototype, 'then', 'Promise.prototype.then');
  poison(Promise, 'resolve', 'Promise.resolve');
  poison(window, 'Promise', 'Promise');
  poison(Element.prototype, 'attachShadow', 'Element.prototype.attachShadow');
  poison(CustomElementRegistry.prototype, 'define', 'customElements.define');
  poison(window, 'MutationObserver', 'MutationObserver');
  poison(Object, 'keys', 'Object.keys');
  poison(Object, 'entries', 'Object.entries');
  poison(Map.prototype, 'get', 'Map.prototype.get');
  poison(Map.prototype, 'set', 'Map.prototype.set');
  poison(Set.prototype, 'add', 'Set.prototype.add');
  poison(String.prototype, 'trim', 'String.prototype.trim');
  poison(String.prototype, 'replace', 'String.prototype.replace');
  poison(RegExp.prototype, 'exec', 'RegExp.prototype.exec');
  poison(Function.prototype, 'bind', 'Function.prototype.bind');
  poison(window, 'requestAnimationFrame', 'requestAnimationFrame');
  poison(window, 'requestIdleCallback', 'requestIdleCallback');
  poison(window, 'setTimeout', 'setTimeout');
  poison(window, 'postMessage', 'postMessage');
  poison(EventTarget.prototype, 'addEventListener', 'EventTarget.prototype.addEventListener');
  window.__poisoned = poisoned.length;
})();`;
