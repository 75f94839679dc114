/**
 * Feasibility and completeness without a model: rules any person would apply.
 * Feasibility: the task says something; the screen shows something one can
 * act on; it does not ask for opposites of one thing; the things it names in
 * quotes as targets ("click "Submit"") are on screen. Completeness: the run
 * did something, and its last action did not fail.
 */
import type { CheckContext, CheckVerdict, TaskChecker } from '../core/checks.js';
import type { Observation } from '../core/observation.js';

const OPPOSITES: [string, string][] = [
  ['check', 'uncheck'],
  ['enable', 'disable'],
  ['select', 'deselect'],
  ['show', 'hide'],
  ['open', 'close'],
  ['expand', 'collapse'],
];

/** Words that make a quoted string a target to find, not a value to type. */
const TARGET_VERBS = /\b(click|press|tap|choose|select|open|check|uncheck|toggle|expand)\s+(?:on\s+)?(?:the\s+)?(?:button\s+|link\s+|tab\s+|option\s+|item\s+)?["“']([^"”']{1,60})["”']/gi;

function screenText(observation: Observation): string {
  return observation.elements
    .flatMap((element) => [element.text, element.label ?? '', element.value ?? '', ...(element.options ?? [])])
    .join('\n')
    .toLowerCase();
}

/** The pair of opposite verbs the task applies to one object, if any ("check X … uncheck X"). */
export function contradiction(task: string): string | undefined {
  const lower = task.toLowerCase();
  for (const [yes, no] of OPPOSITES) {
    const objectsOf = (verb: string) =>
      [...lower.matchAll(new RegExp(`\\b${verb}\\s+(?:the\\s+)?["“']?([a-z0-9 ]{2,30}?)["”']?(?=$|[,.;]|\\s+and\\b|\\s+then\\b)`, 'g'))].map((match) => match[1]!.trim());
    const positive = objectsOf(yes);
    const negative = new Set(objectsOf(no));
    const both = positive.find((object) => negative.has(object));
    if (both) return `the task asks to both ${yes} and ${no} "${both}"`;
  }
  return undefined;
}

/** "What is…?", "How many…", "Is the box ticked?": tasks answered, not done. */
export function isQuestion(task: string): boolean {
  const text = task.trim();
  return text.endsWith('?') || /^(what|which|who|when|where|how many|how much|is|are|does|do|did|tell me|find out)\b/i.test(text);
}

export class RuleChecker implements TaskChecker {
  async feasibility(context: CheckContext): Promise<CheckVerdict> {
    const task = context.task.trim();
    if (task.length === 0) return { ok: false, reason: 'the task is empty', confidence: 1 };
    if (context.observation.elements.length === 0) {
      return { ok: false, reason: 'nothing is visible on the screen/page to act on', confidence: 0.9 };
    }
    if (!context.observation.elements.some((element) => element.interactive)) {
      return { ok: false, reason: 'the screen/page has no element one could click or type into', confidence: 0.7 };
    }
    const contradicts = contradiction(task);
    if (contradicts) return { ok: false, reason: `the request contradicts itself: ${contradicts}`, confidence: 0.8 };
    const text = screenText(context.observation);
    for (const match of task.matchAll(TARGET_VERBS)) {
      const name = match[2]!.trim();
      if (!text.includes(name.toLowerCase())) {
        return { ok: false, reason: `the task needs "${name}", which is not on the current screen/page`, confidence: 0.6 };
      }
    }
    return { ok: true, reason: 'no rule finds the task infeasible', confidence: 0.5 };
  }

  async completeness(context: CheckContext & { claimed: boolean }): Promise<CheckVerdict> {
    if (!context.claimed) {
      // Rules cannot see that a task is finished; only a claimed done is judged here.
      return { ok: false, reason: 'rules alone cannot tell that the task is complete before the agent says so', confidence: 0 };
    }
    const last = context.history[context.history.length - 1];
    if (!last) {
      // A question can be answered by reading the screen; any other task needs at least one action.
      if (isQuestion(context.task)) return { ok: true, reason: 'the task is a question; reading the screen may answer it', confidence: 0.3 };
      return { ok: false, reason: 'no action has been taken yet', confidence: 0.6 };
    }
    if (last.result?.ok === false) {
      return { ok: false, reason: `the last action failed (${last.result.error ?? last.result.code ?? 'error'})`, confidence: 0.9 };
    }
    return { ok: true, reason: 'the actions taken all succeeded', confidence: 0.4 };
  }
}
