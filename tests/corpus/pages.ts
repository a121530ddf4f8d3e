// The catalogue of ../shared/corpus/pages: every file, whether FinLens must act
// on it, and the URL it is served under. URLs come from each page's og:url (or
// its MANIFEST.md row). Mirror posts have no known URL, so they get a made-up
// article URL of the finance "new" desktop form, dated from the file name.
import { hasShared, PAGES_DIR } from './shared';
import fs from 'node:fs';

export type CorpusPage = {
  file: string;
  kind: 'positive' | 'negative';
  url: string;
  /** a mirror post: an #artibody fragment that is served inside sina-shell */
  mirror: boolean;
};

const KNOWN_URLS: Record<string, string> = {
  'sina-finance-desktop-doc-2016-05-25-forex.html':
    'https://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml',
  'sina-finance-desktop-doc-2018-12-28-roll-12306.html':
    'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml',
  'sina-finance-desktop-doc-2019-09-09-usstock-bonds.html':
    'https://finance.sina.com.cn/stock/usstock/c/2019-09-09/doc-iicezzrq4681677.shtml',
  'sina-news-desktop-doc-2019-09-07-chip.html': 'https://news.sina.com.cn/c/2019-09-07/doc-iicezzrq4076655.shtml',
  'sina-news-desktop-doc-2019-10-23-hk.html': 'https://news.sina.com.cn/c/2019-10-23/doc-iicezuev4202091.shtml',
  'sina-news-desktop-doc-2019-11-25-gongyuan.html': 'https://news.sina.com.cn/c/2019-11-25/doc-iihnzahi3275702.shtml',
  'sina-news-desktop-doc-2024-05-10-tram.html': 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml',
  'sina-news-desktop-doc-2024-05-16-trial.html': 'https://news.sina.com.cn/o/2024-05-16/doc-inavmmfi1968342.shtml',
  'sina-tech-desktop-doc-2019-09-11-iphone11.html': 'https://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml',
  'sina-mobile-finance-sina-cn-detail-2005-08-26-announcement.html':
    'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html?from=wap',
  // 看点 and 财经头条 pages under the URLs they state (mobile-agent, pageUrl), the legacy page under the URL it links itself at.
  'sina-k-sina-com-cn-article-2018-09-28-mp-fashion.html': 'https://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html',
  'sina-k-sina-com-cn-article-2018-09-28-mp-auto-video.html': 'https://k.sina.com.cn/article_3304403717_mc4f5330500100fzuk.html',
  'sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html':
    'https://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0',
  'sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html': 'https://ent.sina.com.cn/y/2009-11-09/13562762964.shtml',
  'neg-sina-finance-channel-home-2020-03-30.html': 'https://finance.sina.com.cn/',
  'neg-sina-news-home-head-only-truncated.html': 'https://news.sina.com.cn/',
  'neg-sina-finance-corp-finance-summary-600519.html':
    'https://money.finance.sina.com.cn/corp/go.php/vFD_FinanceSummary/stockid/600519.phtml',
  'neg-sina-homepage-2015.html': 'https://www.sina.com.cn/',
  'neg-sina-mobile-news-home-2018.html': 'https://news.sina.cn/',
  'neg-sina-news-center-homepage-2018.html': 'https://news.sina.com.cn/',
  'neg-sina-search-news-results.html': 'https://search.sina.com.cn/?c=news&q=%E8%B4%A2%E7%BB%8F',
  'neg-weibo-status-page.html': 'https://weibo.com/1642634100/status',
  'neg-163-dy-article-2024.html': 'https://www.163.com/dy/article/J22CN60P0514R9KQ.html',
  'neg-baijiahao-article.html': 'https://baijiahao.baidu.com/s?id=1632870581395370823',
  'neg-caijing-economy-article-2024-05-11.html': 'https://economy.caijing.com.cn/20240511/5010608.shtml',
  'neg-hexun-stock-article.html': 'https://stock.hexun.com/2019-06-13/197520311.html',
  'neg-people-finance-article-2024-05-10.html': 'https://finance.people.com.cn/n1/2024/0510/c1004-40232587.html',
  'neg-qq-new-article-2024-05-13.html': 'https://new.qq.com/rain/a/20240513A00GCM00',
  'neg-sohu-article-2024.html': 'https://www.sohu.com/a/778336904_120702',
  'neg-toutiao-article.html': 'https://www.toutiao.com/a6700000000000000000/',
};

/** A stable made-up Sina article URL for a mirror post: doc-i + 7 letters + 7 digits. */
export function mirrorUrl(file: string): string {
  const date = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? '2022-01-01';
  let h = 2166136261;
  for (const ch of file) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  let letters = '';
  let x = h;
  for (let i = 0; i < 7; i++) {
    letters += String.fromCharCode(97 + (x % 26));
    x = Math.floor(x / 26) || h + i;
  }
  const digits = String(h % 10_000_000).padStart(7, '0');
  return `https://finance.sina.com.cn/china/${date}/doc-i${letters}${digits}.shtml`;
}

function describe(file: string): CorpusPage {
  const mirror = file.startsWith('sina-mirror-post-');
  const kind = file.startsWith('neg-') ? 'negative' : 'positive';
  const url = mirror ? mirrorUrl(file) : KNOWN_URLS[file];
  if (!url) throw new Error(`tests/corpus/pages.ts: add the URL of new corpus page ${file} to KNOWN_URLS`);
  return { file, kind, url, mirror };
}

/** Every page of the corpus (empty when ../shared is absent). */
export const corpusPages: CorpusPage[] = hasShared
  ? fs
      .readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map(describe)
  : [];

export const SEED_ARTICLE = 'sina-mirror-post-finance-2022-09-22-sco-demo-zone.html';
