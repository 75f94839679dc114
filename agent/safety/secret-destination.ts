/**
 * Where a secret placeholder may be resolved to its real value: only into a
 * field of the kind it came from — a password into a password field of the
 * site it was seen on, an e-mail address into an e-mail field, an API key into
 * a key or secret field. Anything else (a password typed into "Nickname", a
 * key chosen in a list, a secret in the final answer) needs a person's yes,
 * naming the secret's kind and the destination: a model, or text injected
 * into a page, must not be able to move a secret somewhere it can read it.
 */
import type { Action } from '../core/action.js';
import { findElement, type Observation, type UIElement } from '../core/observation.js';
import { aimedTargets } from './element-at-point.js';
import { namesOf } from './risky-actions.js';
import type { SecretKind } from './secret-patterns.js';
import { SecretVault, siteOf } from './secret-vault.js';

const KIND_WORDS: Record<SecretKind, string> = {
  password: 'password',
  'api-key': 'API key',
  token: 'access token',
  email: 'e-mail address',
  phone: 'phone number',
  card: 'card number',
  'user-listed': 'secret (listed in safety.secrets)',
};

/** Does this field take values of this kind? */
function fieldFits(kind: SecretKind, field: UIElement): boolean {
  const names = namesOf(field).toLowerCase();
  const autocomplete = field.attributes?.autocomplete ?? '';
  switch (kind) {
    case 'password':
    case 'user-listed':
      return field.inputType === 'password';
    case 'api-key':
    case 'token':
      return field.inputType === 'password' || /\b(api|key|token|secret)\b/.test(names);
    case 'email':
      return field.inputType === 'email' || /\b(e-?mail|user ?name|login)\b/.test(names) || /email|username/.test(autocomplete);
    case 'phone':
      return field.inputType === 'tel' || /\b(phone|mobile|tel|telephone)\b/.test(names);
    case 'card':
      return /\b(card|cc-?number|credit)\b/.test(names) || /cc-number/.test(autocomplete);
  }
}

function destinationOf(field: UIElement | undefined, observation: Observation, byPoint: boolean): string {
  const site = siteOf(observation.page.url) ?? observation.page.application;
  const where = site ? ` on ${site}` : '';
  if (!field) return `${byPoint ? 'a point where no field can be identified' : 'whatever has the keyboard focus'}${where}`;
  const name = (field.label || field.text || field.attributes?.['aria-label'] || field.attributes?.name || `${field.role} [${field.id}]`).slice(0, 80);
  return `the ${field.inputType && field.inputType !== 'text' ? `${field.inputType} ` : ''}${field.role} ${JSON.stringify(name)}${where}`;
}

/** Why resolving this action's placeholders needs a yes, or undefined when every one goes where it came from. */
export function secretMisplacement(action: Action, observation: Observation, vault: SecretVault): string | undefined {
  const text = action.type === 'type' ? action.text : action.type === 'select' ? action.option : action.type === 'done' ? action.answer ?? '' : '';
  const placeholders = SecretVault.placeholdersIn(text);
  if (placeholders.length === 0) return undefined;
  const [aimed] = aimedTargets(action, observation);
  let field = aimed?.element;
  const byPoint = aimed?.byPoint ?? false;
  if (!aimed && action.type === 'type' && observation.page.focusedId !== undefined) field = findElement(observation, observation.page.focusedId);
  const site = siteOf(observation.page.url);
  const misplaced: string[] = [];
  for (const placeholder of placeholders) {
    const source = vault.sourceOf(placeholder);
    if (!source) continue; // unknown placeholders are refused elsewhere
    const fits =
      action.type === 'type' &&
      field !== undefined &&
      fieldFits(source.kind, field) &&
      (source.site === undefined || site === undefined || source.site === site);
    if (!fits) misplaced.push(`your ${KIND_WORDS[source.kind]} ${placeholder}${source.site ? ` (from ${source.site})` : ''}`);
  }
  if (misplaced.length === 0) return undefined;
  const destination = action.type === 'done' ? 'the final answer' : action.type === 'select' ? `a choice in ${destinationOf(field, observation, byPoint)}` : destinationOf(field, observation, byPoint);
  return `putting ${misplaced.join(' and ')} into ${destination}`;
}
