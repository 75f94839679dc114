/**
 * The small renderings the RCI prompts share: the action list, the feedback
 * block (the episode's history, which the checks' prompts show too, is
 * `agent/prompts/render-history.ts`). Pure functions of their inputs.
 */
import type { Action, ActionType } from '../../core/action.js';
import type { ActionSpace } from '../../core/operator.js';
import { fillPrompt } from '../../prompts/load-prompt.js';
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

/**
 * The block that fills a prompt's {{feedback}} slot: what went wrong
 * ("Note:") and advice that is not a failure ("Hint:"). Empty when both are.
 */
export function renderFeedback(feedback: readonly string[], hints: readonly string[] = []): string {
  const lines = [...feedback.map((text) => `Note: ${text}`), ...hints.map((text) => `Hint: ${text}`)];
  return lines.length === 0 ? '' : `\n${lines.join('\n')}`;
}
