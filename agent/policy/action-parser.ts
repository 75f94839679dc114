/**
 * Model text → Action[]: a pure module that never throws. A bad answer
 * becomes a typed `ActionParseError` whose message is written to be sent back
 * to the model verbatim ("tell the model exactly why and ask again").
 *
 * Accepted shapes, anywhere in the text (prose and ``` fences around it are
 * ignored):
 *   {"thought": "...", "actions": [ {action}, ... ]}
 *   {"action": {action}}
 *   {action}                      (one action object with a "type")
 *   [ {action}, ... ]
 */
import { balancedEnd, jsonCandidates } from '../prompts/json-candidates.js';
import { ACTION_TYPES, actionElementIds, actionTargets, validateAction, type Action, type ActionType, type Target } from '../core/action.js';

export type ActionParseErrorCode =
  /** Nothing but whitespace. */
  | 'empty'
  /** Longer than the parser is willing to scan. */
  | 'too-long'
  /** No JSON object or array in the text. */
  | 'no-json'
  /** Something JSON-like that does not parse (e.g. truncated). */
  | 'invalid-json'
  /** Valid JSON, but not an action / list of actions. */
  | 'not-an-action'
  /** An action that fails the Action schema (unknown type, wrong field types…). */
  | 'invalid-action'
  /** An action type the operator does not support. */
  | 'unsupported-action'
  /** An element id that is not in the current observation. */
  | 'unknown-element'
  /** A point outside the viewport. */
  | 'out-of-bounds'
  /** More actions than allowed in one answer. */
  | 'too-many-actions';

export class ActionParseError extends Error {
  constructor(
    readonly code: ActionParseErrorCode,
    message: string,
    /** Index of the offending action in the answer's list, when one is to blame. */
    readonly actionIndex?: number,
  ) {
    super(message);
    this.name = 'ActionParseError';
  }
}

export interface ActionParseOptions {
  /** Ids of the current observation's elements; omit to skip the check. */
  elementIds?: Iterable<number>;
  /**
   * Viewport in logical pixels; omit to skip the bounds check. Points must lie
   * in [origin, origin + size): a desktop region at an offset in the virtual
   * screen has its origin there (default 0, 0).
   */
  viewport?: { width: number; height: number; originX?: number; originY?: number };
  /** Action types the operator executes; omit to allow every type. */
  allowedTypes?: readonly ActionType[];
  /** Most actions one answer may carry. Default 8. */
  maxActions?: number;
  /** Longest text scanned, characters. Default 200,000. */
  maxLength?: number;
}

export type ActionParseResult =
  | { ok: true; actions: Action[]; /** The answer's "thought", when it had one. */ thought?: string }
  | { ok: false; error: ActionParseError };

const DEFAULT_MAX_ACTIONS = 8;
const DEFAULT_MAX_LENGTH = 200_000;

