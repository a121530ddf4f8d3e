// Reading time for a Chinese article, from its character count.
//
// Speed: 400 characters per minute. Reading aloud, Chinese adults average
// 255 ± 29 characters/min (IReST: Trauzettel-Klosinski & Dietz, "Standardized
// assessment of reading performance: the new International Reading Speed
// Texts IReST", IOVS 53(9), 2012); silent reading is faster, and China's
// curriculum standard (《义务教育语文课程标准（2011年版）》) asks for silent
// reading of ordinary modern prose at ≥300 characters/min by grade 6 and ≥500
// by grade 9. Finance news is dense with figures, so FinLens takes 400, between
// those two marks, as an adult's pace on this kind of text.

export const CHINESE_CHARS_PER_MINUTE = 400;

/** Whole minutes, at least 1 for any text, 0 for none. */
export function readingMinutes(chars: number): number {
  if (!Number.isFinite(chars) || chars <= 0) return 0;
  return Math.max(1, Math.round(chars / CHINESE_CHARS_PER_MINUTE));
}
