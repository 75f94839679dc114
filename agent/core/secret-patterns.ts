/**
 * What counts as a secret in text, as a pure function: credentials, API keys,
 * e-mail addresses, phone and card numbers. Conservative where a false
 * positive would hurt the task (plain numbers, dates and short ids pass).
 */

export type SecretKind = 'password' | 'api-key' | 'token' | 'email' | 'phone' | 'card' | 'user-listed';

export interface SecretMatch {
  kind: SecretKind;
  value: string;
  /** Offset in the text, characters. */
  index: number;
}

interface Pattern {
  kind: SecretKind;
  regex: RegExp;
  /** Capture group holding the secret (default the whole match). */
  group?: number;
  accept?: (value: string) => boolean;
}

const PATTERNS: Pattern[] = [
  // Provider keys with known shapes.
  { kind: 'api-key', regex: /\b(?:sk|pk|rk)-(?:proj-|live-|test-)?[A-Za-z0-9_-]{16,}\b/g },
  { kind: 'api-key', regex: /\b(?:ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{20,}\b/g },
  { kind: 'api-key', regex: /\bAKIA[0-9A-Z]{16}\b/g },
  { kind: 'api-key', regex: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'api-key', regex: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g },
  // JSON web tokens.
  { kind: 'token', regex: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g },
  // "password: x", "api_key=x", "token x" — the value after a credential word.
  {
    kind: 'password',
    regex: /\b(?:password|passwd|pwd|passcode|pin|secret|api[_ -]?key|access[_ -]?token|auth[_ -]?token|token)\b["']?\s*(?:[:=]|is)\s*["']?([^\s"',;]{4,})/gi,
    group: 1,
  },
  // "with password Tr0ub4dor&3", "password to x9…": a credential word, then a value with a digit (so "password field" passes).
  {
    kind: 'password',
    regex: /\b(?:password|passwd|passcode|pin)\s+(?:(?:to|is|of|as)\s+)?([^\s"',;]{6,})/gi,
    group: 1,
    accept: (value) => /\d/.test(value) && /[A-Za-z]/.test(value),
  },
  // Long random-looking strings: ≥ 24 chars mixing letters and digits.
  {
    kind: 'token',
    regex: /\b[A-Za-z0-9_+/=-]{24,}\b/g,
    accept: (value) => /[a-z]/.test(value) && /[A-Z0-9]/.test(value) && /\d/.test(value) && !/^\d+$/.test(value) && !value.includes('--'),
  },
  { kind: 'email', regex: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g },
  // Card numbers: 13–19 digits, optionally grouped, passing the Luhn check.
  { kind: 'card', regex: /\b(?:\d[ -]?){12,18}\d\b/g, accept: (value) => luhn(value.replace(/\D/g, '')) },
  // Phone numbers: +country or grouped national numbers, 9–15 digits.
  {
    kind: 'phone',
    regex: /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}[ .-]\d{3,4}[ .-]?\d{3,4}\b|\+\d{9,15}\b/g,
    accept: (value) => {
      const digits = value.replace(/\D/g, '').length;
      return digits >= 9 && digits <= 15 && !/^\d{4}-\d{2}-\d{2}/.test(value.trim());
    },
  },
];

/** Luhn checksum, for telling card numbers from other long numbers. */
export function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Every secret found in the text, longest first where they overlap. */
export function findSecrets(text: string): SecretMatch[] {
  // Placeholders already handed out ("<secret:email-1>") are not secrets: blank them, keeping offsets.
  const scanned = text.replace(/<secret:[a-z-]+(?:-\d+)?>/g, (placeholder) => ' '.repeat(placeholder.length));
  const found: SecretMatch[] = [];
  for (const pattern of PATTERNS) {
    for (const match of scanned.matchAll(pattern.regex)) {
      const value = match[pattern.group ?? 0];
      if (!value) continue;
      const trimmed = value.trim();
      if (pattern.accept && !pattern.accept(trimmed)) continue;
      const index = (match.index ?? 0) + match[0].indexOf(value) + value.indexOf(trimmed);
      found.push({ kind: pattern.kind, value: trimmed, index });
    }
  }
  // Drop matches inside a longer one (a token inside "password: token").
  found.sort((a, b) => a.index - b.index || b.value.length - a.value.length);
  const kept: SecretMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.index < last.index + last.value.length) continue;
    kept.push(match);
  }
  return kept;
}