/** Parse a model's answer into validated actions. Never throws. */
export function parseActions(text: unknown, options: ActionParseOptions = {}): ActionParseResult {
  try {
    return parseUnsafe(text, options);
  } catch (error) {
    // Defence in depth: the scanner and validators should not throw, but a parser
    // that crashes the policy is worse than a vague error.
    return fail('invalid-json', `the answer could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function parseUnsafe(text: unknown, options: ActionParseOptions): ActionParseResult {
  if (typeof text !== 'string') return fail('empty', 'the answer was not text');
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    return fail('too-long', `the answer is ${text.length} characters long; answer with one short JSON object (at most ${maxLength} characters)`);
  }
  if (text.trim() === '') return fail('empty', 'the answer was empty; answer with one JSON object');

  const candidates = jsonCandidates(text);
  if (candidates.length === 0) {
    return fail('no-json', 'the answer contains no JSON object; answer with {"actions": [ ... ]}');
  }
  // Prose often carries JSON-looking bits before the answer ("I'll click [3]."):
  // a candidate that parses but is not shaped like an answer is skipped, and
  // only reported when nothing better turns up.
  let firstSyntaxError: string | undefined;
  let truncated = false;
  let notAnAnswer: { value: object; result: ActionParseResult } | undefined;
  for (const candidate of candidates) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch (error) {
      firstSyntaxError ??= error instanceof Error ? error.message : String(error);
      if (balancedEnd(candidate, 0) === -1) truncated = true;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (isAnswerShaped(value)) return interpret(value, options);
    // An object like {"foo": 1} explains the problem better than a stray list like [3].
    if (!notAnAnswer || (Array.isArray(notAnAnswer.value) && !Array.isArray(value))) notAnAnswer = { value, result: interpret(value, options) };
  }
  if (truncated) {
    return fail('invalid-json', 'the JSON in the answer is cut off (unbalanced brackets or an unterminated string); answer with one complete JSON object');
  }
  // A stray list like [3] says less about what went wrong than a syntax error does; an object says more.
  if (notAnAnswer && (firstSyntaxError === undefined || !Array.isArray(notAnAnswer.value))) return notAnAnswer.result;
  return fail(
    'invalid-json',
    `the JSON in the answer does not parse (${firstSyntaxError ?? 'syntax error'}); answer with one valid JSON object`,
  );
}

/**
 * Whether parsed JSON has the shape of an answer (possibly an invalid one):
 * an object with "actions", "action" or "type", or a non-empty list of objects.
 */
function isAnswerShaped(value: object): boolean {
  if (Array.isArray(value)) {
    return value.length > 0 && value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
  }
  return 'actions' in value || 'action' in value || 'type' in value;
}

function interpret(value: object, options: ActionParseOptions): ActionParseResult {
  let rawActions: unknown[];
  let thought: string | undefined;
  if (Array.isArray(value)) {
    rawActions = value;
  } else {
    const record = value as Record<string, unknown>;
    if (typeof record.thought === 'string') thought = record.thought;
    if ('actions' in record) {
      if (!Array.isArray(record.actions)) return fail('not-an-action', '"actions" must be a list of action objects');
      rawActions = record.actions;
    } else if ('action' in record) {
      rawActions = Array.isArray(record.action) ? record.action : [record.action];
    } else if ('type' in record) {
      rawActions = [record];
    } else {
      return fail('not-an-action', 'the JSON has no "actions" list (and is not an action with a "type")');
    }
  }
  if (rawActions.length === 0) return fail('not-an-action', 'the "actions" list is empty; give at least one action');
  const maxActions = options.maxActions ?? DEFAULT_MAX_ACTIONS;
  if (rawActions.length > maxActions) {
    return fail('too-many-actions', `the answer has ${rawActions.length} actions; give at most ${maxActions}`);
  }

  const elementIds = options.elementIds ? new Set(options.elementIds) : undefined;
  const actions: Action[] = [];
  for (const [index, raw] of rawActions.entries()) {
    const where = rawActions.length > 1 ? `action ${index + 1}: ` : '';
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      return fail('not-an-action', `${where}each action must be a JSON object with a "type"`, index);
    }
    const type = (raw as Record<string, unknown>).type;
    if (typeof type !== 'string' || !(ACTION_TYPES as readonly string[]).includes(type)) {
      return fail(
        'invalid-action',
        `${where}unknown action type ${clip(JSON.stringify(type) ?? 'undefined')}; use one of ${ACTION_TYPES.join(', ')}`,
        index,
      );
    }
    if (options.allowedTypes && !options.allowedTypes.includes(type as ActionType)) {
      return fail('unsupported-action', `${where}this screen cannot do "${type}"; use one of ${options.allowedTypes.join(', ')}`, index);
    }
    const validated = validateAction(raw);
    if (!validated.ok) return fail('invalid-action', `${where}${clip(validated.error.message, 300)}`, index);
    const action = validated.action;
    if (elementIds) {
      for (const id of actionElementIds(action)) {
        if (!elementIds.has(id)) {
          return fail('unknown-element', `${where}element id ${id} is not in the current observation; use an id shown in [brackets]`, index);
        }
      }
    }
    if (options.viewport) {
      const { width, height, originX = 0, originY = 0 } = options.viewport;
      for (const point of pointsOf(action)) {
        // Half-open: x == originX + width is the first pixel past the edge.
        if (point.x < originX || point.y < originY || point.x >= originX + width || point.y >= originY + height) {
          const at = originX !== 0 || originY !== 0 ? ` from (${originX}, ${originY})` : '';
          return fail(
            'out-of-bounds',
            `${where}point (${point.x}, ${point.y}) is off screen; the screen is ${width}×${height} logical pixels${at}`,
            index,
          );
        }
      }
    }
    actions.push(action);
  }
  const doneIndex = actions.findIndex((action) => action.type === 'done');
  if (doneIndex !== -1 && doneIndex !== actions.length - 1) {
    return fail('invalid-action', `"done" must be the last action of the answer`, doneIndex);
  }
  return thought === undefined ? { ok: true, actions } : { ok: true, actions, thought };
}

function pointsOf(action: Action): { x: number; y: number }[] {
  return actionTargets(action).filter((target): target is { x: number; y: number } => 'x' in target);
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function fail(code: ActionParseErrorCode, message: string, actionIndex?: number): ActionParseResult {
  return { ok: false, error: new ActionParseError(code, message, actionIndex) };
}
