/**
 * A language model that follows a script and records every call (messages +
 * options), so tests can assert on prompts. Each answer is a string or a
 * function of the call (to read element ids out of the prompt).
 */
import type { ChatMessage, ChatOptions, ChatResult, LanguageModel } from '../../agent/core/language-model.js';
import { countChatTokens } from '../../agent/core/chat-tokens.js';
import { countTokens } from '../../agent/core/tokens.js';

export interface ScriptedCall {
  messages: ChatMessage[];
  options: Omit<ChatOptions, 'signal'>;
}

export type ScriptedAnswer = string | ((call: ScriptedCall, index: number) => string | Promise<string>);

export interface ScriptedModelOptions {
  /** Default false: a local model. Set true to exercise redaction of remote prompts. */
  remote?: boolean;
  contextTokens?: number;
  /** Answer given once the script runs out; default: throw (a test that over-calls should fail). */
  fallback?: ScriptedAnswer;
  /** Delay before each answer, ms (to test abort). */
  delayMs?: number;
}

export class ScriptedModel implements LanguageModel {
  readonly id = 'scripted';
  readonly contextTokens: number;
  readonly remote: boolean;
  readonly calls: ScriptedCall[] = [];
  private next = 0;

  constructor(
    private readonly script: readonly ScriptedAnswer[] = [],
    private readonly options: ScriptedModelOptions = {},
  ) {
    this.contextTokens = options.contextTokens ?? 8192;
    this.remote = options.remote ?? false;
  }

  /** Calls whose options.purpose equals `purpose`. */
  callsFor(purpose: string): ScriptedCall[] {
    return this.calls.filter((call) => call.options.purpose === purpose);
  }

  async chat(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    const started = Date.now();
    const { signal, ...rest } = options;
    const call: ScriptedCall = { messages: messages.map((message) => ({ ...message })), options: rest };
    this.calls.push(call);
    const index = this.next++;
    signal?.throwIfAborted();
    if (this.options.delayMs) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, this.options.delayMs);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason ?? new Error('aborted'));
        }, { once: true });
      });
    }
    signal?.throwIfAborted();
    const answer = this.script[index] ?? this.options.fallback;
    if (answer === undefined) {
      throw new Error(`scripted model: no answer scripted for call ${index + 1} (purpose ${options.purpose ?? 'unknown'})`);
    }
    const text = typeof answer === 'string' ? answer : await answer(call, index);
    return {
      text,
      usage: { promptTokens: countChatTokens(messages), completionTokens: countTokens(text) },
      latencyMs: Date.now() - started,
      model: this.id,
    };
  }
}

/** The text of all messages of a call, joined, for `toContain` assertions. */
export function callText(call: ScriptedCall): string {
  return call.messages.map((message) => message.content).join('\n');
}

/**
 * One answer function that dispatches on the call's purpose (plan-propose,
 * plan-critique, plan-improve, state-grounding, agent-grounding,
 * agent-grounding-repair, feasibility, completeness). A list is consumed in
 * order per purpose, its last entry repeating.
 */
export function answerByPurpose(handlers: Record<string, ScriptedAnswer | readonly ScriptedAnswer[]>): ScriptedAnswer {
  const used = new Map<string, number>();
  return (call, index) => {
    const purpose = call.options.purpose ?? 'other';
    const handler = handlers[purpose];
    if (handler === undefined) throw new Error(`scripted model: no answer for purpose ${purpose}`);
    let answer: ScriptedAnswer;
    if (Array.isArray(handler)) {
      const count = used.get(purpose) ?? 0;
      used.set(purpose, count + 1);
      answer = handler[Math.min(count, handler.length - 1)] as ScriptedAnswer;
    } else {
      answer = handler as ScriptedAnswer;
    }
    return typeof answer === 'string' ? answer : answer(call, index);
  };
}

/**
 * The id of an element in the latest user message's "Current observation"
 * (lines like `[12] button "Submit"`), by role and optional text.
 */
export function idInPrompt(call: ScriptedCall, role: string, text?: string): number {
  const users = call.messages.filter((message) => message.role === 'user');
  const last = ([...users].reverse().find((message) => message.content.includes('Current observation:')) ?? users.at(-1))?.content ?? '';
  const observation = last.includes('Current observation:') ? last.slice(last.lastIndexOf('Current observation:')) : last;
  for (const match of observation.matchAll(/^\[(\d+)\] (\S+)(?: "((?:[^"\\]|\\.)*)")?/gm)) {
    if (match[2] === role && (text === undefined || match[3] === text)) return Number(match[1]);
  }
  throw new Error(`scripted model: no ${role} ${text ?? ''} in the prompt's current observation`);
}
