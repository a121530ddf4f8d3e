// An article's publication time, for people: Sina prints Beijing time, so an
// ISO timestamp is shown in Asia/Shanghai (the time the page itself shows),
// in the reader's locale. Anything else is shown as the page gave it.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function formatPublishedAt(value: string, locale: string): string {
  const trimmed = value.trim();
  const dateOnly = ISO_DATE.test(trimmed);
  if (!dateOnly && !ISO_DATE_TIME.test(trimmed)) return trimmed;
  // no offset: the page's own (Beijing) time
  const withZone = dateOnly || /(Z|[+-]\d{2}:?\d{2})$/.test(trimmed) ? trimmed : `${trimmed}+08:00`;
  const date = new Date(dateOnly ? `${trimmed}T00:00:00+08:00` : withZone);
  if (Number.isNaN(date.getTime())) return trimmed;
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(dateOnly ? {} : { timeStyle: 'short' }),
      timeZone: 'Asia/Shanghai',
    }).format(date);
  } catch {
    return trimmed;
  }
}
