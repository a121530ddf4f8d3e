// Every message between the popup, the background and the content script, as
// zod schemas. Receivers parse with these before acting, and senders parse the
// replies before showing them: the summary carries page text, which is
// untrusted, so every string has a length bound. Pure: no browser API here
// (the sender checks and the sending helpers live in message-receiver.ts and
// message-client.ts). zod/mini, not classic zod: it tree-shakes to a few KB.
// The content script carries none of it: what it sends and receives is parsed
// here, on the extension's side (page-messaging.ts says how).
import * as z from 'zod/mini';
import { CATEGORIES } from './sina/categories';
import { FIGURE_KINDS, QUALIFIERS } from './figure-kinds';
import { parseSettings } from './settings-schema';
import { LIMITS } from './message-limits';

export { LIMITS } from './message-limits';

const text = (max: number) => z.string().check(z.maxLength(max));
const count = z.int().check(z.minimum(0), z.maximum(1_000_000));
const httpUrl = z.string().check(z.maxLength(LIMITS.url), z.regex(/^https?:\/\//i, 'not an http(s) URL'));

export const CategorySchema = z.enum(CATEGORIES);
export const FigureKindSchema = z.enum(FIGURE_KINDS);
export const QualifierSchema = z.enum(QUALIFIERS);
/** 沪 / 深 / 北 / 港 / 美 */
export const MarketSchema = z.enum(['sh', 'sz', 'bj', 'hk', 'us', 'fund', 'futures']);
export const FigureIdSchema = z
  .string()
  .check(z.maxLength(LIMITS.id), z.regex(/^[\w:.-]+$/, 'figure ids are word characters, ":", "." and "-"'));
export const StockCodeSchema = z.string().check(z.maxLength(LIMITS.stockCode), z.regex(/^[A-Za-z0-9_.$-]+$/, 'not a stock code'));

export const CleaningStateSchema = z.object({
  enabled: z.boolean(),
  hidden: z.record(CategorySchema, z.boolean()),
});
export const HiddenCountsSchema = z.partialRecord(CategorySchema, count);

// zod 4 numbers are finite: NaN and ±Infinity fail
const finite = z.number();

export const SummaryFigureSchema = z.object({
  id: FigureIdSchema,
  kind: FigureKindSchema,
  surface: text(LIMITS.surface),
  value: z.union([finite, z.tuple([finite, finite]), text(LIMITS.date)]),
  unit: text(LIMITS.unit),
  qualifier: QualifierSchema,
  basis: z.optional(z.enum(['yoy', 'mom'])),
  per: z.optional(text(LIMITS.unit)),
  /** What the figure measures, when the text names it (营收, 净利润 …). */
  label: z.optional(text(LIMITS.label)),
  sentence: text(LIMITS.sentence),
  /** Index of the article paragraph the figure is in. */
  paragraph: count,
  /** UTF-16 offsets of `surface` within `sentence` (not within the paragraph). */
  start: count,
  end: count,
  /** Readable value from the figure engine's formatFigure. */
  display: text(LIMITS.display),
});

export const SummaryStockSchema = z.object({
  code: StockCodeSchema,
  market: MarketSchema,
  name: text(LIMITS.stockName),
  /** Sina quote page of the stock. */
  href: httpUrl,
  /** How many figures of the article concern this stock. */
  figures: count,
});

export const ArticleSummarySchema = z.object({
  ok: z.literal(true),
  url: httpUrl,
  title: text(LIMITS.title),
  source: z.nullable(text(LIMITS.source)),
  /** Where the page says when it was published, best first, as it writes it (the popup reads the time: publishedAtOf). */
  published: z.array(text(LIMITS.date)).check(z.maxLength(LIMITS.publishedClues)),
  /** Characters of article text, for the reading time. */
  chars: count,
  readingMinutes: count,
  /** The key figures, best first. */
  figures: z.array(SummaryFigureSchema).check(z.maxLength(LIMITS.figures)),
  stocks: z.array(SummaryStockSchema).check(z.maxLength(LIMITS.stocks)),
  cleaning: CleaningStateSchema,
  /** How many page elements each category's rules match. */
  hiddenCounts: HiddenCountsSchema,
  /** The page kept undoing clean reading and FinLens stopped (utils/sina/attribute-guard.ts). */
  cleaningUndone: z.optional(z.boolean()),
});

export type SummaryFigure = z.infer<typeof SummaryFigureSchema>;
export type SummaryStock = z.infer<typeof SummaryStockSchema>;
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type CleaningState = z.infer<typeof CleaningStateSchema>;
export type HiddenCounts = z.infer<typeof HiddenCountsSchema>;

// ── Requests ────────────────────────────────────────────────────────────────
// Strict objects: a request with fields nobody defined is not acted on.

/** Popup → content script. */
export const GetSummaryMessage = z.strictObject({ type: z.literal('finlens/get-summary') });
export const SetCleaningMessage = z.strictObject({
  type: z.literal('finlens/set-cleaning'),
  enabled: z.boolean(),
  hidden: z.optional(z.partialRecord(CategorySchema, z.boolean())),
});
/** Scroll the page to this figure's sentence and highlight it. */
export const RevealFigureMessage = z.strictObject({ type: z.literal('finlens/reveal-figure'), id: FigureIdSchema });
/** Scroll to the stock's trigger and open its panel. */
export const OpenStockMessage = z.strictObject({ type: z.literal('finlens/open-stock'), code: StockCodeSchema });
/** Background → content script (the keyboard command). */
export const ToggleCleaningMessage = z.strictObject({ type: z.literal('finlens/toggle-cleaning') });

/** Everything the content script accepts (from extension pages and the background). */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  GetSummaryMessage,
  SetCleaningMessage,
  RevealFigureMessage,
  OpenStockMessage,
  ToggleCleaningMessage,
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Content script → background: the key-figure count for the toolbar badge of the sender's tab. */
export const BadgeMessage = z.strictObject({ type: z.literal('finlens/badge'), count: count });

const MentionSchema = z.object({ paragraph: count, start: count, end: count });
/**
 * Content script → background: find the figures of an article. The figure
 * engine runs in the background, off the page's main thread and out of the
 * content script's bundle. Each stock comes with what only the page can tell
 * (where its keyword links sit in the paragraphs' text); its later mentions by
 * name and by code are found in the background (utils/sina/stocks.ts textMentions).
 */
const ArticleTextIdSchema = z.string().check(z.regex(/^[\w-]{1,64}$/, 'an article text id is 1–64 word characters or "-"'));

/**
 * Content script → background (issue 15): a part of a long article's paragraphs, sent ahead of its
 * analyze-article message, so that no one message (copied on the page's main thread) carries the
 * whole text. The background holds the parts, within bounds, until that message
 * (utils/summary/article-text-parts.ts).
 */
export const ArticleTextMessage = z.strictObject({
  type: z.literal('finlens/article-text'),
  article: ArticleTextIdSchema,
  /** Index of its first paragraph in the article. */
  from: count,
  paragraphs: z.array(text(LIMITS.paragraphChars)).check(z.minLength(1), z.maxLength(LIMITS.paragraphsPerPart)),
});
export type ArticleText = z.infer<typeof ArticleTextMessage>;

export const AnalyzeArticleMessage = z.strictObject({
  type: z.literal('finlens/analyze-article'),
  paragraphs: z.array(text(LIMITS.paragraphChars)).check(z.maxLength(LIMITS.paragraphs)),
  /** The article's first paragraphs, sent before in article-text parts (issue 15): `paragraphs` follow them. */
  earlier: z.optional(z.strictObject({ article: ArticleTextIdSchema, paragraphs: count })),
  stocks: z
    .array(
      z.object({
        code: StockCodeSchema,
        // the name is only looked for within one paragraph: the paragraph bound bounds it
        name: text(LIMITS.paragraphChars),
        links: z.array(MentionSchema).check(z.maxLength(LIMITS.analyzedFigures)),
      }),
    )
    .check(z.maxLength(LIMITS.stocks)),
  kinds: z.array(FigureKindSchema),
  keyFigures: count,
  lang: z.enum(['zh', 'en']),
});
export type AnalyzeArticle = z.infer<typeof AnalyzeArticleMessage>;

/** Content script → background (issue 13): the stock's quote from Sina's quote service, for an open panel. */
export const QuoteMessage = z.strictObject({ type: z.literal('finlens/quote'), code: StockCodeSchema });

/** Content script → background: the reader's settings, read and repaired by the schema there (the page carries no zod). */
export const GetSettingsMessage = z.strictObject({ type: z.literal('finlens/get-settings') });

export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  BadgeMessage,
  ArticleTextMessage,
  AnalyzeArticleMessage,
  QuoteMessage,
  GetSettingsMessage,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

// ── Replies ─────────────────────────────────────────────────────────────────

/** The answer to anything that could not be done: a bad message, a wrong sender, a failure. */
export const ErrorReplySchema = z.object({ ok: z.literal(false), error: text(LIMITS.error) });
export type ErrorReply = z.infer<typeof ErrorReplySchema>;
export const NotArticleReplySchema = z.object({ ok: z.literal(false), reason: z.literal('not-article') });
export const AckReplySchema = z.object({ ok: z.literal(true) });
export const CleaningReplySchema = z.object({
  ok: z.literal(true),
  cleaning: CleaningStateSchema,
  hiddenCounts: HiddenCountsSchema,
});
export type CleaningReply = z.infer<typeof CleaningReplySchema>;

const SentenceSchema = z.object({ text: text(LIMITS.paragraphChars), start: count, end: count });
const bounded = z.number().check(z.minimum(0), z.maximum(LIMITS.paragraphChars));
/** A figure of the article as the engine found it, with its readable value (Figure & FigureInContext). */
export const AnalyzedFigureSchema = z.object({
  surface: text(LIMITS.paragraphChars),
  start: bounded,
  end: bounded,
  kind: FigureKindSchema,
  value: z.union([finite, z.tuple([finite, finite]), text(LIMITS.date)]),
  unit: text(LIMITS.unit),
  qualifier: QualifierSchema,
  basis: z.optional(z.enum(['yoy', 'mom'])),
  per: z.optional(text(LIMITS.unit)),
  terms: z.optional(z.tuple([finite, finite])),
  implicit_unit: z.optional(z.boolean()),
  paragraph: count,
  sentence: SentenceSchema,
  label: z.optional(text(LIMITS.label)),
  display: text(LIMITS.display),
  qualifierText: z.nullable(text(LIMITS.display)),
});
export type AnalyzedFigure = z.infer<typeof AnalyzedFigureSchema>;

const indexList = z.array(count);
/** The figures of an article, which concern each stock, and the key ones (indices into `figures`). */
export const ArticleAnalysisSchema = z.object({
  ok: z.literal(true),
  figures: z.array(AnalyzedFigureSchema).check(z.maxLength(LIMITS.analyzedFigures)),
  byStock: z.record(StockCodeSchema, indexList),
  key: indexList,
});
export type ArticleAnalysis = z.infer<typeof ArticleAnalysisSchema>;

const signedDecimal = (max: number) => z.string().check(z.maxLength(max), z.regex(/^[+\u2212]?\d+(?:\.\d+)?%?$/, 'not a decimal'));
/** A quote from Sina's quote service (utils/quote/hq-response.ts); null when the service has none for the code. */
export const QuoteReplySchema = z.object({
  ok: z.literal(true),
  quote: z.nullable(
    z.object({
      price: signedDecimal(24),
      change: signedDecimal(24),
      percent: signedDecimal(24),
      direction: z.enum(['up', 'down', 'flat']),
      at: text(LIMITS.date),
    }),
  ),
});

/** The settings, as settings-schema.ts repairs any value to. */
export const SettingsReplySchema = z.object({ ok: z.literal(true), settings: z.pipe(z.unknown(), z.transform((value: unknown) => parseSettings(value))) });

/** What each request is answered with when it succeeds. */
export const REPLY_SCHEMAS = {
  'finlens/get-summary': z.union([ArticleSummarySchema, NotArticleReplySchema]),
  'finlens/set-cleaning': CleaningReplySchema,
  'finlens/toggle-cleaning': CleaningReplySchema,
  'finlens/reveal-figure': AckReplySchema,
  'finlens/open-stock': AckReplySchema,
  'finlens/badge': AckReplySchema,
  'finlens/article-text': AckReplySchema,
  'finlens/analyze-article': ArticleAnalysisSchema,
  'finlens/quote': QuoteReplySchema,
  'finlens/get-settings': SettingsReplySchema,
} as const satisfies Record<ContentMessage['type'] | BackgroundMessage['type'], z.ZodMiniType>;

export type MessageType = keyof typeof REPLY_SCHEMAS;
export type ReplyTo<T extends MessageType> = z.infer<(typeof REPLY_SCHEMAS)[T]>;

/** Parses a reply to a `type` request; anything else becomes an ErrorReply. */
export function parseReply<T extends MessageType>(type: T, reply: unknown): ReplyTo<T> | ErrorReply {
  const expected = REPLY_SCHEMAS[type].safeParse(reply);
  if (expected.success) return expected.data as ReplyTo<T>;
  const error = ErrorReplySchema.safeParse(reply);
  return error.success ? error.data : { ok: false, error: 'bad-reply' };
}
