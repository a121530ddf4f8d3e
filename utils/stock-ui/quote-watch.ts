// Follows Sina's updates of one quote span while the panel shows its quote: Sina's script rewrites the
// span's <font> tags every few seconds. One MutationObserver on that span only (its text and children),
// disconnected by the function it returns — the panel calls it when it closes.
export function watchQuoteSpan(span: Element | null, onChange: () => void): () => void {
  const MO = span?.ownerDocument.defaultView?.MutationObserver;
  if (!span || !MO) return () => {};
  const observer = new MO(() => onChange());
  observer.observe(span, { childList: true, characterData: true, subtree: true });
  return () => observer.disconnect();
}
