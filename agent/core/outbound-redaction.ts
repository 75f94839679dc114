/**
 * The one rule for text that leaves the machine: every detected secret
 * (keys, tokens, credentials after a credential word, e-mail addresses,
 * phone and card numbers) and every value the user listed under
 * `safety.secrets` is replaced by a placeholder of its kind. The chat models
 * go through the secret vault (numbered placeholders it can resolve back
 * locally); every other endpoint — embeddings, and any future one — uses
 * `redactOutbound`, whose placeholders carry no number so the same text
 * always embeds the same way.
 */
import { findSecrets } from './secret-patterns.js';

/** `text` with secrets replaced by `<secret:kind>`. Listed values shorter than 3 characters are not worth hiding. */
export function redactOutbound(text: string, listed: readonly string[] = []): string {
  let result = text;
  // Listed values first, longest first, so a value containing another is replaced whole.
  for (const value of [...listed].filter((secret) => secret.length >= 3).sort((a, b) => b.length - a.length)) {
    result = result.split(value).join('<secret:user-listed>');
  }
  const matches = findSecrets(result);
  if (matches.length === 0) return result;
  let out = '';
  let at = 0;
  for (const match of matches) {
    out += result.slice(at, match.index) + `<secret:${match.kind}>`;
    at = match.index + match.value.length;
  }
  return out + result.slice(at);
}
