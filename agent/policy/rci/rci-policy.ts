/**
 * The RCI policy (Kim et al., 2023) with trajectory-as-exemplar prompts
 * (Synapse): named phases with typed outputs.
 *
 *   retrieve   once per run: the most similar whole trajectories from memory
 *   task grounding (when there is no plan yet, or the last step went wrong):
 *     propose  a plan, {"steps": [...]}, from the exemplars and the state
 *     critique "find problems with this plan", {"problems": [...]}  ┐ 0…n rounds; adaptive:
 *     improve  the plan, given the critique                          ┘ skipped when the plan
 *                                                                      follows an exemplar step for step
 *              (answers read with zod schemas; see rci-answers.ts)
 *   state grounding   the next instruction, given plan, history, observation
 *   agent grounding   the instruction as action JSON, parsed and validated;
 *                     on a bad answer the model is told exactly why and asked
 *                     again, up to `maxRepairs` times, then the policy gives up
 *
 * Every prompt, answer, parse error and token count of a decision goes into
 * the decision's `details`, so the Runner stores it in the trajectory.
 */
import type { Action } from '../../core/action.js';
import type { RetrievalFilters, RetrievedExemplar, ExemplarMemory } from '../../core/exemplar-memory.js';
import type { ChatMessage, ChatOptions, LanguageModel } from '../../core/language-model.js';
import type { Observation } from '../../core/observation.js';
import type { Policy, PolicyContext, PolicyDecision } from '../../core/policy.js';
import { countChatTokens } from '../../core/chat-tokens.js';
import { MeteredModel, UsageMeter } from '../../models/usage-meter.js';
import { parseActions } from '../action-parser.js';
import { fillPrompt } from '../../prompts/load-prompt.js';
import { answerJsonSchema } from './answer-schema.js';
import { chooseExemplars, type ExemplarChoice } from './exemplar-block.js';
import { renderHistory } from '../../prompts/render-history.js';
import { answerTypes, renderFeedback, systemPrompt } from './prompt-parts.js';
import {
  CRITIQUE_JSON_SCHEMA,
  PLAN_JSON_SCHEMA,
  cleanInstruction,
  instructionIsDone,
  planFollowsExemplar,
  readCritique,
  readPlan,
  type AnswerForm,
} from './rci-answers.js';

export interface RciPolicyOptions {
  model: LanguageModel;
  /** Where exemplars come from; without it the prompts carry none. */
  memory?: ExemplarMemory;
  /** How many exemplars: a number (at most that many, and only whole ones that fit), or 'fit' (as many as fit). Default 'fit'. */
  exemplars?: number | 'fit';
  /** Candidates retrieved when `exemplars` is 'fit'. Default 8. */
  retrieveLimit?: number;
  /** Filters for retrieval, merged over the default `{ successOnly: true }` (pass `successOnly: false` to allow failed runs). */
  retrievalFilters?: RetrievalFilters;
  /** Critique-and-improve rounds of the plan. Default 1. */
  critiqueRounds?: number;
  /** Skip critique when the plan follows an exemplar step for step; always critique after a failure. Default true. */
  adaptive?: boolean;
  /** How many times a bad action answer is sent back for repair before giving up. Default 2. */
  maxRepairs?: number;
  /** Tokens kept free in the context for each answer. Default 512. */
  answerTokens?: number;
  /** Told about every observation before prompts are built (e.g. the secret vault learns password values). */
  observationListener?: { learnObservation(observation: Observation): void };
}

/** One model call as the decision records it. */
interface CallRecord {
  purpose: string;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
}

interface DecisionRecord {
  calls: CallRecord[];
  proposal?: string;
  critiques: string[];
  improvements: string[];
  critiqueSkipped?: string;
  instruction?: string;
  answers: string[];
  parseErrors: { code: string; message: string }[];
  /** Plan / critique answers that were not the JSON asked for and were read as text, with why. */
  textAnswers: { purpose: string; problem: string }[];
}

const PLAN_PURPOSES = { propose: 'plan-propose', critique: 'plan-critique', improve: 'plan-improve' } as const;

