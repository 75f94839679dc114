/**
 * Text from a model, a page or a file, made safe to print on a terminal:
 * control characters (escape sequences that clear the screen or move the
 * cursor, carriage returns that overwrite a line, bidi overrides that reorder
 * it) are shown as visible escapes instead of being obeyed, so a hostile
 * answer cannot print a fake "outcome: success".
 */

/** C0 and C1 controls (but not tab or newline), DEL, and Unicode bidi and line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Every control character shown as a \uNNNN escape (valid inside JSON too, so
 * JSON output stays JSON); with `singleLine`, newlines and tabs as \n and \t.
 */
export function printable(text: string, options: { singleLine?: boolean } = {}): string {
  const pattern = options.singleLine ? /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g : CONTROL;
  return String(text).replace(pattern, (character) => {
    if (character === '\n') return '\\n';
    if (character === '\t') return '\\t';
    if (character === '\r') return '\\r';
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
