// The Sina page shell that FinLens's tests and demo wrap mirror posts in.
// A mirror post (../shared/corpus/pages/sina-mirror-post-*.html) is YAML front
// matter plus the inner HTML of a finance.sina.com.cn #artibody, re-published by
// RSSHub/Hexo without any page chrome. The shell puts it back into the markup of
// the finance "new" desktop template (sina-finance-desktop-doc-2018-12-28-roll-12306.html):
// the meta tags, h1.main-title, the sticky top bar with date and source, and
// #article_content > .article-content-left > #artibody.article.
// It also carries Sina's fixed-width desktop layout, so the tests exercise fixed
// widths, floats and the fixed top bar, not only the unstyled flow of the saved
// pages (whose stylesheets are not in the corpus).

export type MirrorPost = { title: string; author: string; date: Date | null; body: string };

const FRONT_MATTER = /^\s*---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function parseMirrorPost(text: string): MirrorPost {
  const m = FRONT_MATTER.exec(text);
  const head = m?.[1] ?? '';
  const field = (name: string) => {
    const v = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(head)?.[1]?.trim() ?? '';
    return v.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  };
  const date = new Date(field('date'));
  return {
    title: field('title'),
    author: field('author') || '新浪财经',
    date: Number.isNaN(date.getTime()) ? null : date,
    body: m ? text.slice(m[0].length) : text,
  };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Beijing wall-clock parts of an instant: Sina prints times in UTC+8. */
function beijing(date: Date) {
  const t = new Date(date.getTime() + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const ymd = `${t.getUTCFullYear()}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())}`;
  const hms = `${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}`;
  return {
    iso: `${ymd}T${hms}+08:00`,
    cn: `${t.getUTCFullYear()}年${p(t.getUTCMonth() + 1)}月${p(t.getUTCDate())}日 ${hms.slice(0, 5)}`,
  };
}

// Page chrome for the demo: Sina's own class names and ids (as seen on
// sina-finance-desktop-doc-2018-12-28-roll-12306.html) around placeholder
// content, so the demo shows what FinLens hides. Tests serve mirror posts
// without it: only Sina's own markup is evidence for the rules.
// Sina's desktop layout, as its stylesheet sets it. No copy of Sina's CSS
// (n.sinaimg.cn/finance/page2017/css/style.css, linked by …-roll-12306.html) is
// saved anywhere we could find, so the values are ASSUMED from what the saved
// pages show: the wrapper's class names its width (.main-content.w1240); the
// body column is 640 px, the width of Sina's in-body and under-title ad slots
// ("标题下方640*90通栏" on …-roll-12306.html), floated left of a 300 px right
// column; the top bar is fixed to the top of the window (the saved page froze it
// with its script's class top-bar-fixed) over a placeholder of its height;
// text 16 px on a 30 px line, as Sina's article pages render.
const SINA_DESKTOP_CSS = `<style>
body { margin: 0; min-width: 1240px; font: 12px/1.5 "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #333; background: #fff; }
.w1240 { width: 1240px; margin: 0 auto; }
.clearfix:after { content: ""; display: block; clear: both; }
.main-title { margin: 0; padding: 20px 0 12px; font-size: 26px; line-height: 36px; font-weight: bold; color: #111; }
.top-bar-wrap { height: 48px; }
.top-bar { width: 1240px; height: 48px; line-height: 48px; background: #fff; border-bottom: 1px solid #e5e5e5; }
.top-bar-fixed { position: fixed; top: 0; left: 50%; margin-left: -620px; z-index: 100; }
.date-source { float: left; font-size: 14px; color: #888; }
.date-source .date { margin-right: 12px; }
.page-tools { float: right; font-size: 14px; }
.article-content { padding-top: 16px; }
.article-content-left { float: left; width: 640px; }
.article-content-right { float: right; width: 300px; font-size: 14px; }
.article { font-size: 16px; line-height: 30px; color: #333; }
.article p { margin: 0 0 24px; }
.article img { max-width: 640px; }
</style>`;

const CHROME = {
  header: `<div class="sina-header" id="sina-header"><div class="sina-header-inner">新浪首页 · 新闻 · 体育 · 财经 · 娱乐 · 科技 · 博客 · 图片 · 专栏 · 更多</div></div>`,
  top: `<div class="path-search"><div class="channel-path">新浪财经 &gt; 国内经济 &gt; 正文</div></div>
<div class="ad top-ad"><ins class="sinaads">（示例广告位 640×90）</ins></div>`,
  tools: `<div class="page-tools"><span>分享到：</span><a href="#share">微博</a> <a href="#share">微信</a> <a href="#share">QQ空间</a></div>`,
  bottom: `<div class="article-bottom" id="article-bottom"><div class="keywords">文章关键词：<a href="#k">上合示范区</a> <a href="#k">青岛港</a></div></div>
<div class="blk-related" id="tab_related"><h3>相关新闻</h3><ul><li><a href="#r">（示例）相关新闻一</a></li><li><a href="#r">（示例）相关新闻二</a></li><li><a href="#r">（示例）相关新闻三</a></li></ul></div>
<div class="most-read" id="most_read"><h3>热门推荐</h3><ul><li><a href="#h">（示例）热门文章一</a></li><li><a href="#h">（示例）热门文章二</a></li></ul></div>
<div class="blk-comment" id="wrap_bottom_omment"><div class="sina-comment-wrap" id="bottom_sina_comment"><h3>我要评论</h3><p>（示例）网友评论区</p></div></div>`,
  right: `<div class="article-content-right"><div class="blk-wxfollow"><div class="wx-qr">（示例二维码）</div><div class="wx-info">扫码关注新浪财经微信公众号</div></div>
<div class="right-side-ad"><ins class="sinaads">（示例广告位 300×250）</ins></div>
<div class="cj-live-list" id="cj_7x24_list"><h3>7X24小时</h3><ul><li>（示例）快讯一</li><li>（示例）快讯二</li></ul></div></div>`,
  style: `<style>
.sina-header { background: #fcfcfc; border-bottom: 1px solid #e5e5e5; padding: 10px 24px; font-size: 13px; color: #555; }
.path-search { font-size: 13px; color: #888; padding: 8px 0; }
.top-ad, .right-side-ad { background: #f1f1f1; color: #999; text-align: center; padding: 24px 0; margin: 8px 0; }
.blk-wxfollow, .cj-live-list, .blk-related, .most-read, .blk-comment, .keywords { border: 1px solid #eee; padding: 8px 12px; margin: 12px 0; font-size: 14px; }
h3 { font-size: 15px; margin: 4px 0; }
</style>`,
};

export function wrapMirrorPost(text: string, url: string, options: { chrome?: boolean } = {}): string {
  const chrome = options.chrome ?? false;
  const post = parseMirrorPost(text);
  const publishid = /doc-i([a-z0-9]+)\.shtml/.exec(url)?.[1] ?? '';
  const when = post.date ? beijing(post.date) : null;
  const title = escapeText(post.title);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}_新浪财经_新浪网</title>
<meta property="og:type" content="news">
<meta property="og:title" content="${escapeAttr(post.title)}">
<meta property="og:url" content="${escapeAttr(url)}">
${when ? `<meta property="article:published_time" content="${when.iso}">\n` : ''}<meta name="mediaid" content="${escapeAttr(post.author)}">
<meta name="publishid" content="${publishid}">
<meta name="stencil" content="PGLS000526">
<meta name="comment" content="cj:comos-${publishid}">
${SINA_DESKTOP_CSS}
${chrome ? CHROME.style : ''}
</head>
<body>
<!-- FinLens ${chrome ? 'demo' : 'test'} shell around a mirror post (tests/corpus/sina-shell.ts) -->
${chrome ? CHROME.header : ''}
<div class="main-content w1240">
${chrome ? CHROME.top : ''}
<h1 class="main-title">${title}</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar ani top-bar-fixed" id="top_bar"><div class="top-bar-inner clearfix">
<div class="date-source">${when ? `<span class="date">${when.cn}</span>` : ''}<a href="https://finance.sina.com.cn/" class="source" target="_blank">${escapeText(post.author)}</a></div>
${chrome ? CHROME.tools : ''}
</div></div></div>
<div class="article-content clearfix" id="article_content">
<div class="article-content-left">
<!-- 正文 start -->
<div class="article" id="artibody">
${post.body}
</div>
<!-- 正文 end -->
${chrome ? CHROME.bottom : ''}
</div>
${chrome ? CHROME.right : ''}
</div>
</div>
</body>
</html>
`;
}
