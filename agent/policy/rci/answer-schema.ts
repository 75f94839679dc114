/**
 * The JSON schema of the answer agent grounding asks for, built from the
 * operator's action space. Providers that can constrain output (node-llama-cpp
 * grammars, OpenAI structured outputs) honour it; the action parser still
 * validates everything (ids, bounds, integers), so the schema only needs to
 * keep the shape right. Numbers are `number`, not `integer`: integer grammars
 * make small local models ramble digits; the parser rejects fractions.
 */
import type { ActionType } from '../../core/action.js';

type JsonSchema = Record<string, unknown>;

const elementTarget: JsonSchema = {
  type: 'object',
  properties: { elementId: { type: 'number' } },
  required: ['elementId'],
  additionalProperties: false,
};
const pointTarget: JsonSchema = {
  type: 'object',
  properties: { x: { type: 'number' }, y: { type: 'number' } },
  required: ['x', 'y'],
  additionalProperties: false,
};
const target: JsonSchema = { oneOf: [elementTarget, pointTarget] };

const waitCondition: JsonSchema = {
  oneOf: [
    { type: 'object', properties: { enabled: elementTarget }, required: ['enabled'], additionalProperties: false },
    {
      type: 'object',
      properties: { shows: { type: 'object', properties: { name: { type: 'string' }, role: { type: 'string' } }, required: ['name'], additionalProperties: false } },
      required: ['shows'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { value: elementTarget, comparison: { enum: ['below', 'above', 'at-most', 'at-least', 'equal'] }, number: { type: 'number' } },
      required: ['value', 'comparison', 'number'],
      additionalProperties: false,
    },
  ],
};

function actionObject(type: ActionType, properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return {
    type: 'object',
    properties: { type: { const: type }, ...properties },
    required: ['type', ...required],
    additionalProperties: false,
  };
}

const ACTION_SCHEMAS: Record<ActionType, JsonSchema> = {
  click: actionObject('click', { target, when: { type: 'object', properties: { until: waitCondition, timeoutMs: { type: 'number' } }, required: ['until', 'timeoutMs'], additionalProperties: false } }, ['target']),
  'double-click': actionObject('double-click', { target }, ['target']),
  'right-click': actionObject('right-click', { target }, ['target']),
  type: actionObject('type', { target, text: { type: 'string' }, replace: { type: 'boolean' } }, ['text']),
  press: actionObject('press', { keys: { type: 'string' } }, ['keys']),
  scroll: actionObject('scroll', { target, deltaX: { type: 'number' }, deltaY: { type: 'number' } }, ['deltaY']),
  drag: actionObject('drag', { from: target, to: target }, ['from', 'to']),
  select: actionObject('select', { target: elementTarget, option: { type: 'string' }, modifiers: { type: 'array', items: { enum: ['Control', 'Shift', 'Alt', 'Meta'] } } }, ['target', 'option']),
  hover: actionObject('hover', { target }, ['target']),
  copy: actionObject('copy', { target }, ['target']),
  paste: actionObject('paste', { target, replace: { type: 'boolean' } }, []),
  wait: actionObject('wait', { ms: { type: 'number' } }, ['ms']),
  'wait-until': actionObject('wait-until', { until: waitCondition, timeoutMs: { type: 'number' } }, ['until', 'timeoutMs']),
  done: actionObject('done', { success: { type: 'boolean' }, answer: { type: 'string' } }, ['success']),
};

/** The answer schema: {"thought": string, "actions": [action, …]} over the given types. */
export function answerJsonSchema(types: readonly ActionType[], maxActions = 8): JsonSchema {
  const unique = [...new Set<ActionType>([...types, 'done'])];
  return {
    type: 'object',
    properties: {
      thought: { type: 'string' },
      actions: { type: 'array', items: { oneOf: unique.map((type) => ACTION_SCHEMAS[type]) }, minItems: 1, maxItems: maxActions },
    },
    required: ['thought', 'actions'],
    additionalProperties: false,
  };
}

/** One example per action type, for the system prompt. */
export const ACTION_EXAMPLES: Record<ActionType, string> = {
  click: '{"type": "click", "target": {"elementId": 12}}   (or "target": {"x": 140, "y": 88} in logical pixels)',
  'double-click': '{"type": "double-click", "target": {"elementId": 12}}',
  'right-click': '{"type": "right-click", "target": {"elementId": 12}}',
  type: '{"type": "type", "target": {"elementId": 3}, "text": "hello", "replace": true}   (replace clears the field first)',
  press: '{"type": "press", "keys": "Control+A"}   (key names joined by "+": Enter, Tab, Escape, ArrowDown, …)',
  scroll: '{"type": "scroll", "deltaY": 400}   (logical pixels; positive scrolls down; optional "target")',
  drag: '{"type": "drag", "from": {"elementId": 4}, "to": {"elementId": 9}}',
  select: '{"type": "select", "target": {"elementId": 5}, "option": "Blue"}   (the option\'s visible text)',
  hover: '{"type": "hover", "target": {"elementId": 7}}   (rest the pointer on it: menus that open on hover)',
  copy: '{"type": "copy", "target": {"elementId": 4}}   (copies a field\'s whole text, or an element\'s text)',
  paste: '{"type": "paste", "target": {"elementId": 6}, "replace": true}   (pastes the clipboard into it)',
  wait: '{"type": "wait", "ms": 500}',
  'wait-until': '{"type": "wait-until", "until": {"enabled": {"elementId": 4}}, "timeoutMs": 10000}   (or "until": {"value": {"elementId": 7}, "comparison": "below", "number": 40}; a click may carry the same as "when")',
  done: '{"type": "done", "success": true, "answer": "…"}   (the task is complete; "answer" only if it asks a question)',
};
