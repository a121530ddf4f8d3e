// What FinLens hides on a Sina article page, as data. Each rule has an id, a
// category (utils/sina/categories.ts, which also holds the defaults and why),
// a sentence saying why (whyHidden, at the end of this file),
// and its selectors, one per line, each with a why-comment naming the corpus
// pages (../shared/corpus/pages/) that show it. clean.ts turns the rules into
// CSS gated by attributes on <html>; article.ts uses them to keep boilerplate
// out of the article's paragraphs. Selectors name families Sina reuses across
// templates (classes, id prefixes, data-sudaclick tags), never one page's ids.
//
// Corpus files are cited by their distinctive suffix:
//   forex = sina-finance-desktop-doc-2016-05-25-forex.html (finance-2016)
//   12306 = sina-finance-desktop-doc-2018-12-28-roll-12306.html (finance-desktop)
//   bonds = sina-finance-desktop-doc-2019-09-09-usstock-bonds.html (finance-desktop)
//   iphone11 = sina-tech-desktop-doc-2019-09-11-iphone11.html (tech-blk)
//   chip / hk / gongyuan = sina-news-desktop-doc-2019-*.html (news-desktop)
//   tram / trial = sina-news-desktop-doc-2024-05-*.html (news-desktop)
//   mobile = sina-mobile-finance-sina-cn-detail-2005-08-26-announcement.html
//   mirror = every sina-mirror-post-*.html (an #artibody, served in tests/corpus/sina-shell.ts)
//   catl, dongcai, zijin, wufei, zhejiang = the mirror posts with those words in their names
//   kandian = sina-k-sina-com-cn-article-2018-09-28-*.html (新浪看点, finance-desktop shell)
//   toutiao = sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html (财经头条, same shell)
//   legacy = sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html (2009 GBK page, tech-blk layout)
//
// Never list a selector that can match the title, the date/source line, the
// body container or an ancestor of them: tests/unit/sina/corpus.test.ts checks
// this on every corpus page. The date and source of the finance/news desktop
// templates sit inside the sticky #top_bar, so its tools are hidden, not the bar.
import type { Category } from './categories';

export type BoilerplateRule = {
  id: string;
  category: Category;
  /** One CSS selector per entry (each becomes its own CSS rule, so one a browser rejects cannot void the rest). */
  selectors: readonly string[];
};

/** Rules CSS cannot express: elements are found once and marked with data-finlens-hide. */
export type StructuralRule = {
  id: string;
  category: Category;
  /** Safety valve: a match with more text than this is not hidden (it would be content, not boilerplate). */
  maxText: number;
} & (
  | { kind: 'between-comments'; open: RegExp; close: RegExp }
  | { kind: 'element-text'; selector: string; text: RegExp }
);

