/**
 * Reading a chat-completions answer that may be hostile: the body is read up
 * to a size limit (a 30 MB body is refused after 8 MB, not buffered), then
 * parsed and checked field by field, so a malformed answer becomes one
 * sentence saying what was wrong, which endpoint gave it and what to try —
 * never "Cannot read properties of undefined (reading '0')".
 */
import { UserFacingError } from '../../core/errors.js';
import { readCappedBody } from '../../core/read-capped-body.js';

/** Largest answer body read, bytes. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Longest answer text accepted, characters (a real answer is a few thousand). */
export const MAX_ANSWER_CHARACTERS = 200_000;

/** A model answer that is not what the protocol promises. */
export class ModelAnswerError extends UserFacingError {
  constructor(id: string, endpoint: string, problem: string, hint = 'check that the endpoint speaks the OpenAI chat-completions API, and the model name') {
    super(`${id}: the answer from ${endpoint} ${problem}; ${hint}`, hint);
    this.name = 'ModelAnswerError';
  }
}

/** The body as text, at most MAX_BODY_BYTES; the caller's abort signal (the deadline) cuts a stalled read. */
export function readBoundedBody(response: Response, endpoint: string, id: string, limit = MAX_BODY_BYTES): Promise<string> {
  return readCappedBody(response, limit, () => new ModelAnswerError(id, endpoint, `is larger than ${Math.round(limit / 1024 / 1024)} MB`, 'a chat answer is a few kilobytes: check the endpoint'));
}

export interface ParsedCompletion {
  text: string;
  model?: string;
  promptTokens?: number;
  completionTokens?: number;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e9 ? Math.round(value) : undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The text and usage of a completion body, or a ModelAnswerError naming what is wrong. */
export function parseCompletion(body: string, endpoint: string, id: string): ParsedCompletion {
  const fail = (problem: string, hint?: string) => new ModelAnswerError(id, endpoint, problem, hint);
  if (body.trim() === '') throw fail('is empty');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof RangeError ? 'is nested too deeply to read' : `is not JSON (it starts ${JSON.stringify(body.slice(0, 60))})`;
    throw fail(reason);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw fail(`is ${kindOf(data)}, not a completion object`);
  const record = data as Record<string, unknown>;
  if (record.error !== undefined) {
    const message = (record.error as { message?: unknown })?.message;
    throw fail(`is an error: ${typeof message === 'string' ? message.slice(0, 200) : JSON.stringify(record.error).slice(0, 200)}`, 'check the server');
  }
  const choices = record.choices;
  if (!Array.isArray(choices)) throw fail(`has no "choices" list (it has ${kindOf(choices)})`);
  if (choices.length === 0) throw fail('has an empty "choices" list', 'the model produced nothing; try again or another model');
  const first = choices[0] as Record<string, unknown> | null;
  const message = first && typeof first === 'object' ? first.message : undefined;
  if (!message || typeof message !== 'object') throw fail(`has no choices[0].message (it is ${kindOf(message)})`);
  const content = (message as Record<string, unknown>).content;
  let text: string;
  if (typeof content === 'string') text = content;
  else if (content === null || content === undefined) {
    const refusal = (message as Record<string, unknown>).refusal;
    if (typeof refusal === 'string' && refusal) throw fail(`is a refusal: ${refusal.slice(0, 200)}`, 'rephrase the task');
    text = '';
  } else if (Array.isArray(content) && content.every((part) => typeof (part as { text?: unknown })?.text === 'string')) {
    text = content.map((part) => (part as { text: string }).text).join('');
  } else throw fail(`has choices[0].message.content that is ${kindOf(content)}, not text`);
  if (text.length > MAX_ANSWER_CHARACTERS) {
    throw fail(`is ${text.length.toLocaleString('en')} characters long (at most ${MAX_ANSWER_CHARACTERS.toLocaleString('en')} are read)`, 'lower max_tokens or check the model');
  }
  const usage = record.usage && typeof record.usage === 'object' ? (record.usage as Record<string, unknown>) : {};
  return {
    text,
    model: typeof record.model === 'string' ? record.model.slice(0, 200) : undefined,
    promptTokens: count(usage.prompt_tokens),
    completionTokens: count(usage.completion_tokens),
  };
}
