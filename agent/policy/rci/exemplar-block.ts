/**
 * Trajectory-as-exemplar: each retrieved trajectory is rendered whole (the
 * task, then every observation and the action taken), and as many as fit the
 * token budget are kept, most similar first. An exemplar that does not fit is
 * left out entirely, never cut in the middle.
 */
import type { RetrievedExemplar } from '../../core/exemplar-memory.js';
import type { Trajectory } from '../../core/trajectory.js';
import { countTokens } from '../../core/tokens.js';
import { fillPrompt } from '../../prompts/load-prompt.js';
import { actionJson } from './prompt-parts.js';

export function renderExemplar(trajectory: Trajectory, number: number): string {
  const steps = trajectory.steps
    .map((step) => fillPrompt('exemplar-step', { observation: step.observation.text || '(empty screen)', action: actionJson(step.action) }))
    .join('\n');
  return fillPrompt('exemplar', { number, task: trajectory.task, steps });
}

export interface ExemplarChoice {
  /** Kept exemplars, most similar first. */
  kept: { exemplar: RetrievedExemplar; tokens: number }[];
  /** Left out because they did not fit (whole exemplars only). */
  dropped: { exemplar: RetrievedExemplar; tokens: number }[];
  /** The rendered block for prompts ('' when none are kept). */
  block: string;
  /** Tokens of `block`. */
  tokens: number;
}

/**
 * Keep exemplars in order while they fit `budgetTokens`. One too large to fit
 * is skipped and the next (smaller) is still tried, so the budget is used well.
 */
export function chooseExemplars(candidates: readonly RetrievedExemplar[], budgetTokens: number, limit = Infinity): ExemplarChoice {
  const kept: ExemplarChoice['kept'] = [];
  const dropped: ExemplarChoice['dropped'] = [];
  const frame = countTokens(fillPrompt('exemplars', { exemplars: '' }));
  let used = frame;
  for (const exemplar of candidates) {
    if (kept.length >= limit) break;
    const text = renderExemplar(exemplar.trajectory, kept.length + 1);
    const tokens = countTokens(text) + 2; // + the blank line between examples
    if (used + tokens <= budgetTokens) {
      kept.push({ exemplar, tokens });
      used += tokens;
    } else {
      dropped.push({ exemplar, tokens });
    }
  }
  if (kept.length === 0) return { kept, dropped, block: '', tokens: 0 };
  const block = fillPrompt('exemplars', {
    exemplars: kept.map(({ exemplar }, index) => renderExemplar(exemplar.trajectory, index + 1)).join('\n\n'),
  });
  return { kept, dropped, block, tokens: countTokens(block) };
}