export const boilerplateRules: readonly BoilerplateRule[] = [
  {
    id: 'sinaads',
    category: 'ads',
    selectors: [
      '.sinaads', // <ins class="sinaads"> on every desktop page (12306, bonds, tram: sinaads-done after render)
      '[data-ad-pdps]', // every sinaads slot names its ad position PDPS… (12306, bonds, tram)
      '[data-id^="PDPS"]', // mobile slots name it in data-id (mobile)
      '[id^="sinaad"]', // #sinaads_box (forex), #sinaadToolkitBox0/1 (tram, trial)
      '.sinaads-float', // floating left/right ad boxes (tram, trial)
      '[data-sudaclick^="ad_"]', // blocks Sina tags as ad clicks: ad_content_top/bottom/live, ad_right_sea (12306, bonds, chip)
      '.ad.top-ad', // "标题下方640*90通栏" above the body (12306, bonds, chip, tram)
      '.top-banner', // banner row above the breadcrumb (12306, bonds, chip, tram)
      '.otherContent_01', // in-body 300×250 slot #ad_44086 (tram, trial)
      '.right-side-ad', // right-column slots (12306, bonds, chip, tram)
      '.right-side-ad1', // (chip, tram)
      '.right-side-ad2', // (chip, tram)
      '.adNone', // 2016 template slots: .d_titlebn, #sinaads_box, #PublicRelation* (forex)
      '.top_banner_0', // (forex)
      '.l_banner1', // 小通栏 above the body (forex)
      '.tb-ad0', // (forex)
      '.zhitou-wrap', // 新浪扶翼 right-column ads (forex)
      '[sax-type]', // mobile ad slots .opq240314 / .j_native_opq240314, all carry sax-type (mobile)
      '#midThreeAds', // mobile ad card (mobile)
      '.goods-card', // 商品信息 card a script fills at the end of the body (kandian)
      '#GoogleAd', // the "Google 广告" slot under the body, filled by script (legacy)
      '.qyfwBlk', // 企业服务 paid links under the body (legacy)
    ],
  },
  {
    id: 'app-promo',
    category: 'app-promo',
    selectors: [
      '.appendQr_wrap', // "海量资讯、精准解读，尽在新浪财经APP" QR at the end of the body (mirror)
      '.app-kaihu-qr', // 开户二维码 block after the body (catl, dongcai, zhejiang; empty futures variant in zijin, wufei)
      '.blk-wxfollow', // 公众号二维码 under the article (12306, bonds, chip, hk, gongyuan)
      '#wxFollow', // the same on 2024 news pages (tram, trial)
      '.fin_art_weixin', // WeChat QR under the 2016 body (forex)
      'a.hqimg_client', // 客户端 link inside the quote chart (forex)
      '.ecode_weixin', // "扫描下方二维码关注苹果汇官方微信" (iphone11)
      '.ecode_weixin + .img_wrapper', // its QR image, after the body (iphone11)
      '.tech-quotation', // 新浪众测 promo at the top of the body (iphone11)
      '.wx_zwy_wrap', // WeChat article promo under the comments (bonds)
      '.lcs1_w', // 新浪理财师推荐 (forex)
      '.jqlblock_cls', // 金麒麟 promo lines at the top of the body (sina-dom.md §3, R5)
      '[data-sudaclick="suda_1028_guba"]', // "进入【新浪财经股吧】讨论" at the end of the body (forex)
      '.m-erweima-blk', // 二维码 of the app in the right column (toutiao)
    ],
  },
  {
    id: 'share-tools',
    category: 'share',
    selectors: [
      '.page-tools', // tools inside the sticky #top_bar, next to the date/source (12306, tram) and in .page-info (forex)
      '.article-bottom .btns', // 我要反馈 (12306, bonds, chip, tram)
      '.bottom-tool', // bottom share bar #bottomTools (forex)
      '.article-info .article-feedback', // 我要反馈 保存网页 (forex)
      '#J_Font_Zoomer', // font zoom next to the date (iphone11)
      '#media_comment', // "我有话说" comment count next to the source (iphone11)
      '#sc_txt', // 收藏本文 next to the source (iphone11)
      '.content_shareto', // share bar under the body (iphone11)
      '.content_print', // print/collect tools (iphone11)
      '#weibo_btn', // floating share-to-weibo button (iphone11)
      '#top_btn', // floating back-to-top button (iphone11)
      'a.look_sub', // 关注 button next to the mobile source (mobile)
      '#wx_pic', // the WeChat share thumbnail at the end of the mobile body, display:none already (mobile)
      '.style_t_vb', // "转发此文至微博" under the body (legacy)
      '.blkOtherFunction', // 留言板, 保存, 打印, font size, 关闭 tools under the body (legacy)
    ],
  },
  {
    id: 'related-lists',
    category: 'related',
    selectors: [
      '.blk-related', // 相关新闻 feed #tab_related (12306, bonds, chip, tram, iphone11)
      '.most-read', // 热门推荐 #most_read (12306, bonds)
      '.most-read-popup', // (12306, bonds)
      '.most-read-popup-mask', // (12306, bonds)
      '.article-bottom .keywords', // 文章关键词/关键字 tags (12306, chip, tram)
      '.article-keywords', // 文章关键词 (forex)
      '.art_keywords', // 文章关键词 (iphone11)
      '.content_interest', // 相关主题 (iphone11)
      '#relatedNewsWrap', // 相关阅读 (forex)
      '.seo_data_list', // link lists below the 2016 page and in right columns (forex, 12306)
      '#timeline_pc_tmpl', // timeline widget under the body (tram, trial)
      '.wap_special', // "点击进入专题" topic link at the end of the body (hk)
      '.hqimg_related', // 热点栏目 links under the quote chart (forex)
      '[class^="plugins_"]', // mobile doc plugins: banners, zhihu and info cards (mobile)
      '.j_article_relevent', // mobile 相关阅读 (mobile)
      '.j_article_relevent_news', // (mobile)
      '.j_relevent_video', // (mobile)
      '#j_card_hot_rank', // (mobile)
      '#j_card_shortVideo', // (mobile)
      '.extended_icons_docplugin', // (mobile)
      '.xiaoshuo_card_docplugin', // (mobile)
      '#tycard_list', // 天乙feed 容器: the endless feed under the body (kandian, toutiao; also 12306)
      '.article-kandian', // 看点 feed under the 财经头条 body (toutiao)
      '.author-rank', // 看点排行榜 ranking list (kandian: inside an HTML comment in both saved pages)
      '.author-list', // 作者文章: the account's other articles (kandian)
      '.m-author-article-list', // the same on 财经头条 (toutiao)
      '.rank-blk', // 热文排行 hot list (toutiao)
      '#hotwords', // 热词: search keywords a script fills under the body (legacy)
      '#iasknews', // 今日推荐 list a script fills under the body (legacy)
    ],
  },
  {
    id: 'comments',
    category: 'comments',
    selectors: [
      '.sina-comment-wrap', // #bottom_sina_comment (12306, bonds), #SI_FormList1 (iphone11), #sinaTextPageComment (forex)
      '.blk-comment', // #wrap_bottom_omment (chip, tram)
      '#articleCommentWrap', // (forex)
      '.hotCmnt', // mobile hot comments (mobile)
      '.blkCommentBox', // 网友评论 box (legacy)
    ],
  },
  {
    id: 'sidebars',
    category: 'sidebar',
    selectors: [
      '.article-content-right', // right column of the finance/news desktop templates (12306, bonds, chip, tram)
      '.page-right-bar', // floating home/related/top buttons (12306, chip, tram)
      '#articleContent > .right', // right column of the 2016 template (forex)
      '.main_right', // right column of the tech template (iphone11)
      '.fc_sidebar', // floating 快讯速递 + 下载APP bar (bonds)
      '.author-card', // the account's card and 关注 button (kandian)
      '.m-user-info', // the account's card (toutiao)
      '.Main > .sidebar', // right column of the legacy table layout (legacy)
    ],
  },
  {
    id: 'editor-line',
    category: 'editor',
    selectors: [
      'p.article-editor', // finance pages (forex, 12306, bonds, mirror)
      'p.show_author', // news pages (chip, hk, gongyuan, tram, trial)
    ],
  },
  {
    id: 'quote-chart',
    category: 'quote-chart',
    selectors: [
      '.ct_hqimg', // image.sinajs.cn/newchart K-line of USDCNH (forex)
    ],
  },
  {
    id: 'site-header',
    category: 'header',
    selectors: [
      '.sina-header', // #sina-header top nav (12306, bonds, chip, tram)
      '.path-search', // breadcrumb + quote search (12306, bonds, chip, tram)
      '.sina15-top-bar-wrap', // 2016 top nav (forex)
      '.site-header', // 2016 breadcrumb + search (forex)
      '.wrap > .top', // tech site bar (iphone11)
      '.wrap > .nav', // tech channel nav (iphone11)
      '.footer-wrap', // footer in the right column (12306, bonds)
      '.tech-right-footer', // (iphone11)
      'header.hd_s1', // mobile channel header "新浪财经" (mobile)
      'nav.ft_nav', // mobile channel links (mobile)
      'footer.ft_cm', // mobile footer (mobile)
      '.top-wrap', // 新浪 top bar with login (kandian)
      '.nav-wrap', // 看点 channel nav (kandian)
      '.m-header-part-w', // 财经头条 top bar with search and login (toutiao)
      '.m-nav-part-w', // 财经头条 channel nav (toutiao)
      '.topNav', // top nav with login (legacy)
      '.blkBreadcrumb', // channel logo and breadcrumb (legacy)
      '.blkContentFooter', // footer (legacy)
    ],
  },
  {
    id: 'self-media-notice',
    category: 'disclaimer',
    selectors: [
      'p.article-notice', // "特别声明：以上文章内容仅代表作者本人观点，不代表新浪看点观点或立场…" (kandian)
    ],
  },
];

