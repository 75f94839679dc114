/**
 * Feasibility and completeness judged by a language model (ResponsibleTA).
 * An answer the checker cannot read never blocks the run: the verdict is
 * "ok" with confidence 0 and says why.
 */
import type { CheckContext, CheckVerdict, TaskChecker } from '../core/checks.js';
import type { LanguageModel } from '../core/language-model.js';
import type { Observation } from '../core/observation.js';
import type { StepObservation } from '../core/trajectory.js';
import { abstractStep, DEFAULT_TOKEN_BUDGET } from '../observation/abstract.js';
import { fillPrompt } from '../prompts/load-prompt.js';
import { renderHistory } from '../prompts/render-history.js';
import { readJudgeAnswer } from './judge-answer.js';

export interface ModelCheckerOptions {
  model: LanguageModel;
  /**
   * The compact observation text; default the budgeted abstraction with at
   * most `observationTokens` tokens.
   */
  abstract?: (observation: Observation, task: string) => StepObservation;
  /**
   * Most tokens the default abstraction may give the observation. Default the
   * smaller of DEFAULT_TOKEN_BUDGET and a third of the model's context, so a
   * large page cannot overflow a small model.
   */
  observationTokens?: number;
  /** Told about each observation before it is put in a prompt (secret vault). */
  observationListener?: { learnObservation(observation: Observation): void };
}

const VERDICT_SCHEMA = (field: string) => ({
  type: 'object',
  properties: { [field]: { type: 'boolean' }, reason: { type: 'string' } },
  required: [field, 'reason'],
  additionalProperties: false,
});

export class ModelChecker implements TaskChecker {
  constructor(private readonly options: ModelCheckerOptions) {}

  private text(context: CheckContext): string {
    this.options.observationListener?.learnObservation(context.observation);
    if (this.options.abstract) return this.options.abstract(context.observation, context.task).text;
    return abstractStep(context.observation, context.task, { tokenBudget: this.observationTokens() }).text;
  }

  private observationTokens(): number {
    if (this.options.observationTokens !== undefined) return this.options.observationTokens;
    const third = Math.floor(this.options.model.contextTokens / 3);
    return Math.max(64, Math.min(DEFAULT_TOKEN_BUDGET, Number.isFinite(third) ? third : DEFAULT_TOKEN_BUDGET));
  }

  private async judge(prompt: string, field: 'feasible' | 'complete', purpose: string, signal: AbortSignal): Promise<CheckVerdict> {
    const result = await this.options.model.chat([{ role: 'user', content: prompt }], {
      purpose,
      maxTokens: 160,
      temperature: 0,
      jsonSchema: VERDICT_SCHEMA(field),
      signal,
    });
    const reading = readJudgeAnswer(result.text, field);
    if (!reading.ok) return { ok: true, reason: `the ${purpose} judge's answer could not be read (${reading.problem}); not blocking`, confidence: 0 };
    return { ok: reading.verdict, reason: reading.reason, confidence: 0.8 };
  }

  feasibility(context: CheckContext): Promise<CheckVerdict> {
    const prompt = fillPrompt('feasibility', { task: context.task, observation: this.text(context) });
    return this.judge(prompt, 'feasible', 'feasibility', context.signal);
  }

  completeness(context: CheckContext & { claimed: boolean }): Promise<CheckVerdict> {
    const prompt = fillPrompt('completeness', {
      task: context.task,
      history: renderHistory(context.history),
      observation: this.text(context),
      claim: context.claimed ? 'The agent says the task is done.' : 'The agent has just taken a step.',
    });
    return this.judge(prompt, 'complete', 'completeness', context.signal);
  }
}
