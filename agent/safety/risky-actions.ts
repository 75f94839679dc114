/**
 * Which actions need a person's yes before they run: a pure function of the
 * action and the observation it was decided on.
 *
 * A control is judged by everything that names it — caption, label, value,
 * accessible name, title, alt text, DOM id and name, link target — and by
 * its ancestors that are controls too (a 🗑️ icon inside a "Delete" button).
 * A target given as a point is judged by the element under the point. Then:
 * - a control whose name pays, deletes, sends or changes credentials is risky;
 * - on a page about money, deletion, sending or credentials (amounts,
 *   "permanently", a filled password field…), a generic affirmative control
 *   ("OK", "Yes, I'm sure", a form's submit button, a dialog's button) is
 *   risky, and so is a point where no control can be identified: when unsure
 *   in such a context, ask;
 * - typing into password fields, Enter on a risky control or submitting a
 *   form in such a context, and chords that close windows are risky.
 */
import type { Action } from '../core/action.js';
import { findElement, type Observation, type UIElement } from '../core/observation.js';
import { aimedTargets, withAncestors, type AimedTarget } from './element-at-point.js';
import { ACT_WORDS, AFFIRMATIVE_WORDS, AMOUNT, CONTEXT_WORDS, DELETION_SYMBOLS, NEGATIVE_WORDS, type RiskKind } from './risk-vocabulary.js';
import { isSecretField } from './secret-fields.js';

/** Key chords that close windows, tabs or applications. */
const CLOSING_CHORDS = new Set(['alt+f4', 'control+w', 'control+q', 'meta+w', 'meta+q', 'control+shift+w', 'control+f4']);

/** Roles a click only focuses or toggles: clicking them commits nothing. */
const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'slider', 'spinbutton', 'option', 'listbox', 'switch', 'tab', 'heading']);

/** Most page text read for the context, characters (a huge page must not make the gate slow). */
const CONTEXT_TEXT_LIMIT = 200_000;

const HARM: Record<RiskKind, string> = {
  money: 'pay or move money',
  deletion: 'delete or cancel something',
  sending: 'send or publish something',
  credentials: 'change or hand over credentials',
};

/** Everything that names an element, joined (attributes a page author sets count: title, aria-label, alt, id, name, href). */
export function namesOf(element: UIElement): string {
  const attributes = element.attributes ?? {};
  return [element.text, element.label, element.value, attributes['aria-label'], attributes.title, attributes.alt, attributes.name, attributes.id, attributes.href]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' ')
    .slice(0, 2_000);
}

