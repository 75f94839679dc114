/**
 * The episode so far as prompts show it, shared by the RCI policy and the
 * model-judged checker. A pure function of its input.
 */
import { describeAction } from '../core/action.js';
import type { Step } from '../core/trajectory.js';

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
