// Sina prints times in Beijing time (UTC+8) in several shapes; this reads one,
// ISO 8601 with +08:00, out of the clues the article model collects (the
// popup and the CLI ask; the page does not). Shapes seen in the corpus:
//   2018-12-28T19:56:29+08:00  meta article:published_time (12306, bonds, forex, tram)
//   2005-08-26 05:39:00        meta article:published_time (mobile) and weibo: article:create_at (12306)
//   2018年12月28日 19:55        .date-source .date (12306, tram); 2016年05月25日10:10 .time-source (forex)
//   2005.08.2605:39            time.weibo_time: day span + time, no space (mobile)
//   <!--[28,3,2762964] published at 2009-11-09 14:00:37 from #236 by 1345-->
//                              the CMS's comment before <html> (legacy GBK page; also on 看点
//                              pages as <!-- [ published at … ] -->): when it was last published,
//                              so only the last resort, after the metas and the date line

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function format(y: number, mo: number, d: number, h: number, mi: number, s: number): string | null {
  return valid(y, mo, d, h, mi, s) ? `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00` : null;
}

/** An ISO or "YYYY-MM-DD hh:mm[:ss]" time as ISO 8601 in +08:00; null if it is not one. */
export function beijingIso(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/i.exec(
    value,
  );
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as number[];
  const zone = m[7];
  if (!zone || zone === '+08:00' || zone === '+0800') return format(y!, mo!, d!, h!, mi!, s!);
  // Another offset: convert the instant to Beijing wall-clock time.
  if (!valid(y!, mo!, d!, h!, mi!, s!)) return null;
  const sign = zone.toUpperCase() === 'Z' ? 0 : zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/\D/g, '');
  const offsetMin = sign * (Number(digits.slice(0, 2) || 0) * 60 + Number(digits.slice(2) || 0));
  const t = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - offsetMin * 60_000 + 8 * 3600_000);
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

/** The first date-time written in a visible date line; null if there is none. */
export function dateInText(text: string): string | null {
  const m = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?\s*(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*(\d{2}))?/.exec(text);
  if (!m) return null;
  return format(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

/**
 * The publication time in the first of `clues` that holds one (the article model's `published`: metas, the
 * date line, the CMS comment, best first), as ISO 8601 in +08:00; null if none does.
 */
export function publishedAtOf(clues: readonly string[]): string | null {
  for (const clue of clues) {
    const at = beijingIso(clue) ?? dateInText(clue);
    if (at) return at;
  }
  return null;
}