export const structuralRules: readonly StructuralRule[] = [
  {
    id: 'disclaimer-block',
    category: 'disclaimer',
    kind: 'between-comments',
    open: /^\s*总声明\s*(?:start|begin)?\s*$/i,
    close: /^\s*总声明\s*(?:end)?\s*$/i,
    maxText: 1000,
  },
  {
    id: 'below-body-iframe',
    category: 'ads',
    kind: 'between-comments',
    open: /^\s*正文下iframe\s*(?:start|begin)?\s*$/i,
    close: /^\s*正文下iframe\s*(?:end)?\s*$/i,
    maxText: 1000,
  },
  {
    id: 'quote-chart-block',
    category: 'quote-chart',
    kind: 'between-comments',
    open: /^\s*行情图\s*(?:start|begin)\s*$/i,
    close: /^\s*行情图\s*end\s*$/i,
    maxText: 1000,
  },
  {
    id: 'promo-blockquote',
    category: 'app-promo',
    kind: 'element-text',
    selector: 'blockquote',
    text: /炒股就看|金麒麟/,
    maxText: 300,
  },
  {
    id: 'mobile-site-promo-line',
    category: 'app-promo',
    kind: 'element-text',
    selector: 'p',
    text: /上手机新浪网/,
    maxText: 80,
  },
];

