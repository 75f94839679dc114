/**
 * Everything the agent can do, as one zod discriminated union on `type`.
 *
 * Coordinates are logical pixels in the observation's frame (see
 * observation.ts). An element target refers to an element id of the
 * observation the action was decided on; operators refuse ids that no longer
 * exist instead of clicking somewhere else.
 */
import { z } from 'zod';

export const ElementTargetSchema = z
  .object({ elementId: z.number().int().nonnegative() })
  .strict();
export const PointTargetSchema = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();
/** An element of the current observation, or a point in logical pixels. */
export const TargetSchema = z.union([ElementTargetSchema, PointTargetSchema]);
export type ElementTarget = z.infer<typeof ElementTargetSchema>;
export type PointTarget = z.infer<typeof PointTargetSchema>;
export type Target = z.infer<typeof TargetSchema>;

/** How a number on the page compares with one the task names ("below $40"). */
export const ComparisonSchema = z.enum(['below', 'above', 'at-most', 'at-least', 'equal']);
export type Comparison = z.infer<typeof ComparisonSchema>;
/**
 * What a wait waits for (actions/wait-until.ts in the browser operator):
 * `enabled` — the element can be used (it shows and is not disabled);
 * `shows` — an element with this name (text, label or value; and role, when given) shows and is enabled;
 * `value` — the number the element shows compares so with `number`.
 */
const WAIT_CONDITION_FORMS = {
  enabled: z.object({ enabled: ElementTargetSchema }).strict(),
  shows: z.object({ shows: z.object({ name: z.string().min(1), role: z.string().optional() }).strict() }).strict(),
  value: z.object({ value: ElementTargetSchema, comparison: ComparisonSchema, number: z.number().finite() }).strict(),
};
export const WaitConditionSchema = z.union([WAIT_CONDITION_FORMS.enabled, WAIT_CONDITION_FORMS.shows, WAIT_CONDITION_FORMS.value]);
export type WaitCondition = z.infer<typeof WaitConditionSchema>;
/** Longest wait for a condition, ms: past it the action fails with the reason, and nothing is pressed. */
const WaitTimeoutSchema = z.number().int().min(0).max(60_000);
/** How the error of a wait that ran out begins (the policies refuse on it rather than try again). */
export const WAIT_TIMED_OUT = 'wait timed out';
/** A condition and how long to wait for it. */
export const WaitForSchema = z.object({ until: WaitConditionSchema, timeoutMs: WaitTimeoutSchema }).strict();
export type WaitFor = z.infer<typeof WaitForSchema>;
/**
 * Click; with `when`, only once the condition holds (checked in the page right
 * before the press, so a ticking number cannot move in between). A condition
 * that does not come in time fails the action: never a blind click.
 */
export const ClickActionSchema = z.object({ type: z.literal('click'), target: TargetSchema, when: WaitForSchema.optional() }).strict();
/**
 * Double-click; with `word`, the word of that text inside the target (a text field, a rich-text editor), which the
 * double-click selects: the operator finds the word where it now is and double-clicks it, never the target's centre.
 */
export const DoubleClickActionSchema = z.object({ type: z.literal('double-click'), target: TargetSchema, word: z.string().min(1).max(200).optional() }).strict();
export const RightClickActionSchema = z.object({ type: z.literal('right-click'), target: TargetSchema }).strict();
/**
 * Type text. With a target, the operator first clicks it to focus it; with
 * `replace`, it selects the field's current content first so the text replaces it.
 */
export const TypeActionSchema = z
  .object({
    type: z.literal('type'),
    text: z.string().max(10_000),
    target: TargetSchema.optional(),
    replace: z.boolean().optional(),
  })
  .strict();
/**
 * Press a key chord: key names joined by '+', modifiers first, in Playwright's
 * vocabulary: "Enter", "Tab", "Control+A", "Shift+ArrowDown", "Alt+F4".
 */
export const PressActionSchema = z
  .object({
    type: z.literal('press'),
    keys: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[^+\s]+(\+[^+\s]+)*$|^\+$/, 'keys must be key names joined by "+", e.g. "Control+A"'),
  })
  .strict();
/** Largest scroll delta, logical pixels: far more than any page, small enough that a wheel scroll of it ends (1e300 never did). */
export const MAX_SCROLL_DELTA = 100_000;
const ScrollDeltaSchema = z.number().finite().min(-MAX_SCROLL_DELTA).max(MAX_SCROLL_DELTA);
/** Scroll by a wheel delta in logical pixels (positive deltaY scrolls down), over a target or the page. */
export const ScrollActionSchema = z
  .object({
    type: z.literal('scroll'),
    target: TargetSchema.optional(),
    deltaX: ScrollDeltaSchema.default(0),
    deltaY: ScrollDeltaSchema,
  })
  .strict();
/**
 * A point a drag passes through between its ends: an offset (CSS px) from the point it presses at (`from`)
 * or the one it releases at (`to`), whichever it lay nearer in the demonstration.
 */