export class RciPolicy implements Policy {
  readonly name: string;
  private task = '';
  private plan: string | undefined;
  private retrieved: RetrievedExemplar[] | undefined;
  private choice: ExemplarChoice | undefined;
  /** The policy's own calls (the checks may share the model): the one model-use counter, read by `usage()`. */
  private readonly meter = new UsageMeter();
  private readonly model: MeteredModel;
  private readonly totals = { parseErrors: 0, repairs: 0, critiques: 0, critiquesSkipped: 0, plans: 0 };

  constructor(private readonly options: RciPolicyOptions) {
    const rounds = options.critiqueRounds ?? 1;
    if (!Number.isInteger(rounds) || rounds < 0) throw new RangeError(`critiqueRounds must be a whole number ≥ 0, got ${rounds}`);
    const repairs = options.maxRepairs ?? 2;
    if (!Number.isInteger(repairs) || repairs < 0) throw new RangeError(`maxRepairs must be a whole number ≥ 0, got ${repairs}`);
    if (typeof options.exemplars === 'number' && (!Number.isInteger(options.exemplars) || options.exemplars < 0)) {
      throw new RangeError(`exemplars must be a whole number ≥ 0 or 'fit', got ${options.exemplars}`);
    }
    this.name = `rci(${options.model.id})`;
    this.model = new MeteredModel(options.model, this.meter);
  }

  reset(task: string): void {
    this.task = task;
    this.plan = undefined;
    this.retrieved = undefined;
    this.choice = undefined;
    for (const key of Object.keys(this.totals) as (keyof typeof this.totals)[]) this.totals[key] = 0;
    this.meter.reset();
  }

  usage(): Record<string, number> {
    const { promptTokens, completionTokens } = this.meter.total;
    return { modelCalls: this.meter.answered, promptTokens, completionTokens, ...this.totals };
  }

  async decide(context: PolicyContext): Promise<PolicyDecision> {
    if (context.task !== this.task) this.reset(context.task);
    this.options.observationListener?.learnObservation(context.observation);
    const record: DecisionRecord = { calls: [], critiques: [], improvements: [], answers: [], parseErrors: [], textAnswers: [] };
    const system = systemPrompt(context.observation.environment, context.actionSpace);

    if (this.retrieved === undefined) await this.retrieve(context);
    const exemplars = this.exemplarBlock(context, system);

    // Only feedback (something went wrong) forces a new plan; hints are shown in the prompts but cost no extra calls.
    const replan = this.plan === undefined || context.feedback.length > 0;
    if (replan) await this.groundTask(context, system, exemplars, record);

    const instructionAnswer = await this.call(
      [
        { role: 'system', content: system },
        {
          role: 'user',
          content: fillPrompt('state-grounding', {
            task: context.task,
            plan: this.plan ?? '',
            history: renderHistory(context.history),
            feedback: renderFeedback(context.feedback, context.hints),
            observation: context.abstracted.text,
          }),
        },
      ],
      { purpose: 'state-grounding', maxTokens: 128, temperature: 0 },
      context,
      record,
    );
    const instruction = cleanInstruction(instructionAnswer);
    record.instruction = instruction;
    context.emit({ type: 'proposal', step: context.step, phase: 'instruction', text: instruction });

    let actions: Action[];
    let thought: string | undefined;
    if (instructionIsDone(instruction)) {
      actions = [{ type: 'done', success: true }];
      thought = 'state grounding found the task complete';
    } else {
      const grounded = await this.groundAgent(context, system, exemplars, instruction, record);
      if (!grounded.ok) {
        return { kind: 'give-up', reason: grounded.reason, details: this.details(record, exemplars) };
      }
      actions = grounded.actions;
      thought = grounded.thought ?? instruction;
    }
    return {
      kind: 'act',
      actions,
      thought,
      plan: this.plan,
      critique: record.critiques.length > 0 ? record.critiques.join('\n---\n') : undefined,
      details: this.details(record, exemplars),
    };
  }

  private async retrieve(context: PolicyContext): Promise<void> {
    const wanted = this.options.exemplars ?? 'fit';
    if (!this.options.memory || wanted === 0) {
      this.retrieved = [];
      return;
    }
    const k = wanted === 'fit' ? (this.options.retrieveLimit ?? 8) : wanted;
    // Failed or stopped runs make poor examples: successes only unless the caller says otherwise.
    const filters: RetrievalFilters = { ...this.options.retrievalFilters, successOnly: this.options.retrievalFilters?.successOnly ?? true };
    this.retrieved = await this.options.memory.retrieve({ task: context.task, state: context.abstracted.text }, k, filters);
    context.emit({
      type: 'retrieval',
      step: context.step,
      exemplars: this.retrieved.map(({ trajectory, score, why }) => ({ id: trajectory.id, task: trajectory.task, score, why })),
    });
  }