function shown(element: UIElement): string {
  const name = (element.text || element.label || element.attributes?.['aria-label'] || element.attributes?.title || element.value || `${element.role} [${element.id}]`).trim();
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 77)}…` : name);
}

const contextCache = new WeakMap<Observation, Set<RiskKind>>();

/** What the page as a whole is about, among the risky kinds. */
export function pageContext(observation: Observation): Set<RiskKind> {
  const cached = contextCache.get(observation);
  if (cached) return cached;
  const kinds = new Set<RiskKind>();
  const parts: string[] = [observation.page.title ?? '', observation.page.url ?? '', observation.page.application ?? ''];
  let length = 0;
  for (const element of observation.elements) {
    if (length > CONTEXT_TEXT_LIMIT) break;
    const text = [element.text, element.label].filter(Boolean).join(' ');
    parts.push(text);
    length += text.length;
    if (isSecretField(element) && element.value) kinds.add('credentials');
    // A page with a control that pays, deletes or sends is about that, whatever its prose says.
    if (isCommitControl(element)) {
      const names = namesOf(element);
      for (const kind of Object.keys(ACT_WORDS) as RiskKind[]) if (ACT_WORDS[kind].test(names)) kinds.add(kind);
      if (DELETION_SYMBOLS.test(names)) kinds.add('deletion');
    }
  }
  const text = parts.join('\n').slice(0, CONTEXT_TEXT_LIMIT);
  if (AMOUNT.test(text)) kinds.add('money');
  for (const kind of Object.keys(CONTEXT_WORDS) as RiskKind[]) if (CONTEXT_WORDS[kind].test(text)) kinds.add(kind);
  contextCache.set(observation, kinds);
  return kinds;
}

function describeContext(kinds: Set<RiskKind>): string {
  return [...kinds].join(', ');
}

function isCommitControl(element: UIElement): boolean {
  if (FIELD_ROLES.has(element.role)) return false;
  return element.interactive || ['button', 'link', 'menuitem'].includes(element.role) || element.attributes?.type === 'submit';
}

/** The element and the ancestors that are controls too (a label inside a button), innermost first. */
function controlChain(observation: Observation, element: UIElement): UIElement[] {
  return withAncestors(observation, element).filter((candidate, index) => index === 0 || isCommitControl(candidate)).slice(0, 4);
}

function insideDialog(observation: Observation, element: UIElement): boolean {
  return withAncestors(observation, element).some((candidate) => candidate.role === 'dialog' || candidate.role === 'alertdialog');
}

/** Why pressing this control may do harm, or undefined. */
function judgeControl(aimed: AimedTarget, observation: Observation, verb: string): string | undefined {
  const context = pageContext(observation);
  const { element } = aimed;
  if (!element) {
    if (aimed.byPoint && context.size > 0 && 'x' in aimed.target) {
      return `${verb} at (${aimed.target.x}, ${aimed.target.y}), where no control can be identified, on a page about ${describeContext(context)}`;
    }
    return undefined;
  }
  const chain = controlChain(observation, element);
  const commit = chain.some(isCommitControl);
  for (const candidate of chain) {
    const name = namesOf(candidate);
    for (const kind of Object.keys(ACT_WORDS) as RiskKind[]) {
      if (ACT_WORDS[kind].test(name) && (commit || aimed.byPoint)) return `${verb} ${shown(candidate)}, which may ${HARM[kind]}`;
    }
    if (DELETION_SYMBOLS.test(name) && (commit || aimed.byPoint)) return `${verb} ${shown(candidate)}, which may ${HARM.deletion}`;
    if (commit && AMOUNT.test(candidate.text ?? '')) return `${verb} ${shown(candidate)}, which names an amount of money`;
    if (commit && /^(close window|close tab|close application|quit|exit)\b/i.test((candidate.text ?? '').trim())) {
      return `closing a window (${shown(candidate)})`;
    }
  }
  if (context.size === 0) return undefined;
  const name = chain.map(namesOf).join(' ');
  if (!commit) {
    // A point on plain text may still land on a control the capture did not see.
    return aimed.byPoint ? `${verb} at a point on ${shown(element)}, which is not a known control, on a page about ${describeContext(context)}` : undefined;
  }
  if (NEGATIVE_WORDS.test(element.text ?? '') && !AFFIRMATIVE_WORDS.test(element.text ?? '')) return undefined;
  const submits = chain.some((candidate) => candidate.attributes?.type === 'submit');
  if (AFFIRMATIVE_WORDS.test(name) || submits || insideDialog(observation, element)) {
    const what = submits ? 'which submits a form' : insideDialog(observation, element) ? "a dialog's button" : 'an affirmative button';
    return `${verb} ${shown(element)} (${what}) on a page about ${describeContext(context)}`;
  }
  return undefined;
}

function typingTarget(action: Extract<Action, { type: 'type' }>, observation: Observation, aimed: AimedTarget[]): AimedTarget | undefined {
  if (aimed[0]) return aimed[0];
  const focusedId = observation.page.focusedId;
  const focused = focusedId === undefined ? undefined : findElement(observation, focusedId);
  return focused ? { target: { elementId: focused.id }, element: focused, byPoint: false } : undefined;
}

/** Why this action is risky, or undefined if it is not. */
export function riskOf(action: Action, observation: Observation): string | undefined {
  const aimed = aimedTargets(action, observation);
  switch (action.type) {
    case 'type': {
      const target = typingTarget(action, observation, aimed);
      const element = target?.element;
      if (element && isSecretField(element)) return `typing into the ${element.inputType === 'password' ? 'password' : 'secret'} field ${shown(element)}`;
      if (target?.byPoint && !element && pageContext(observation).has('credentials')) {
        return 'typing at a point where no field can be identified, on a page about credentials';
      }
      // A typed newline presses Enter: judge it like pressing Enter in that field.
      if (/[\r\n]/.test(action.text) && element && pageContext(observation).size > 0) {
        return `typing a line break into ${shown(element)}, which may submit a form on a page about ${describeContext(pageContext(observation))}`;
      }
      return undefined;
    }
    case 'click':
    case 'double-click':
      return judgeControl(aimed[0]!, observation, 'pressing');
    case 'drag':
      // Dropping onto a bin deletes; dragging a risky control presses it.
      return judgeControl(aimed[1]!, observation, 'dropping onto') ?? judgeControl(aimed[0]!, observation, 'dragging');
    case 'select': {
      for (const kind of Object.keys(ACT_WORDS) as RiskKind[]) {
        if (ACT_WORDS[kind].test(action.option)) return `choosing ${JSON.stringify(action.option.slice(0, 80))}, which may ${HARM[kind]}`;
      }
      return undefined;
    }
    case 'press': {
      const keys = action.keys.toLowerCase();
      if (CLOSING_CHORDS.has(keys)) return `the key chord ${action.keys}, which closes a window or application`;
      if (['enter', 'space', ' ', 'numpadenter', 'control+enter', 'meta+enter'].includes(keys) && observation.page.focusedId !== undefined) {
        const focused = findElement(observation, observation.page.focusedId);
        if (!focused) return undefined;
        if (FIELD_ROLES.has(focused.role)) {
          // Enter in a field submits its form: risky where the page is.
          const context = pageContext(observation);
          return context.size > 0 && keys !== 'space' && keys !== ' '
            ? `pressing ${action.keys} in ${shown(focused)}, which may submit a form on a page about ${describeContext(context)}`
            : undefined;
        }
        return judgeControl({ target: { elementId: focused.id }, element: focused, byPoint: false }, observation, `pressing ${action.keys} on`);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
