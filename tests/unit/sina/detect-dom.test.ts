// The DOM confirmation step on tiny pages: which signals make an article, and
// which template each body container means.
import { describe, expect, test } from 'vitest';
import { detectArticle, templateOf } from '@/utils/sina/detect';
import { parseLinkedom } from './load-page';

const URL = 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml';
const page = (head: string, body: string) => parseLinkedom(`<html><head>${head}</head><body>${body}</body></html>`);
const NEWS = '<meta property="og:type" content="news">';
const PUBLISHID = '<meta name="publishid" content="hqfskcn2160999">';
const FINANCE_BODY = '<h1 class="main-title">t</h1><div id="article_content" class="article-content"><div class="article-content-left"><div id="artibody" class="article"><p>x</p></div></div></div>';

describe('detectArticle', () => {
  test.each([
    ['og:type=news + publishid + container', NEWS + PUBLISHID, FINANCE_BODY, 'finance-desktop'],
    ['publishid equal to the URL id, no og:type', PUBLISHID, FINANCE_BODY, 'finance-desktop'],
    ['comment meta comos-<URL id>, no og:type', '<meta name="comment" content="cj:comos-hqfskcn2160999">', FINANCE_BODY, 'finance-desktop'],
    ['og:type=news alone (163, sohu)', NEWS, FINANCE_BODY, null],
    ['another id, no og:type', '<meta name="publishid" content="abcdefg1234567">', FINANCE_BODY, null],
    ['portal-style publishid "30,131,1"', NEWS + '<meta name="publishid" content="30,131,1">', FINANCE_BODY, null],
    ['signals but no body container', NEWS + PUBLISHID, '<div class="article-content"><p>x</p></div>', null],
  ] as const)('%s → %s', (_name, head, body, template) => {
    expect(detectArticle(page(head, body), URL)).toBe(template);
  });

  // 看点 pages have no og:type and no doc id in the URL: their comment metas name the URL's account and article.
  const KANDIAN_URL = 'https://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html';
  // Legacy pages: publishid "<channel>,<type>,<document id>", and the URL's number ends with the document id.
  const LEGACY_URL = 'http://ent.sina.com.cn/y/2009-11-09/13562762964.shtml';
  const BLK_BODY = '<div class="blkContainerSblk"><h1 id="artibodyTitle">t</h1><div id="artibody"><p>x</p></div></div>';
  test.each([
    ['看点: comment meta mp:<uid>-<id>', KANDIAN_URL, '<meta name="comment" content="mp:6598441619-1894c3a9300100elpc">', FINANCE_BODY, 'finance-desktop'],
    ['看点: sudameta comment_id', KANDIAN_URL, '<meta name="sudameta" content="comment_channel:mp;comment_id:6598441619-1894c3a9300100elpc">', FINANCE_BODY, 'finance-desktop'],
    ['看点: another article\'s comment meta', KANDIAN_URL, '<meta name="comment" content="mp:6598441619-1894c3a9300100xxxx">', FINANCE_BODY, null],
    ['看点: no metas', KANDIAN_URL, '', FINANCE_BODY, null],
    ['legacy: publishid names the URL\'s document', LEGACY_URL, '<meta name="publishid" content="28,3,2762964">', BLK_BODY, 'tech-blk'],
    ['legacy: publishid of another document', LEGACY_URL, '<meta name="publishid" content="28,3,2762965">', BLK_BODY, null],
    ['legacy: a home page\'s publishid "1,912,1"', 'http://news.sina.com.cn/c/2009-11-09/13560000001.shtml', '<meta name="publishid" content="1,912,1">', BLK_BODY, null],
    ['财经头条: og:type=news + publishid', 'https://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0', NEWS + '<meta name="publishid" content="fxsqxxu4646541">', FINANCE_BODY, 'finance-desktop'],
  ] as const)('%s → %s', (_name, url, head, body, template) => {
    expect(detectArticle(page(head, body), url)).toBe(template);
  });

  test('a page that says it is an article, under a URL that is not one', () => {
    expect(detectArticle(page(NEWS + PUBLISHID, FINANCE_BODY), 'https://finance.sina.com.cn/')).toBeNull();
  });
});

describe('templateOf', () => {
  test.each([
    ['<article class="art_box"><h1 class="art_tit_h1">t</h1><section class="art_pic_card art_content"><p class="art_p">x</p></section></article>', 'mobile'],
    ['<div class="blkContainerSblk"><h1 id="artibodyTitle">t</h1><div id="artibody"><p>x</p></div></div>', 'tech-blk'],
    ['<div class="page-header"><h1 id="artibodyTitle">t</h1></div><div id="artibody" class="article article_16"><p>x</p></div>', 'finance-2016'],
    [FINANCE_BODY, 'finance-desktop'],
    ['<div id="article_content" class="article-content"><div class="article-content-left"><div id="article" class="article"><p>x</p></div></div></div>', 'news-desktop'],
    ['<div class="article-content"><p>x</p></div>', null],
  ] as const)('%#: %s', (body, template) => {
    expect(templateOf(page('', body))).toBe(template);
  });
});