  /**
   * The exemplar block for this step's prompts. The budget is what the
   * largest exemplar-carrying prompt leaves of the context after its other
   * parts and the answer; the choice is redone when the observation grows.
   */
  private exemplarBlock(context: PolicyContext, system: string): ExemplarChoice {
    const candidates = this.retrieved ?? [];
    const base = countChatTokens([
      { role: 'system', content: system },
      {
        role: 'user',
        content: fillPrompt('agent-grounding', {
          exemplars: '',
          task: context.task,
          history: renderHistory(context.history),
          observation: context.abstracted.text,
          instruction: 'x'.repeat(200),
        }),
      },
    ]);
    // Headroom for a repair round (the bad answer and the error go back into the prompt).
    const reserve = (this.options.answerTokens ?? 512) * 2 + 200;
    const budget = Math.max(0, this.options.model.contextTokens - base - reserve);
    const limit = typeof this.options.exemplars === 'number' ? this.options.exemplars : Infinity;
    if (this.choice && this.choice.kept.length === Math.min(limit, candidates.length) && this.choice.tokens <= budget) return this.choice;
    this.choice = chooseExemplars(candidates, budget, limit);
    return this.choice;
  }

  private async groundTask(context: PolicyContext, system: string, exemplars: ExemplarChoice, record: DecisionRecord): Promise<void> {
    const feedback = renderFeedback(context.feedback, context.hints);
    const ask = (purpose: string, content: string, jsonSchema: Record<string, unknown>) =>
      this.call(
        [{ role: 'system', content: system }, { role: 'user', content }],
        { purpose, maxTokens: this.options.answerTokens ?? 512, temperature: 0, jsonSchema },
        context,
        record,
      );
    const noteForm = (purpose: string, read: AnswerForm) => {
      if (read.form === 'text') record.textAnswers.push({ purpose, problem: read.problem });
    };

    const proposal = readPlan(
      await ask(
        PLAN_PURPOSES.propose,
        fillPrompt('plan-propose', { exemplars: exemplars.block, task: context.task, observation: context.abstracted.text, feedback }),
        PLAN_JSON_SCHEMA,
      ),
    );
    noteForm(PLAN_PURPOSES.propose, proposal.read);
    let plan = proposal.text;
    this.totals.plans++;
    record.proposal = plan;
    context.emit({ type: 'proposal', step: context.step, phase: 'plan', text: plan });

    let rounds = this.options.critiqueRounds ?? 1;
    if (this.options.adaptive ?? true) {
      const followed = exemplars.kept.find(({ exemplar }) => planFollowsExemplar(plan, exemplar.trajectory));
      if (context.feedback.length > 0) {
        rounds = Math.max(rounds, 1);
      } else if (followed && rounds > 0) {
        record.critiqueSkipped = `the plan follows exemplar ${followed.exemplar.trajectory.id} step for step`;
        this.totals.critiquesSkipped++;
        rounds = 0;
      }
    }

    for (let round = 0; round < rounds; round++) {
      const critique = readCritique(
        await ask(PLAN_PURPOSES.critique, fillPrompt('plan-critique', { task: context.task, observation: context.abstracted.text, feedback, plan }), CRITIQUE_JSON_SCHEMA),
      );
      noteForm(PLAN_PURPOSES.critique, critique.read);
      const critiqueText = critique.text;
      this.totals.critiques++;
      record.critiques.push(critiqueText);
      context.emit({ type: 'critique', step: context.step, text: critiqueText });
      if (critique.noProblems) break;
      const improved = readPlan(
        await ask(
          PLAN_PURPOSES.improve,
          fillPrompt('plan-improve', { task: context.task, observation: context.abstracted.text, plan, critique: critiqueText }),
          PLAN_JSON_SCHEMA,
        ),
      );
      noteForm(PLAN_PURPOSES.improve, improved.read);
      plan = improved.text;
      record.improvements.push(plan);
      context.emit({ type: 'proposal', step: context.step, phase: 'improved-plan', text: plan });
    }
    this.plan = plan;
  }

