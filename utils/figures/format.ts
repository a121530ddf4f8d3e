// Readable normalised values for the UI, the way a reader writes them in each language and never in
// scientific notation: 1300万美元 → "1,300 万美元" / "US$13 million", 同比增长86.2% → "+86.2%，同比" /
// "+86.2% YoY". The exact normalised value is utils/figure-exact.ts's. Deterministic (no locale lookups).
import { groupDigits } from './number-text';
import type { Figure, Qualifier } from './types';

type Lang = 'zh' | 'en';
type Value = number | [number, number];

const CURRENCY_ZH: Record<string, string> = {
  CNY: '元', USD: '美元', HKD: '港元', EUR: '欧元', JPY: '日元', GBP: '英镑', TWD: '新台币', KRW: '韩元', THB: '泰铢',
  RUB: '卢布', AUD: '澳元', SGD: '新加坡元', CHF: '瑞士法郎', NGN: '奈拉', BTC: '比特币', CAD: '加元', NZD: '新西兰元',
  INR: '卢比', MOP: '澳门元', ETH: '以太坊',
};
/** English writes these dollars with a symbol (US$13 million); every other currency with its code (CNY 4.3 billion). */
const CURRENCY_EN_SYMBOL: Record<string, string> = { USD: 'US$', HKD: 'HK$', TWD: 'NT$', AUD: 'A$', CAD: 'C$', SGD: 'S$' };
const QUALIFIER_TEXT: Record<Lang, Record<Exclude<Qualifier, 'exact'>, string>> = {
  zh: { approx: '约', at_least: '超', at_most: '至多', range: '区间' },
  en: { approx: 'approx', at_least: 'over', at_most: 'under', range: 'range' },
};
const DURATION_EN: Record<string, string> = {
  年: 'years', 月: 'months', 天: 'days', 交易日: 'trading days', 工作日: 'working days', 周: 'weeks', 季度: 'quarters',
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Scales of an amount for reading, largest first: 万亿/亿/万 in Chinese, trillion/billion/million in English. */
const SCALES: Record<Lang, [number, string][]> = {
  zh: [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']],
  en: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']],
};

/** The digits of a value (a range by its larger end's scale) and the scale word, '' when unscaled. */
function scaled(value: Value, lang: Lang): { nums: string; word: string } {
  const top = Array.isArray(value) ? Math.max(Math.abs(value[0]), Math.abs(value[1])) : Math.abs(value);
  const [div, word] = SCALES[lang].find(([d]) => top >= d) ?? [1, ''];
  const nums = Array.isArray(value) ? `${groupDigits(value[0] / div)}–${groupDigits(value[1] / div)}` : groupDigits(value / div);
  return { nums, word };
}

/** "4,500 万股", "45 million 股", "3,058.71 pts": the unit after the number. */
function amount(value: Value, unit: string, lang: Lang): string {
  const { nums, word } = scaled(value, lang);
  if (lang === 'zh') return `${nums} ${word}${unit}`.trimEnd();
  return [nums, word, unit].filter(Boolean).join(' ');
}

/** "1,300 万美元" in Chinese; "US$13 million", "CNY 4.3 billion" in English. */
function money(value: Value, code: string, lang: Lang): string {
  if (lang === 'zh') return amount(value, CURRENCY_ZH[code] ?? code, lang);
  const { nums, word } = scaled(value, lang);
  const body = word ? `${nums} ${word}` : nums;
  const symbol = CURRENCY_EN_SYMBOL[code];
  return symbol ? `${symbol}${body}` : `${code} ${body}`;
}

function signed(v: Value, body: (x: Value) => string): string {
  if (Array.isArray(v)) return body(v);
  return (v > 0 ? '+' : v < 0 ? '−' : '') + body(Math.abs(v));
}

function dateText(s: string, lang: Lang): string {
  if (s.startsWith('FY')) return lang === 'zh' ? `${s.slice(2)}财年` : s;
  if (s.includes('/')) {
    const [a, b] = s.split('/') as [string, string];
    if (b === 'NOW') return lang === 'zh' ? `${dateText(a, lang)}至今` : `${dateText(a, lang)}–now`;
    return lang === 'zh' ? `${dateText(a, lang)}至${dateText(b, lang)}` : `${dateText(a, lang)}–${dateText(b, lang)}`;
  }
  const [y, p2, p3] = s.split('-') as [string, string | undefined, string | undefined];
  const year = y === 'XXXX' ? '' : y;
  if (p2 && /^[HQ]\d$/.test(p2)) {
    if (lang === 'en') return `${p2}${year ? ` ${year}` : ''}`;
    const part = p2[0] === 'H' ? (p2 === 'H1' ? '上半年' : '下半年') : `第${p2[1]}季度`;
    return `${year ? `${year}年` : ''}${part}`;
  }
  const month = p2 && p2 !== 'XX' ? Number(p2) : undefined;
  const day = p3 ? Number(p3) : undefined;
  if (lang === 'zh') return `${year ? `${year}年` : ''}${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  const parts = [day ? String(day) : '', month ? (MONTHS_EN[month - 1] ?? '') : '', year].filter(Boolean);
  return month === undefined && day ? `day ${day}` : parts.join(' ');
}

/** The value of a figure as a reader sees it, and its qualifier in words (null when exact). */
export function formatFigure(fig: Figure, lang: Lang): { value: string; qualifier: string | null } {
  const q = fig.qualifier === 'exact' ? null : QUALIFIER_TEXT[lang][fig.qualifier];
  const v = fig.value;
  let text: string;
  if (typeof v === 'string') text = dateText(v, lang);
  else {
    switch (fig.kind) {
      case 'money':
        text = money(v, fig.unit, lang);
        break;
      case 'price':
        text = fig.unit === '点' ? amount(v, lang === 'zh' ? '点' : 'pts', lang) : money(v, fig.unit, lang);
        if (fig.per) text += `/${fig.per}`;
        break;
      case 'percent':
        text = Array.isArray(v) ? `${groupDigits(v[0])}%–${groupDigits(v[1])}%` : `${groupDigits(v)}%`;
        break;
      case 'change': {
        const unitText = (x: Value) => {
          const nums = Array.isArray(x) ? `${groupDigits(x[0])}–${groupDigits(x[1])}` : groupDigits(x);
          if (fig.unit === '%') return `${nums}%`;
          if (fig.unit === 'pp') return lang === 'zh' ? `${nums} 个百分点` : `${nums} pp`;
          if (fig.unit === 'bp') return lang === 'zh' ? `${nums} 个基点` : `${nums} bp`;
          if (/^[A-Z]{3}$/.test(fig.unit)) return money(x, fig.unit, lang) + (fig.per ? `/${fig.per}` : '');
          return amount(x, fig.unit === '点' && lang === 'en' ? 'pts' : fig.unit, lang);
        };
        text = signed(v, unitText);
        if (fig.basis) text += lang === 'zh' ? `，${fig.basis === 'yoy' ? '同比' : '环比'}` : ` ${fig.basis === 'yoy' ? 'YoY' : 'MoM'}`;
        break;
      }
      case 'multiple':
        text = Array.isArray(v) ? `${groupDigits(v[0])}–${groupDigits(v[1])}` : groupDigits(v);
        text += lang === 'zh' ? ' 倍' : '×';
        if (fig.basis) text += lang === 'zh' ? `，${fig.basis === 'yoy' ? '同比' : '环比'}` : ` ${fig.basis === 'yoy' ? 'YoY' : 'MoM'}`;
        break;
      case 'ratio':
        text = fig.terms ? `${groupDigits(fig.terms[0])}:${groupDigits(fig.terms[1])}` : groupDigits(v as number);
        break;
      case 'period':
        text = Array.isArray(v) ? `${groupDigits(v[0])}–${groupDigits(v[1])}` : groupDigits(v);
        text += lang === 'zh' ? ` ${fig.unit}` : ` ${DURATION_EN[fig.unit] ?? fig.unit}`;
        break;
      default:
        text = amount(v, fig.unit, lang);
    }
  }
  return { value: text, qualifier: q };
}
