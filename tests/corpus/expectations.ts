// What FinLens must find on every page of ../shared/corpus/pages, one line per
// page (tests/unit/sina/corpus.test.ts checks them). Mirror posts are read in
// the Sina page shell under their made-up URL (tests/corpus/pages.ts).
//   template   the template id detectArticle returns, null = not an article page
//   title, source, publishedAt   as the article model reads them (+08:00)
//   paragraphs, images           body paragraphs and images of the article (boilerplate excluded)
//   stocks     '<code> <name>' of each stock keyword link, in link order
//   hidden     categories whose rules match something on the page (shown-by-default ones included)
// To add a page: put it in the corpus, add its URL to tests/corpus/pages.ts, and
// write its line here from the page itself (not from FinLens's output).
import type { Category } from '@/utils/sina/categories';
import type { Template } from '@/utils/sina/detect';

export type ArticleExpectation = {
  template: Template;
  title: string;
  source: string | null;
  publishedAt: string | null;
  paragraphs: number;
  images: number;
  stocks: string[];
  hidden: Category[];
};
export type PageExpectation = ArticleExpectation | { template: null };

export const expectations: Record<string, PageExpectation> = {
  'neg-163-dy-article-2024.html': { template: null },
  'neg-baijiahao-article.html': { template: null },
  'neg-caijing-economy-article-2024-05-11.html': { template: null },
  'neg-hexun-stock-article.html': { template: null },
  'neg-people-finance-article-2024-05-10.html': { template: null },
  'neg-qq-new-article-2024-05-13.html': { template: null },
  'neg-sina-finance-channel-home-2020-03-30.html': { template: null },
  'neg-sina-finance-corp-finance-summary-600519.html': { template: null },
  'neg-sina-homepage-2015.html': { template: null },
  'neg-sina-mobile-news-home-2018.html': { template: null },
  'neg-sina-news-center-homepage-2018.html': { template: null },
  'neg-sina-news-home-head-only-truncated.html': { template: null },
  'neg-sina-search-news-results.html': { template: null },
  'neg-sohu-article-2024.html': { template: null },
  'neg-toutiao-article.html': { template: null },
  'neg-weibo-status-page.html': { template: null },
  // the legacy 2009 GBK page, in the tech "blkContainer" layout; time from its date line (its published-at comment says 14:00:37)
  'sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html': { template: 'tech-blk', title: '阿里郎全新力作《兰花指》单曲成红歌(图)', source: '新浪娱乐', publishedAt: '2009-11-09T13:56:00+08:00', paragraphs: 3, images: 1, stocks: [], hidden: ['ads', 'app-promo', 'comments', 'header', 'related', 'share', 'sidebar'] },
  'sina-finance-desktop-doc-2016-05-25-forex.html': { template: 'finance-2016', title: '人民币中间价创逾五年新低 做市商称符合预期', source: '新浪财经', publishedAt: '2016-05-25T10:10:19+08:00', paragraphs: 11, images: 0, stocks: [], hidden: ['ads', 'app-promo', 'comments', 'editor', 'header', 'quote-chart', 'related', 'share', 'sidebar'] },
  'sina-finance-desktop-doc-2018-12-28-roll-12306.html': { template: 'finance-desktop', title: '60万"12306账号"外泄? 中铁总辟谣称消息不实', source: '新京报', publishedAt: '2018-12-28T19:56:29+08:00', paragraphs: 3, images: 0, stocks: [], hidden: ['ads', 'app-promo', 'comments', 'editor', 'header', 'related', 'share', 'sidebar'] },
  'sina-finance-desktop-doc-2019-09-09-usstock-bonds.html': { template: 'finance-desktop', title: '债券市场是否存在泡沫？世界知名首席投资官们这么说', source: '新浪财经-自媒体综合', publishedAt: '2019-09-09T20:52:38+08:00', paragraphs: 117, images: 1, stocks: ['us.JPM 摩根大通', 'us.BLK 贝莱德', 'us.PMTG PIMCO'], hidden: ['ads', 'app-promo', 'comments', 'disclaimer', 'editor', 'header', 'related', 'share', 'sidebar'] },
  // 看点: the account (mediaid) is the source, not the platform 新浪看点 the date line names; 特别声明 is a disclaimer, not a paragraph
  'sina-k-sina-com-cn-article-2018-09-28-mp-auto-video.html': { template: 'finance-desktop', title: '有这样的妈妈也是命！玩手机让孩子都掉下车，监控拍下揪心的画面', source: '心雨之毅', publishedAt: '2018-09-28T08:12:22+08:00', paragraphs: 0, images: 0, stocks: [], hidden: ['ads', 'comments', 'disclaimer', 'header', 'related', 'share', 'sidebar'] },
  'sina-k-sina-com-cn-article-2018-09-28-mp-fashion.html': { template: 'finance-desktop', title: '女子回农村老家，发现家中一片黑漆漆动物，仔细看后发大财了', source: '刘文谈谈时尚', publishedAt: '2018-09-28T14:45:35+08:00', paragraphs: 5, images: 3, stocks: [], hidden: ['ads', 'comments', 'disclaimer', 'header', 'related', 'share', 'sidebar'] },
  'sina-mirror-post-finance-2021-03-22-cbirc-commission-brief.html': { template: 'finance-desktop', title: '银保监会启动人身保险行业佣金制度调研工作', source: '新浪财经', publishedAt: '2021-03-22T16:00:21+08:00', paragraphs: 5, images: 0, stocks: [], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2021-03-22-ecig-nested-font.html': { template: 'finance-desktop', title: '电子烟将参照传统卷烟监管 工信部征意见', source: '新浪财经', publishedAt: '2021-03-22T17:20:29+08:00', paragraphs: 10, images: 1, stocks: [], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2021-03-22-zhejiang-mortgage-kaihu.html': { template: 'finance-desktop', title: '浙江加强房贷审慎管理：全面自查开发贷、按揭、经营贷等涉房贷款', source: '新浪财经', publishedAt: '2021-03-22T16:27:41+08:00', paragraphs: 18, images: 0, stocks: [], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2021-07-11-catl-mislinked-keyword.html': { template: 'finance-desktop', title: '"绿色能源富豪"曾毓群身价达495亿美元 暂列彭博实时富豪榜全球第27位', source: '新浪财经', publishedAt: '2021-07-11T21:45:59+08:00', paragraphs: 16, images: 0, stocks: ['sz300750 宁德时代', 'sh600482 中国动力'], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2021-08-19-fiscal-short-lines.html': { template: 'finance-desktop', title: '1-7月全国财政收入同比增20%', source: '新浪财经', publishedAt: '2021-08-20T07:56:09+08:00', paragraphs: 19, images: 0, stocks: [], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2021-08-30-xingye-gongtongfuyu.html': { template: 'finance-desktop', title: '"共同富裕"如何影响投资？张忆东对话刘格菘，这些行业将成未来时代背景，战略性看多港股', source: '新浪财经', publishedAt: '2021-08-30T16:54:36+08:00', paragraphs: 32, images: 2, stocks: ['sh601377 兴业证券', 'sh603883 老百姓'], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2021-10-14-changjinhu-images.html': { template: 'finance-desktop', title: '"中国拍《长津湖》是威胁世界"？封！', source: '新浪财经', publishedAt: '2021-10-14T21:51:12+08:00', paragraphs: 16, images: 9, stocks: [], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2021-11-06-zijin-qingdaogang.html': { template: 'finance-desktop', title: '"有色一哥"入局期货业！豪掷3.5亿，晋升期货公司第一大股东，刚宣布49亿加码锂矿', source: '新浪财经', publishedAt: '2021-11-06T17:23:01+08:00', paragraphs: 17, images: 2, stocks: ['sh601899 紫金矿业', 'sh601162 天风证券', 'sh601298 青岛港'], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2021-12-17-wufei-qihuo-qr.html': { template: 'finance-desktop', title: '100个_无废城市_要来了，固废处理产业迎来发展_黄金期_', source: '新浪财经', publishedAt: '2021-12-17T22:58:40+08:00', paragraphs: 25, images: 0, stocks: [], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2022-03-21-potash-brief.html': { template: 'finance-desktop', title: '100万吨国家钾肥储备投放保春耕', source: '新浪财经', publishedAt: '2022-03-21T20:00:26+08:00', paragraphs: 1, images: 1, stocks: [], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2022-07-17-dongcai-13stocks.html': { template: 'finance-desktop', title: '"券茅"业绩一枝独秀！东方财富证券净利逆市大增37%，经纪、两融、自营超预期', source: '新浪财经', publishedAt: '2022-07-17T09:07:57+08:00', paragraphs: 23, images: 1, stocks: ['sz300059 东方财富', 'sh601555 东吴证券', 'sh601211 国泰君安', 'sh601066 中信建投', 'sz002926 华西证券', 'sh600369 西南证券', 'sh601162 天风证券', 'sh601198 东兴证券', 'sh601236 红塔证券', 'sz000686 东北证券', 'sh600958 东方证券', 'sh601099 太平洋', 'sh601375 中原证券'], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2022-07-31-ai-referee-nostocks.html': { template: 'finance-desktop', title: 'AI 篮球裁判火了，走步算得特别准，就问哈登慌不慌', source: '新浪财经', publishedAt: '2022-07-31T14:13:25+08:00', paragraphs: 17, images: 9, stocks: [], hidden: ['app-promo', 'editor'] },
  'sina-mirror-post-finance-2022-09-22-sco-demo-zone.html': { template: 'finance-desktop', title: '上合示范区：凝聚上合之力 深化地方合作', source: '新浪财经', publishedAt: '2022-09-22T08:10:33+08:00', paragraphs: 31, images: 1, stocks: ['sh601298 青岛港', 'sz000061 农产品', 'sh601727 上海电气', 'sz000901 航天科技'], hidden: ['app-promo', 'editor'] },
  'sina-mobile-finance-sina-cn-detail-2005-08-26-announcement.html': { template: 'mobile', title: '创业环保第一季度报告会计差错的提示性公告', source: '上海证券报网络版', publishedAt: '2005-08-26T05:39:00+08:00', paragraphs: 6, images: 0, stocks: [], hidden: ['ads', 'comments', 'header', 'related', 'share'] },
  'sina-news-desktop-doc-2019-09-07-chip.html': { template: 'news-desktop', title: '最强“中国芯”本月商用 华为抢跑5G芯片大战', source: '北京日报', publishedAt: '2019-09-07T06:52:51+08:00', paragraphs: 18, images: 0, stocks: [], hidden: ['ads', 'app-promo', 'comments', 'editor', 'header', 'related', 'share', 'sidebar'] },
  'sina-news-desktop-doc-2019-10-23-hk.html': { template: 'news-desktop', title: '陈同佳刑满出狱 向潘晓颖家人鞠躬致歉', source: '环球网', publishedAt: '2019-10-23T09:10:42+08:00', paragraphs: 7, images: 4, stocks: [], hidden: ['ads', 'app-promo', 'comments', 'editor', 'header', 'related', 'share', 'sidebar'] },
  'sina-news-desktop-doc-2019-11-25-gongyuan.html': { template: 'news-desktop', title: '中国人习以为常的地方 为何老外却说“了不得”？', source: '参考消息', publishedAt: '2019-11-25T18:57:38+08:00', paragraphs: 23, images: 8, stocks: [], hidden: ['ads', 'app-promo', 'comments', 'editor', 'header', 'related', 'share', 'sidebar'] },
  'sina-news-desktop-doc-2024-05-10-tram.html': { template: 'news-desktop', title: '城市有轨电车之困：一边争相上马，一边接连叫停', source: '每日经济新闻', publishedAt: '2024-05-10T05:54:20+08:00', paragraphs: 42, images: 6, stocks: [], hidden: ['ads', 'app-promo', 'comments', 'editor', 'header', 'related', 'share', 'sidebar'] },
  'sina-news-desktop-doc-2024-05-16-trial.html': { template: 'news-desktop', title: '被控受贿超5.26亿 山东省青岛市政协原主席汲斌昌受审', source: '新京报', publishedAt: '2024-05-16T17:02:38+08:00', paragraphs: 6, images: 0, stocks: [], hidden: ['ads', 'app-promo', 'comments', 'editor', 'header', 'related', 'share', 'sidebar'] },
  // 财经头条: article:published_time is empty, so the time is the date line's
  'sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html': { template: 'finance-desktop', title: '中国砸5000亿再造“巨龙”，又一大工程即将出现，美日：世上少见', source: '洋子谈科技', publishedAt: '2018-09-28T16:41:00+08:00', paragraphs: 7, images: 4, stocks: [], hidden: ['app-promo', 'comments', 'header', 'related', 'share', 'sidebar'] },
  'sina-tech-desktop-doc-2019-09-11-iphone11.html': { template: 'tech-blk', title: '苹果发布新iPhone 11：64GB售5499元 256GB售6799元', source: '新浪科技', publishedAt: '2019-09-11T01:53:41+08:00', paragraphs: 14, images: 3, stocks: ['us.AAPL 苹果', 'us.WB 微博'], hidden: ['ads', 'app-promo', 'comments', 'header', 'related', 'share', 'sidebar'] },
};