  private async groundAgent(
    context: PolicyContext,
    system: string,
    exemplars: ExemplarChoice,
    instruction: string,
    record: DecisionRecord,
  ): Promise<{ ok: true; actions: Action[]; thought?: string } | { ok: false; reason: string }> {
    const types = answerTypes(context.actionSpace);
    const messages: ChatMessage[] = [
      { role: 'system', content: system },
      {
        role: 'user',
        content: fillPrompt('agent-grounding', {
          exemplars: exemplars.block,
          task: context.task,
          history: renderHistory(context.history),
          observation: context.abstracted.text,
          instruction,
        }),
      },
    ];
    const maxRepairs = this.options.maxRepairs ?? 2;
    let lastError = '';
    for (let attempt = 0; attempt <= maxRepairs; attempt++) {
      const answer = await this.call(
        messages,
        { purpose: attempt === 0 ? 'agent-grounding' : 'agent-grounding-repair', maxTokens: this.options.answerTokens ?? 512, temperature: 0, jsonSchema: answerJsonSchema(types) },
        context,
        record,
      );
      record.answers.push(answer);
      const parsed = parseActions(answer, {
        elementIds: context.observation.elements.map((element) => element.id),
        viewport: context.observation.viewport,
        allowedTypes: types,
      });
      if (parsed.ok) {
        context.emit({ type: 'proposal', step: context.step, phase: 'action', text: JSON.stringify(parsed.actions) });
        return { ok: true, actions: parsed.actions, thought: parsed.thought };
      }
      lastError = parsed.error.message;
      this.totals.parseErrors++;
      record.parseErrors.push({ code: parsed.error.code, message: parsed.error.message });
      context.emit({ type: 'error', step: context.step, phase: 'agent-grounding', message: `unusable action answer: ${lastError}` });
      if (attempt < maxRepairs) {
        this.totals.repairs++;
        messages.push(
          { role: 'assistant', content: answer.length > 2000 ? `${answer.slice(0, 2000)}…` : answer },
          { role: 'user', content: fillPrompt('repair', { error: lastError, attempt: attempt + 2, maxAttempts: maxRepairs + 1 }) },
        );
      }
    }
    return {
      ok: false,
      reason: `the model gave no usable action for "${instruction}" after ${maxRepairs + 1} attempt(s); last problem: ${lastError}`,
    };
  }

  private async call(messages: ChatMessage[], options: ChatOptions, context: PolicyContext, record: DecisionRecord): Promise<string> {
    context.signal.throwIfAborted();
    const started = performance.now();
    // The metered result carries the call's usage as the meter counted it, so a step's figures and the run's agree.
    const result = await this.model.chat(messages, { ...options, signal: context.signal });
    const { promptTokens, completionTokens } = result.usage;
    record.calls.push({ purpose: options.purpose ?? 'other', promptTokens, completionTokens, latencyMs: Math.round(performance.now() - started) });
    return result.text;
  }

  private details(record: DecisionRecord, exemplars: ExemplarChoice): Record<string, unknown> {
    const promptTokens = record.calls.reduce((sum, call) => sum + call.promptTokens, 0);
    const completionTokens = record.calls.reduce((sum, call) => sum + call.completionTokens, 0);
    return {
      policy: 'rci',
      modelCalls: record.calls.length,
      promptTokens,
      completionTokens,
      calls: record.calls,
      exemplars: exemplars.kept.map(({ exemplar, tokens }) => ({ id: exemplar.trajectory.id, task: exemplar.trajectory.task, score: exemplar.score, tokens })),
      exemplarTokens: exemplars.tokens,
      exemplarsDropped: exemplars.dropped.length,
      ...(record.proposal !== undefined ? { proposal: record.proposal } : {}),
      critiques: record.critiques,
      improvements: record.improvements,
      ...(record.critiqueSkipped ? { critiqueSkipped: record.critiqueSkipped } : {}),
      instruction: record.instruction,
      answers: record.answers,
      parseErrors: record.parseErrors,
      ...(record.textAnswers.length > 0 ? { textAnswers: record.textAnswers } : {}),
      repairs: Math.max(0, record.answers.length - 1),
    };
  }
}
