// The keyboard path through a rendered component: every element Tab reaches,
// in order, as "tag:accessible text". Controls must be native (button, input,
// a[href], select, textarea); a positive tabindex or a focusable div fails.
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

function nameOf(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const byFor = element.id ? element.ownerDocument.querySelector(`label[for="${element.id}"]`) : null;
  const source = (byFor ?? element.closest('label') ?? element).cloneNode(true) as Element;
  for (const hidden of source.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (source.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function tabOrder(container: Element): string[] {
  const elements = [...container.querySelectorAll(FOCUSABLE)].filter((element) => {
    if ((element as HTMLButtonElement).disabled) return false;
    // a closed <details> shows only its <summary>: Tab skips what it folds away
    const fold = element.closest('details');
    if (fold && !fold.open && element.parentElement !== fold) return false;
    const tabindex = element.getAttribute('tabindex');
    if (tabindex !== null && Number(tabindex) > 0) throw new Error(`positive tabindex on ${element.outerHTML}`);
    return tabindex === null || Number(tabindex) >= 0;
  });
  for (const element of elements) {
    if (!/^(A|BUTTON|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(element.tagName)) {
      throw new Error(`focusable non-native control: <${element.tagName.toLowerCase()}>`);
    }
  }
  // radio groups are one Tab stop: keep the checked one (or the first)
  const seenGroups = new Set<string>();
  return elements
    .filter((element) => {
      const input = element as HTMLInputElement;
      if (input.type !== 'radio') return true;
      const group = input.name;
      const checked = container.querySelector<HTMLInputElement>(`input[type=radio][name="${group}"]:checked`);
      if (seenGroups.has(group)) return false;
      if (checked && checked !== input) return false;
      seenGroups.add(group);
      return true;
    })
    .map((element) => `${element.tagName.toLowerCase()}:${nameOf(element)}`);
}
