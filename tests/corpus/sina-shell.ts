// The Sina page shell that FinLens's tests and demo wrap mirror posts in.
// A mirror post (../shared/corpus/pages/sina-mirror-post-*.html) is YAML front
// matter plus the inner HTML of a finance.sina.com.cn #artibody, re-published by
// RSSHub/Hexo without any page chrome. The shell puts it back into the markup of
// the finance "new" desktop template (sina-finance-desktop-doc-2018-12-28-roll-12306.html):
// the meta tags, h1.main-title, the sticky top bar with date and source, and
// #article_content > .article-content-left > #artibody.article.

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

export function wrapMirrorPost(text: string, url: string): string {
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
</head>
<body>
<!-- FinLens test shell around a mirror post (tests/corpus/sina-shell.ts) -->
<div class="main-content w1240">
<h1 class="main-title">${title}</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar" id="top_bar"><div class="top-bar-inner clearfix">
<div class="date-source">${when ? `<span class="date">${when.cn}</span>` : ''}<a href="https://finance.sina.com.cn/" class="source" target="_blank">${escapeText(post.author)}</a></div>
</div></div></div>
<div class="article-content clearfix" id="article_content">
<div class="article-content-left">
<!-- 正文 start -->
<div class="article" id="artibody">
${post.body}
</div>
<!-- 正文 end -->
</div>
</div>
</div>
</body>
</html>
`;
}