export const DragWaypointSchema = z.object({ dx: z.number().finite(), dy: z.number().finite(), of: z.enum(['from', 'to']) }).strict();
export type DragWaypoint = z.infer<typeof DragWaypointSchema>;
/** Most waypoints a drag's path holds. */
export const MAX_DRAG_WAYPOINTS = 8;
/** Press at `from`, move to `to` (through `path`'s waypoints when the demonstration's way mattered), release. */
export const DragActionSchema = z
  .object({ type: z.literal('drag'), from: TargetSchema, to: TargetSchema, path: z.array(DragWaypointSchema).max(MAX_DRAG_WAYPOINTS).optional() })
  .strict();
/** Modifier keys held during a pointer action. */
export const ModifierSchema = z.enum(['Control', 'Shift', 'Alt', 'Meta']);
export type Modifier = z.infer<typeof ModifierSchema>;
/**
 * Choose an option (by its visible text) of a select / listbox element. In a
 * list box, `modifiers` are held while the option is clicked (Control adds it
 * to the selection, Shift extends the selection to it). `group` names the group
 * the option sits under (an <optgroup> label, a list box's header), when options
 * of that name sit under several.
 */
export const SelectActionSchema = z
  .object({ type: z.literal('select'), target: ElementTargetSchema, option: z.string(), group: z.string().optional(), modifiers: z.array(ModifierSchema).optional() })
  .strict();
/**
 * Copy a target's content to the clipboard: all the text of a field (focus it, select all, copy), or
 * the text block of another element (select it with a triple click, copy).
 */
export const CopyActionSchema = z.object({ type: z.literal('copy'), target: TargetSchema }).strict();
/** Paste the clipboard into the target (or the focused element); with `replace`, over its whole content. */
export const PasteActionSchema = z
  .object({ type: z.literal('paste'), target: TargetSchema.optional(), replace: z.boolean().optional() })
  .strict();
/** Rest the pointer on a target without clicking (menus that open on hover). */
export const HoverActionSchema = z.object({ type: z.literal('hover'), target: TargetSchema }).strict();
/** Wait, in milliseconds (at most one minute). */
export const WaitActionSchema = z
  .object({ type: z.literal('wait'), ms: z.number().int().min(0).max(60_000) })
  .strict();
/** Wait until a condition holds on the page (at most `timeoutMs`; past it the action fails with the reason). */
export const WaitUntilActionSchema = z.object({ type: z.literal('wait-until') }).merge(WaitForSchema).strict();
/** The agent believes the task is finished (or that it cannot be). */
export const DoneActionSchema = z
  .object({ type: z.literal('done'), success: z.boolean(), answer: z.string().optional() })
  .strict();

export const ActionSchema = z.discriminatedUnion('type', [
  ClickActionSchema,
  DoubleClickActionSchema,
  RightClickActionSchema,
  TypeActionSchema,
  PressActionSchema,
  ScrollActionSchema,
  DragActionSchema,
  SelectActionSchema,
  WaitActionSchema,
  WaitUntilActionSchema,
  DoneActionSchema,
  HoverActionSchema,
  CopyActionSchema,
  PasteActionSchema,
]);
export type Action = z.infer<typeof ActionSchema>;
export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

export const ACTION_TYPES: readonly ActionType[] = ActionSchema.options.map(
  (option) => option.shape.type.value,
);

/** An action that failed validation, naming the offending field. */
export class ActionValidationError extends Error {
  constructor(
    /** Dotted path of the offending field ("target.elementId"), or "" for the whole value. */
    readonly field: string,
    readonly detail: string,
  ) {
    super(field ? `invalid action: ${field}: ${detail}` : `invalid action: ${detail}`);
    this.name = 'ActionValidationError';
  }
}

export type ActionParseResult =
  | { ok: true; action: Action }
  | { ok: false; error: ActionValidationError };

/** Validate an unknown value as an Action. Never throws. */
export function validateAction(value: unknown): ActionParseResult {
  const parsed = ActionSchema.safeParse(value);
  if (parsed.success) return { ok: true, action: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, error: new ActionValidationError('', 'unknown validation failure') };
  let detail = issue.message;
  if (issue.code === 'invalid_union_discriminator') {
    detail = `unknown action type; expected one of ${ACTION_TYPES.join(', ')}`;
  } else if (issue.code === 'unrecognized_keys') {
    detail = `unexpected field(s) ${issue.keys.join(', ')}`;
  } else if (issue.code === 'invalid_union' && issue.path.at(-1) === 'until') {
    return { ok: false, error: conditionError(issue.path, issue.path.reduce<unknown>((at, key) => (at as Record<string | number, unknown> | undefined)?.[key], value)) };
  } else if (issue.code === 'invalid_union') {
    detail = 'expected {"elementId": n} or {"x": n, "y": n}';
  }
  return { ok: false, error: new ActionValidationError(issue.path.join('.'), detail) };
}

