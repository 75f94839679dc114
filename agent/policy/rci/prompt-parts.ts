/**
 * The small renderings prompts share: the action list, the history of the
 * episode, the feedback block. Pure functions of their inputs.
 */
import { describeAction, type Action, type ActionType } from '../../core/action.js';
import type { ActionSpace } from '../../core/operator.js';
import type { Step } from '../../core/trajectory.js';
import { fillPrompt } from '../prompts/load-prompt.js';
import { ACTION_EXAMPLES } from './answer-schema.js';

/** The action types a policy may answer with: the operator's plus `done` (the runner handles it). */
export function answerTypes(actionSpace: ActionSpace): ActionType[] {
  return [...new Set<ActionType>([...actionSpace.types, 'done'])];
}

export function systemPrompt(environment: string, actionSpace: ActionSpace): string {
  return fillPrompt('system', {
    environment: environment === 'desktop' ? 'desktop computer' : 'web browser',
    actionFormats: answerTypes(actionSpace)
      .map((type) => `- ${ACTION_EXAMPLES[type]}`)
      .join('\n'),
    actionNotes: actionSpace.notes.length > 0 ? `Notes:\n${actionSpace.notes.map((note) => `- ${note}`).join('\n')}` : '',
  });
}

/** Actions as the examples and answers write them: compact JSON. */
export function actionJson(action: Action): string {
  return JSON.stringify(action);
}

/** The episode so far, one line per step, the most recent `limit` steps. */
export function renderHistory(history: readonly Step[], limit = 20): string {
  if (history.length === 0) return '(none yet)';
  const shown = history.slice(-limit);
  const lines = shown.map((step) => {
    const result = step.result?.ok === false ? ` → failed: ${step.result.error ?? step.result.code ?? 'error'}` : '';
    return `${step.index + 1}. ${describeAction(step.action)}${result}`;
  });
  if (shown.length < history.length) lines.unshift(`(${history.length - shown.length} earlier steps not shown)`);
  return lines.join('\n');
}

/**
 * The block that fills a prompt's {{feedback}} slot: what went wrong
 * ("Note:") and advice that is not a failure ("Hint:"). Empty when both are.
 */
export function renderFeedback(feedback: readonly string[], hints: readonly string[] = []): string {
  const lines = [...feedback.map((text) => `Note: ${text}`), ...hints.map((text) => `Hint: ${text}`)];
  return lines.length === 0 ? '' : `\n${lines.join('\n')}`;
}
