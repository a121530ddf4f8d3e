// A figure's sentence with the figure marked, as text nodes only (page text
// is never HTML). Offsets are trusted when they point at the surface; else the
// surface is searched for; a sentence without it is shown unmarked.

export function splitAt(sentence: string, surface: string, start: number, end: number) {
  let from = start;
  let to = end;
  if (sentence.slice(from, to) !== surface || surface === '') {
    from = surface ? sentence.indexOf(surface) : -1;
    if (from < 0) return { before: sentence, figure: '', after: '' };
    to = from + surface.length;
  }
  return { before: sentence.slice(0, from), figure: sentence.slice(from, to), after: sentence.slice(to) };
}

type Props = {
  sentence: string;
  surface: string;
  start: number;
  end: number;
  /** Show at most this many characters before the figure (an ellipsis stands for the rest). */
  lead?: number;
};

export function EmphasisedSentence({ sentence, surface, start, end, lead = Infinity }: Props) {
  const { before, figure, after } = splitAt(sentence, surface, start, end);
  return (
    <>
      {before.length > lead ? `…${before.slice(before.length - lead)}` : before}
      {figure ? <mark class="fl-mark">{figure}</mark> : null}
      {after}
    </>
  );
}
