/**
 * Regular expressions built from text that is not ours (a task's words, a
 * page's caption, a window title): every character a pattern would read as
 * syntax is escaped, so the text only ever matches itself.
 */

/** `text` with every character a regular expression would read as syntax escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
