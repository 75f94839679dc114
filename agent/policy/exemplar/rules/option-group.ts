/**
 * Rule: a choice under a named group. "Choose Soup from the Dinner menu" on a
 * list where "Soup" sits under Lunch and under Dinner (a select's
 * <optgroup>s, a list box's headers, fieldsets of radios): the option is the
 * one under the group the NEW task names, read from the task's words, not the
 * group the demonstration happened to pick under. When the option sits under
 * several groups and the task names none of them, or names one that does not
 * hold it, the step refuses, naming the groups.
 *
 * Planning half: nothing to mark — every planned select or click on an
 * option already carries what it needs (the demonstrated option and group, the
 * new task on the plan). Grounding half: `groupedChoice`, applied to a plain
 * step's grounding (ground-plan-step.ts), and `chosenGroupProblem` for the
 * completeness check (checks/task-state.ts).
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { GROUPED_CHOICE_ROLES } from '../planned-step.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';

type Grounding = { ok: true; action: Action; score: number; reason: string } | { ok: true; satisfied: true; score: number; reason: string } | { ok: false; score: number; reason: string };

const quote = (text: string) => JSON.stringify(text);
const listed = (names: readonly string[]) => names.map(quote).join(names.length === 2 ? ' and ' : ', ');
const words = (text: string) => normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);

/**
 * The groups (of `groups`) the task names: the whole name, or every word of it that no other group
 * has ("Dinner" of "Dinner specials" beside "Lunch specials").
 */
export function namedGroups(task: string, groups: readonly string[], option: string): string[] {
  const candidates = [...new Set(groups.filter((group) => group !== '' && normalizeText(group) !== normalizeText(option)))];
  const taskWords = new Set(words(task));
  return candidates.filter((group) => {
    if (containsWhole(task, group)) return true;
    const others = new Set(candidates.filter((other) => other !== group).flatMap(words));
    const own = words(group).filter((word) => !others.has(word));
    return own.length > 0 && own.every((word) => taskWords.has(word));
  });
}

/** The group to choose `option` under, or why none can be chosen; undefined when groups do not matter. */
export function groupToChoose(task: string, option: string, holding: readonly string[], all: readonly string[]): { group: string } | { problem: string } | undefined {
  const distinctAll = [...new Set(all.filter(Boolean))];
  if (distinctAll.length < 2) return holding.length === 1 ? { group: holding[0]! } : undefined;
  const named = namedGroups(task, distinctAll, option);
  const namedHolding = named.filter((group) => holding.includes(group));
  if (namedHolding.length === 1) return { group: namedHolding[0]! };
  if (namedHolding.length > 1) return { problem: `${quote(option)} is under ${listed(namedHolding)}, and the task names them all` };
  if (named.length > 0) return { problem: `the task asks for ${quote(option)} under ${listed(named)}, which holds no ${quote(option)} (it is under ${listed(holding)})` };
  if (holding.length === 1) return { group: holding[0]! };
  return { problem: `${quote(option)} is under ${listed(holding)}, and the task does not say which` };
}


/** A grounded select or click on a grouped choice, moved to the choice under the group the task names (or refused). */
export function groupedChoice(grounding: Grounding, elements: readonly UIElement[], task: string, demonstrated?: TargetDescriptor): Grounding {
  if (!grounding.ok || !('action' in grounding)) return grounding;
  const action = grounding.action;
  // An option the demonstration chose under a heading is an option here too, not text that reads like it.
  if (demonstrated?.group && GROUPED_CHOICE_ROLES.has(demonstrated.role) && action.type === 'click' && 'elementId' in action.target) {
    const id = action.target.elementId;
    const now = elements.find((candidate) => candidate.id === id);
    if (now && now.role !== demonstrated.role) {
      return { ok: false, score: 0, reason: `the demonstration chose the ${demonstrated.role} ${quote(demonstrated.text)} under ${quote(demonstrated.group)}; the closest element here is a ${now.role}, not a ${demonstrated.role}` };
    }
  }
  if (action.type === 'select') {
    const element = elements.find((candidate) => candidate.id === action.target.elementId);
    const groups = element?.optionGroups;
    const options = element?.options;
    if (!groups || !options) return grounding;
    const holding = [...new Set(options.flatMap((text, index) => (normalizeText(text) === normalizeText(action.option) && groups[index] ? [groups[index]!] : [])))];
    if (holding.length === 0) return grounding;
    const choice = groupToChoose(task, action.option, holding, groups);
    if (!choice) return grounding;
    if ('problem' in choice) return { ok: false, score: 0, reason: choice.problem };
    const { group: _old, ...rest } = action;
    return { ...grounding, action: { ...rest, group: choice.group }, reason: `${grounding.reason}; ${quote(action.option)} under ${quote(choice.group)}` };
  }
  if (action.type !== 'click' || !('elementId' in action.target)) return grounding;
  const id = action.target.elementId;
  const element = elements.find((candidate) => candidate.id === id);
  if (!element?.group || !GROUPED_CHOICE_ROLES.has(element.role)) return grounding;
  const sameRole = elements.filter((candidate) => candidate.role === element.role && candidate.group);
  const alike = sameRole.filter((candidate) => normalizeText(candidate.text) === normalizeText(element.text));
  const choice = groupToChoose(task, element.text, [...new Set(alike.map((candidate) => candidate.group!))], sameRole.map((candidate) => candidate.group!));
  if (!choice) return grounding;
  if ('problem' in choice) return { ok: false, score: 0, reason: choice.problem };
  if (choice.group === element.group) return grounding;
  const moved = alike.find((candidate) => candidate.group === choice.group)!;
  return { ...grounding, action: { ...action, target: { elementId: moved.id } }, reason: `${grounding.reason}; the ${quote(element.text)} under ${quote(choice.group)}, which the task names` };
}

/** The completeness half: a select the run made under a group shows an option of that group now. */
export function chosenGroupProblem(element: UIElement, action: Extract<Action, { type: 'select' }>): string | undefined {
  if (!action.group || !element.optionGroups) return undefined;
  if (normalizeText(element.group ?? '') === normalizeText(action.group)) return undefined;
  return `the list ${quote(element.label || element.text || element.role)} shows ${quote(element.value ?? '')} under ${quote(element.group ?? 'no group')}, not under ${quote(action.group)}`;
}
