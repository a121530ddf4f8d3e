// Readable normalised values for the UI: 1300万美元 → "1,300 万美元（≈1.3×10⁷ USD）",
// 同比增长86.2% → "+86.2%，同比" / "+86.2% YoY". Deterministic (no locale lookups).
import type { Figure, Qualifier } from './types';

type Lang = 'zh' | 'en';

const CURRENCY_ZH: Record<string, string> = {
  CNY: '元', USD: '美元', HKD: '港元', EUR: '欧元', JPY: '日元', GBP: '英镑', TWD: '新台币', KRW: '韩元', THB: '泰铢',
  RUB: '卢布', AUD: '澳元', SGD: '新加坡元', CHF: '瑞士法郎', NGN: '奈拉', BTC: '比特币', CAD: '加元', NZD: '新西兰元',
  INR: '卢比', MOP: '澳门元', ETH: '以太坊',
};
const QUALIFIER_TEXT: Record<Lang, Record<Exclude<Qualifier, 'exact'>, string>> = {
  zh: { approx: '约', at_least: '超', at_most: '至多', range: '区间' },
  en: { approx: 'approx', at_least: 'over', at_most: 'under', range: 'range' },
};
const DURATION_EN: Record<string, string> = {
  年: 'years', 月: 'months', 天: 'days', 交易日: 'trading days', 工作日: 'working days', 周: 'weeks', 季度: 'quarters',
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 1234567.5 → "1,234,567.5" (at most 4 decimals). */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const [int, frac] = Math.abs(n).toFixed(4).replace(/\.?0+$/, '').split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return (neg ? '−' : '') + grouped + (frac ? `.${frac}` : '');
}

function scientific(n: number): string {
  const a = Math.abs(n);
  const e = Math.floor(Math.log10(a));
  const m = Number((a / 10 ** e).toPrecision(3));
  const exp = String(e).split('').map((d) => SUPERSCRIPT[Number(d)] ?? d).join('');
  return `${n < 0 ? '−' : ''}${m}×10${exp}`;
}

/** Scale of an amount for reading: 万/亿 in Chinese, million/billion/trillion in English. */
function scaleOf(v: number, lang: Lang): { div: number; word: string } {
  const a = Math.abs(v);
  if (lang === 'zh') return a >= 1e8 ? { div: 1e8, word: ' 亿' } : a >= 1e4 ? { div: 1e4, word: ' 万' } : { div: 1, word: ' ' };
  if (a >= 1e12) return { div: 1e12, word: ' trillion ' };
  if (a >= 1e9) return { div: 1e9, word: ' billion ' };
  if (a >= 1e6) return { div: 1e6, word: ' million ' };
  return { div: 1, word: ' ' };
}

function amount(value: number | [number, number], unit: string, lang: Lang, approxAfter: boolean): string {
  const top = Array.isArray(value) ? Math.max(Math.abs(value[0]), Math.abs(value[1])) : Math.abs(value);
  const { div, word } = scaleOf(top, lang);
  const nums = Array.isArray(value) ? `${groupDigits(value[0] / div)}–${groupDigits(value[1] / div)}` : groupDigits(value / div);
  const text = `${nums}${word}${unit}`.replace(/ +$/, '');
  if (!approxAfter || top < 1e4 || Array.isArray(value)) return text;
  const v = value as number;
  return lang === 'zh' ? `${text}（≈${scientific(v)}）` : `${text} (≈${scientific(v)})`;
}

function signed(v: number | [number, number], body: (x: number | [number, number]) => string): string {
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
  const cur = (code: string) => (lang === 'zh' ? (CURRENCY_ZH[code] ?? code) : code);
  let text: string;
  if (typeof v === 'string') text = dateText(v, lang);
  else {
    switch (fig.kind) {
      case 'money':
        text = amount(v, lang === 'zh' ? cur(fig.unit) : fig.unit, lang, true);
        if (lang === 'zh' && !Array.isArray(v) && Math.abs(v) >= 1e4) text = text.replace('）', ` ${fig.unit}）`);
        break;
      case 'price':
        text = fig.unit === '点' ? amount(v, lang === 'zh' ? '点' : 'pts', lang, false) : amount(v, cur(fig.unit), lang, false);
        if (fig.per) text += `/${fig.per}`;
        break;
      case 'percent':
        text = Array.isArray(v) ? `${groupDigits(v[0])}%–${groupDigits(v[1])}%` : `${groupDigits(v)}%`;
        break;
      case 'change': {
        const unitText = (x: number | [number, number]) => {
          const nums = Array.isArray(x) ? `${groupDigits(x[0])}–${groupDigits(x[1])}` : groupDigits(x);
          if (fig.unit === '%') return `${nums}%`;
          if (fig.unit === 'pp') return lang === 'zh' ? `${nums} 个百分点` : `${nums} pp`;
          if (fig.unit === 'bp') return lang === 'zh' ? `${nums} 个基点` : `${nums} bp`;
          if (/^[A-Z]{3}$/.test(fig.unit)) return amount(x, cur(fig.unit), lang, false) + (fig.per ? `/${fig.per}` : '');
          return amount(x, fig.unit === '点' && lang === 'en' ? 'pts' : fig.unit, lang, false);
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
        text = amount(v, fig.unit, lang, false);
    }
  }
  return { value: text, qualifier: q };
}
