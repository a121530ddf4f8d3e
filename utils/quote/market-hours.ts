// When each market trades, in its own time zone, so the panel refreshes a quote only while it can change:
//   A-shares (sh, sz, bj)  9:30–11:30 and 13:00–15:00 Beijing time, Monday to Friday
//   Hong Kong (hk)         9:30–12:00 and 13:00–16:00 Hong Kong time, Monday to Friday
//   US (us)                9:30–16:00 New York time (with its daylight saving), Monday to Friday
// Public holidays are not known here: on one, the quote is asked for every 5 s and simply does not change.
export type Market = 'sh' | 'sz' | 'bj' | 'hk' | 'us';

type Session = [open: number, close: number]; // minutes after midnight, local time
const HOURS: Record<Market, { zone: string; sessions: Session[] }> = {
  sh: { zone: 'Asia/Shanghai', sessions: [[570, 690], [780, 900]] },
  sz: { zone: 'Asia/Shanghai', sessions: [[570, 690], [780, 900]] },
  bj: { zone: 'Asia/Shanghai', sessions: [[570, 690], [780, 900]] },
  hk: { zone: 'Asia/Hong_Kong', sessions: [[570, 720], [780, 960]] },
  us: { zone: 'America/New_York', sessions: [[570, 960]] },
};

const formats = new Map<string, Intl.DateTimeFormat>();
function localTime(zone: string, at: Date): { weekday: string; minutes: number } {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return { weekday: parts.weekday ?? '', minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function isMarket(value: string): value is Market {
  return Object.hasOwn(HOURS, value);
}

/** Whether `market` is trading at `at` (the opening minute counts, the closing minute does not). */
export function isMarketOpen(market: Market, at: Date): boolean {
  const { zone, sessions } = HOURS[market];
  const { weekday, minutes } = localTime(zone, at);
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  return sessions.some(([open, close]) => minutes >= open && minutes < close);
}