/**
 * What is wrong with a wait condition: the first problem of the form its key
 * names (`value` without a comparison…), else the forms a condition takes.
 */
function conditionError(path: (string | number)[], condition: unknown): ActionValidationError {
  const form = Object.entries(WAIT_CONDITION_FORMS).find(([key]) => typeof condition === 'object' && condition !== null && key in condition);
  const issue = form?.[1].safeParse(condition).error?.issues[0];
  if (issue) {
    const detail = issue.code === 'unrecognized_keys' ? `unexpected field(s) ${issue.keys.join(', ')}` : issue.code === 'invalid_enum_value' ? `expected one of ${issue.options.join(', ')}` : issue.message;
    return new ActionValidationError([...path, ...issue.path].join('.'), detail);
  }
  return new ActionValidationError(path.join('.'), 'expected {"enabled": {"elementId": n}}, {"shows": {"name": "…"}} or {"value": {"elementId": n}, "comparison": "below", "number": n}');
}

/** Like validateAction but throws the ActionValidationError. */
export function assertAction(value: unknown): Action {
  const result = validateAction(value);
  if (!result.ok) throw result.error;
  return result.action;
}

/** The element ids an action refers to, in order. */
export function actionElementIds(action: Action): number[] {
  return actionTargets(action).flatMap((target) => ('elementId' in target ? [target.elementId] : []));
}

/** Every target an action aims at, element or point (both ends of a drag), in order. */
export function actionTargets(action: Action): Target[] {
  switch (action.type) {
    case 'click':
    case 'double-click':
    case 'right-click':
    case 'select':
    case 'hover':
    case 'copy':
    case 'paste':
    case 'type':
    case 'scroll':
      return action.target ? [action.target] : [];
    case 'drag':
      return [action.from, action.to];
    case 'wait-until':
      return conditionTargets(action.until);
    default:
      return [];
  }
}

/** The elements a wait condition watches. */
export function conditionTargets(condition: WaitCondition): Target[] {
  if ('enabled' in condition) return [condition.enabled];
  if ('value' in condition) return [condition.value];
  return [];
}

/** A wait condition in words, e.g. `[4] enabled`, `[7] below 40`, `"Submit" shows`. */
export function describeCondition(condition: WaitCondition): string {
  if ('enabled' in condition) return `[${condition.enabled.elementId}] enabled`;
  if ('value' in condition) return `[${condition.value.elementId}] ${condition.comparison} ${condition.number}`;
  return `${condition.shows.role ?? 'element'} ${JSON.stringify(condition.shows.name)} shows`;
}

/** What an action put into its field: the typed text or the chosen option; undefined for any other action. */
export function enteredValue(action: Action): string | undefined {
  return action.type === 'type' ? action.text : action.type === 'select' ? action.option : undefined;
}

/** Actions after which the page or screen may look different, so the runner re-observes. */
export function mayChangeState(action: Action): boolean {
  return action.type !== 'wait' && action.type !== 'wait-until' && action.type !== 'done';
}

/** A short human-readable rendering, e.g. `click [12]`, `type "abc" into [3]`. */
export function describeAction(action: Action): string {
  const where = (target: Target | undefined) =>
    target === undefined ? '' : 'elementId' in target ? `[${target.elementId}]` : `(${target.x}, ${target.y})`;
  switch (action.type) {
    case 'click':
      return `click ${where(action.target)}${action.when ? ` when ${describeCondition(action.when.until)}` : ''}`;
    case 'double-click':
      return `double-click ${action.word ? `the word ${JSON.stringify(action.word)} in ` : ''}${where(action.target)}`;
    case 'right-click':
      return `right-click ${where(action.target)}`;
    case 'type':
      return `type ${JSON.stringify(action.text)}${action.target ? ` into ${where(action.target)}` : ''}`;
    case 'press':
      return `press ${action.keys}`;
    case 'scroll':
      return `scroll ${action.deltaY >= 0 ? 'down' : 'up'} ${Math.abs(action.deltaY)}px${action.target ? ` over ${where(action.target)}` : ''}`;
    case 'drag':
      return `drag ${where(action.from)} to ${where(action.to)}`;
    case 'select':
      return `select ${JSON.stringify(action.option)}${action.group ? ` under ${JSON.stringify(action.group)}` : ''} in ${where(action.target)}${action.modifiers?.length ? ` holding ${action.modifiers.join('+')}` : ''}`;
    case 'hover':
      return `hover ${where(action.target)}`;
    case 'copy':
      return `copy ${where(action.target)}`;
    case 'paste':
      return `paste${action.target ? ` into ${where(action.target)}` : ''}${action.replace ? ' (replacing)' : ''}`;
    case 'wait':
      return `wait ${action.ms}ms`;
    case 'wait-until':
      return `wait until ${describeCondition(action.until)} (at most ${action.timeoutMs}ms)`;
    case 'done':
      return `done (${action.success ? 'success' : 'failure'})${action.answer ? `: ${action.answer}` : ''}`;
  }
}
