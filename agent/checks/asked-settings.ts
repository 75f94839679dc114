/**
 * Does the screen show every setting the task asks on or off in that state?
 * A person saving a settings page looks, before pressing Save, at the
 * settings the request named: "Settings: activity history off, contact sync
 * on." is not done while Contact sync shows off — whatever the
 * demonstration followed did (it may have set one setting where the task
 * names two, or skipped a click as "already so" for the wrong state).
 *
 * A setting is a tick box or a switch (role checkbox or switch) showing a
 * state, named by its caption or by the name its caption leads with over a
 * describing line ("Contact sync" of "Contact sync Upload your address
 * book": rules/leading-name.ts). The state asked is read by
 * switch-states.ts askedStatesOfNames — "turn on X", "X off", "I'd like X
 * on", "no more X", "I don't want X"; a name the task does not write whole,
 * or whose words tell no state or both, is not judged. Two settings named
 * alike are not judged (which one the task means is not told), nor is a
 * request that sets names apart from what its verb does ("Turn off every
 * cookie category except analytics and marketing": the names there are the
 * ones left on, which the state reading cannot tell). The element
 * the next click acts on (`pending`) is not judged: that click sets it.
 *
 * Only ever a problem to report (the policy refuses rather than saves, the
 * memory checker denies a done); pure, no task knowledge.
 */
import type { UIElement } from '../core/observation.js';
import { checkableName } from '../policy/exemplar/checked-glyphs.js';
import { askedStatesOfNames } from '../policy/exemplar/rules/switch-states.js';
import { leadingName } from '../policy/exemplar/rules/leading-name.js';
import { normalizeText } from '../policy/exemplar/text-match.js';

/** Words that set the names after them apart from what the verb does: "except analytics", "all but X", "other than X". */
const SETTING_APART = /\b(?:except|excepting|unless|besides|other than|apart from|(?:all|everything|every\s+\p{L}+|any)\s+but)\b/iu;

/** Roles whose state a task turns on or off. */
const SETTING_ROLES: ReadonlySet<string> = new Set(['checkbox', 'switch']);

/** The names a setting goes by: its caption, and the name the caption leads with over a describing line. */
function namesOf(element: UIElement): string[] {
  const shown = (element.text.trim() || element.label?.trim()) ?? '';
  const leading = leadingName(shown);
  return [...new Set([checkableName(element), ...(leading ? [normalizeText(leading)] : [])])].filter((name) => name !== '');
}

/**
 * Problems, one per setting the request asks in the other state than the screen shows, with the name read (lower
 * case). `request`: the task without a reason said before it (task-state.ts).
 */
export function askedSettingProblems(request: string, elements: readonly UIElement[], pending?: number): { name: string; problem: string }[] {
  if (SETTING_APART.test(request)) return [];
  const settings = elements.filter((element) => SETTING_ROLES.has(element.role) && typeof element.states.checked === 'boolean' && !element.states.hidden && !element.states.disabled);
  const named = settings.map((element) => ({ element, names: namesOf(element) }));
  const problems: { name: string; problem: string }[] = [];
  for (const { element, names } of named) {
    if (element.id === pending) continue;
    // The first of its names the task writes whole and tells a state of.
    const states = askedStatesOfNames(request, names);
    const at = states.findIndex((state) => state !== undefined);
    if (at < 0) continue;
    const name = names[at]!;
    // Another setting going by the same name: the task does not tell which it means.
    if (named.some((other) => other.element !== element && other.names.includes(name))) continue;
    const asked = states[at] === 'on';
    if (element.states.checked !== asked) problems.push({ name, problem: `the task asks ${JSON.stringify(name)} ${states[at]}, and the screen shows it ${asked ? 'off' : 'on'}` });
  }
  return problems;
}
