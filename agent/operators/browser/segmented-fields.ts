/**
 * Date, time and month fields, which a person fills segment by segment
 * (month, day, year… in the order the locale shows them) rather than as free
 * text: which input types they are, the keys per segment for a value in its
 * HTML form, and the two page functions the operator's segmented typing uses.
 * (Moved out of browser-operator.ts unchanged.)
 */
/** How far into a segmented field its first segment is clicked, CSS px (past the border and padding). */
export const FIRST_SEGMENT_INSET_PX = 8;

/** Input types a person fills segment by segment (month, day, year…) rather than as free text. */
export const SEGMENTED_INPUT_TYPES = new Set(['date', 'time', 'datetime-local', 'month']);
export const SEGMENT_EXAMPLES: Record<string, string> = { date: '2024-01-28', time: '14:30', 'datetime-local': '2024-01-28T14:30', month: '2024-01' };

/** The keys to type per segment for a field value in its HTML form, or undefined if it is not one. */
export function segmentValues(inputType: string, value: string): Partial<Record<string, string>> | undefined {
  const date = /^(\d{4,6})-(\d{2})-(\d{2})/.exec(value);
  const time = /(?:^|T)(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  const out: Partial<Record<string, string>> = {};
  if (inputType === 'month') {
    const month = /^(\d{4,6})-(\d{2})$/.exec(value);
    if (!month) return undefined;
    return { year: month[1]!, month: month[2]! };
  }
  if (inputType === 'date' || inputType === 'datetime-local') {
    if (!date) return undefined;
    Object.assign(out, { year: date[1]!, month: date[2]!, day: date[3]! });
  }
  if (inputType === 'time' || inputType === 'datetime-local') {
    if (!time || (inputType === 'time' && !/^\d{2}:\d{2}(:\d{2})?$/.test(value))) return undefined;
    const hour = Number(time[1]);
    Object.assign(out, { hour24: time[1]!, hour12: String(hour % 12 === 0 ? 12 : hour % 12).padStart(2, '0'), dayPeriod: hour < 12 ? 'A' : 'P', minute: time[2]! });
    if (time[3]) out['second'] = time[3];
  }
  return out;
}

/** The order of a date/time field's segments in this page's locale (what Chromium shows). Runs in the page. */
export function segmentOrder(inputType: string): string[] {
  const Intl_ = (globalThis as unknown as { Intl: { DateTimeFormat: new (locale: string, options: object) => { formatToParts(date: unknown): { type: string }[] } } }).Intl;
  const locale = (globalThis as unknown as { navigator: { language: string } }).navigator.language;
  const DateClass = (globalThis as unknown as { Date: new (...args: number[]) => unknown }).Date;
  const sample = new DateClass(2001, 10, 22, 15, 45);
  const want: Record<string, object> = {
    date: { year: 'numeric', month: '2-digit', day: '2-digit' },
    month: { year: 'numeric', month: 'long' },
    time: { hour: 'numeric', minute: '2-digit' },
    'datetime-local': { year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', minute: '2-digit' },
  };
  const parts = new Intl_.DateTimeFormat(locale, want[inputType] ?? want['date']!).formatToParts(sample).map((part) => part.type);
  const hour12 = parts.includes('dayPeriod');
  return parts.filter((type) => type !== 'literal').map((type) => (type === 'hour' ? (hour12 ? 'hour12' : 'hour24') : type));
}

/** The current value of a registered form field, or null. Runs in the page. */
export function registeredValue(request: { sequence: number; id: number }): string | null {
  const registry = (globalThis as unknown as Record<symbol, { sequence: number; nodes: unknown[] } | undefined>)[Symbol.for('understudy.elements')];
  const field = registry?.nodes[request.id] as { value?: string } | undefined;
  return typeof field?.value === 'string' ? field.value : null;
}