/**
 * Why each rule hides what it does, by rule id (a test holds every rule to one). Kept apart from the rules
 * so the content script, which needs only their selectors, does not carry these sentences.
 */
export const whyHidden: Readonly<Record<string, string>> = {
  'sinaads': "Sina's ad slots: <ins class=sinaads> filled by sinaads.js, and the boxes they sit in",
  'app-promo': 'App downloads, QR codes, WeChat follow boxes and 开户 (account-opening) pitches',
  'share-tools': 'Share buttons, font-size and bookmark tools, feedback links',
  'related-lists': 'Related, recommended and hot lists, keyword tags and topic links',
  'comments': 'The comment box and comment lists',
  'sidebars': 'Right columns (quotes, 7×24 feeds, rankings, more lists) and floating side bars',
  'editor-line': '"责任编辑：…" staff line',
  'quote-chart': 'The market chart the CMS inserts at the top of the body',
  'site-header': 'Site navigation, breadcrumb, search box and footers',
  'self-media-notice': "特别声明 under a self-media body: the content is the author's, not Sina's (shown by default, like 免责声明)",
  'disclaimer-block': 'The 免责声明 sits as bare <p> between two <!-- 总声明 --> comments inside the body (bonds; empty pair in 12306, mirror)',
  'below-body-iframe': 'Whatever the CMS drops between the two <!-- 正文下iframe --> comments under the body (empty in 12306, bonds, mirror)',
  'quote-chart-block': 'The chart block between <!-- 行情图 start/begin --> and <!-- 行情图 end --> (forex; empty pair in 12306)',
  'promo-blockquote': 'A blockquote at the top of the body pitching "炒股就看金麒麟分析师研报" (catl)',
  'mobile-site-promo-line': 'A last body line pitching the mobile site: "…上手机新浪网娱乐频道 ent.sina.cn" with a phone icon (legacy)',
};
