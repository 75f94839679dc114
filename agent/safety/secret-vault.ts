/**
 * Keeps secrets on the machine. Every secret value gets a stable placeholder
 * for the run (`<secret:email-1>`): the same value always maps to the same
 * placeholder, so a model can still say "type <secret:password-1> into [3]";
 * the action is resolved back to the real value locally, just before it is
 * executed. The vault learns secrets from text patterns, from password fields
 * of observations, and from a list the user gives.
 */
import type { Observation } from '../core/observation.js';
import { findSecrets, type SecretKind } from './secret-patterns.js';
import { isSecretField } from './secret-fields.js';
import { escapeRegExp } from '../core/reg-exp.js';

const PLACEHOLDER = /<secret:([a-z-]+)-(\d+)>/g;

export interface SecretSource {
  kind: SecretKind;
  /** The site (URL origin) or application the value was seen on. */
  site?: string;
}

/** The origin of a URL ("https://bank.example"), the URL itself when it has none, undefined without one. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}${parsed.protocol === 'file:' ? parsed.pathname : ''}` : parsed.origin;
  } catch {
    return url;
  }
}

export class SecretVault {
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counters = new Map<SecretKind, number>();
  /** Where each placeholder's value came from: its kind, and the site/app it was seen on (absent: the user or the task gave it). */
  private readonly sources = new Map<string, SecretSource>();

  constructor(userSecrets: readonly string[] = []) {
    for (const secret of userSecrets) this.add(secret, 'user-listed');
  }

  /**
   * The placeholder for a value, creating one if new. Values shorter than 3 characters are not worth hiding.
   * `site` is where the value was seen (e.g. the origin of the page of a password field).
   */
  add(value: string, kind: SecretKind, site?: string): string | undefined {
    if (value.length < 3) return undefined;
    const existing = this.byValue.get(value);
    if (existing) return existing;
    const number = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, number);
    const placeholder = `<secret:${kind}-${number}>`;
    this.byValue.set(value, placeholder);
    this.byPlaceholder.set(placeholder, value);
    this.sources.set(placeholder, site === undefined ? { kind } : { kind, site });
    return placeholder;
  }

  /** The kind and origin of a placeholder's value, or undefined for an unknown placeholder. */
  sourceOf(placeholder: string): SecretSource | undefined {
    return this.sources.get(placeholder);
  }

  /** The placeholders a text mentions, in order, without duplicates. */
  static placeholdersIn(text: string): string[] {
    return [...new Set(text.match(PLACEHOLDER) ?? [])];
  }

  /** Learn the values of secret fields (and secrets in any element's text or value). */
  learnObservation(observation: Observation): void {
    const site = siteOf(observation.page.url);
    for (const element of observation.elements) {
      if (isSecretField(element) && element.value) this.add(element.value, 'password', site);
      for (const text of [element.text, element.value, element.label]) {
        if (text) for (const match of findSecrets(text)) this.add(match.value, match.kind, site);
      }
    }
  }

  get size(): number {
    return this.byValue.size;
  }

  /** Text with every known and every detected secret replaced by its placeholder. */
  redact(text: string): string {
    for (const match of findSecrets(text)) this.add(match.value, match.kind);
    if (this.byValue.size === 0) return text;
    // Longest values first, so a secret containing another is replaced whole; placeholders
    // already in the text (e.g. in the history of actions) are kept intact.
    const values = [...this.byValue.keys()].sort((a, b) => b.length - a.length);
    return text
      .split(/(<secret:[a-z-]+-\d+>)/)
      .map((segment, index) => (index % 2 === 1 ? segment : this.redactSegment(segment, values)))
      .join('');
  }

  private redactSegment(segment: string, values: readonly string[]): string {
    // One pass over one alternation, so a placeholder just written is never rescanned.
    // Observations show values JSON-quoted: the escaped form of each value is matched too.
    const forms = new Map<string, string>();
    for (const value of values) {
      const placeholder = this.byValue.get(value)!;
      forms.set(value, placeholder);
      forms.set(JSON.stringify(value).slice(1, -1), placeholder);
    }
    const alternation = [...forms.keys()]
      .sort((a, b) => b.length - a.length)
      .map((form) => escapeRegExp(form))
      .join('|');
    return segment.replace(new RegExp(alternation, 'g'), (found) => forms.get(found) ?? found);
  }

  /** Text with placeholders replaced by the real values; unknown placeholders are listed, not guessed. */
  resolve(text: string): { text: string; unknown: string[] } {
    const unknown: string[] = [];
    const resolved = text.replace(PLACEHOLDER, (placeholder) => {
      const value = this.byPlaceholder.get(placeholder);
      if (value === undefined) {
        unknown.push(placeholder);
        return placeholder;
      }
      return value;
    });
    return { text: resolved, unknown };
  }

  /** True if the text mentions a placeholder. */
  static mentionsPlaceholder(text: string): boolean {
    return new RegExp(PLACEHOLDER.source).test(text);
  }
}
