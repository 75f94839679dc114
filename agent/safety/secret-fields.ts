/**
 * Which fields hold secrets: the one rule for the recorder (text typed into
 * them is stored as a placeholder, in the secret vault's `<secret:kind-n>`
 * form, which the safety gate refuses to type literally, unless the person
 * recording opted in with --allow-secrets), the vault (their values are
 * learned as secrets), the risk judgement (typing into one is confirmed) and
 * the MCP journal (what a client typed into one is kept as a placeholder).
 */

/** What a recorded password-like entry is stored as. */
export const SECRET_PLACEHOLDER = '<secret:password-1>';

const SECRET_WORDS = /\b(pass(word|wd|phrase|code)?|pin|secret|cvv|cvc|security code|ssn|social security|otp|one[- ]time)\b/i;

export interface FieldFacts {
  inputType?: string;
  label?: string;
  text?: string;
  /** The page itself marked it as a secret (autocomplete="current-password", cc-*). */
  secret?: boolean;
  attributes?: Record<string, string>;
}

/** True when a field looks like it takes a password or another secret. */
export function isSecretField(field: FieldFacts): boolean {
  if (field.secret) return true;
  if (field.inputType?.toLowerCase() === 'password') return true;
  const names = [field.label, field.attributes?.['name'], field.attributes?.['id'], field.attributes?.['placeholder'], field.attributes?.['aria-label']];
  return names.some((name) => name !== undefined && SECRET_WORDS.test(name.replace(/[_-]+/g, ' ')));
}

/** Nearby words (OCR text left of / above a desktop field) that mark it as a secret. */
export function mentionsSecret(text: string): boolean {
  return SECRET_WORDS.test(text);
}
