/**
 * The events the recorder's page script reports, validated on arrival: the
 * page is not trusted to send well-formed data (a page script could call the
 * binding too), so anything that does not parse is dropped with a warning.
 */
import { z } from 'zod';
import { DragWaypointSchema, MAX_DRAG_WAYPOINTS } from '../../../agent/core/action.js';
import { BoundingBoxSchema } from '../../../agent/core/observation.js';

/** An element as the page script described it, before the action took effect. Box in viewport CSS px. */
export const PageTargetSchema = z.object({
  tag: z.string(),
  role: z.string(),
  text: z.string(),
  label: z.string().optional(),
  value: z.string().optional(),
  inputType: z.string().optional(),
  checked: z.boolean().optional(),
  editable: z.boolean().default(false),
  /** Looks like a password / card field: its typed text is a secret. */
  secret: z.boolean().default(false),
  ordinal: z.number().int().nonnegative().optional(),
  context: z.string().optional(),
  box: BoundingBoxSchema,
  attributes: z.record(z.string()).default({}),
  /** One item of a row of like items the observation folds into one element, whose centre is another item (page-script/centre-item.ts). */
  centreOnAnotherItem: z.boolean().optional(),
});
export type PageTarget = z.infer<typeof PageTargetSchema>;

/**
 * The page as the operator's extraction pass saw it at the instant of the input (see
 * recorder-page-script.ts), and the id the target had in it. Elements are checked lightly here
 * (their shape is the extraction's own); a malformed one fails the whole event.
 */
export const EventSnapshotSchema = z.object({
  extracted: z.object({
    elements: z.array(
      z
        .object({ id: z.number().int().nonnegative(), role: z.string(), tag: z.string(), text: z.string(), box: BoundingBoxSchema, states: z.record(z.unknown()), interactive: z.boolean() })
        .passthrough(),
    ),
    url: z.string(),
    title: z.string(),
    scrollX: z.number(),
    scrollY: z.number(),
    focusedId: z.number().optional(),
    notes: z.array(z.string()).default([]),
    viewport: z.object({ width: z.number(), height: z.number(), deviceScaleFactor: z.number() }),
  }),
  targetId: z.number().int().positive().optional(),
});
export type EventSnapshot = z.infer<typeof EventSnapshotSchema>;

const base = { time: z.number(), url: z.string().default(''), snapshot: EventSnapshotSchema.optional(), targetId: z.number().int().positive().optional() };
const point = { x: z.number(), y: z.number() };
const modifiers = z.array(z.enum(['Control', 'Shift', 'Alt', 'Meta'])).optional();

export const CapturedEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('click'), ...base, ...point, detail: z.number().default(1), target: PageTargetSchema.optional() }),
  z.object({
    kind: z.literal('dblclick'),
    ...base,
    ...point,
    /** The one word the double-click selected inside a text element, and how many of its words come before it. */
    selected: z.object({ text: z.string().min(1).max(200), wordIndex: z.number().int().nonnegative() }).optional(),
  }),
  z.object({ kind: z.literal('right-click'), ...base, ...point, target: PageTargetSchema.optional() }),
  z.object({ kind: z.literal('input'), ...base, fieldKey: z.string(), value: z.string().default(''), target: PageTargetSchema, segmented: z.boolean().optional(), pasted: z.boolean().optional(), /** `value` is the keys typed: the page takes them back out of the field. */ keyed: z.boolean().optional() }),
  z.object({ kind: z.literal('field-end'), ...base, fieldKey: z.string() }),
  z.object({
    kind: z.literal('select'),
    ...base,
    fieldKey: z.string().optional(),
    option: z.string(),
    /** The <optgroup> label the chosen option sits under, when it sits under one. */
    group: z.string().max(200).optional(),
    /** Every option selected after the change (a list box may hold several). */
    selected: z.array(z.string()).optional(),
    /** Keys held while the option was picked in a list box (Control, Shift). */
    modifiers,
    target: PageTargetSchema,
  }),
  /** A drop-down was opened, showing `option`; a choice follows (or the same value is kept). */
  z.object({ kind: z.literal('select-open'), ...base, fieldKey: z.string(), option: z.string(), target: PageTargetSchema }),
  z.object({ kind: z.literal('key'), ...base, keys: z.string(), inField: z.boolean().default(false), target: PageTargetSchema.optional() }),
  z.object({ kind: z.literal('wheel'), ...base, ...point, deltaX: z.number(), deltaY: z.number(), target: PageTargetSchema.optional() }),
  z.object({
    kind: z.literal('drag'),
    ...base,
    from: z.object({ ...point, target: PageTargetSchema.optional(), targetId: z.number().int().positive().optional() }),
    to: z.object({ ...point, target: PageTargetSchema.optional(), targetId: z.number().int().positive().optional() }),
    /** Where the pointer paused or turned on the way (page-script/drag-path.ts). */
    path: z.array(DragWaypointSchema).max(MAX_DRAG_WAYPOINTS).optional(),
  }),
  /** All the text of a field was copied to the clipboard. */
  z.object({ kind: z.literal('copy'), ...base, fieldKey: z.string(), target: PageTargetSchema }),
  /** What was copied from a field was pasted into this one (`value`: the field's text afterwards). */
  z.object({ kind: z.literal('paste'), ...base, fieldKey: z.string(), value: z.string().default(''), target: PageTargetSchema }),
  /** The pointer rested on an element, and a later press hit something that hover revealed. */
  z.object({ kind: z.literal('hover'), ...base, ...point, target: PageTargetSchema }),
  z.object({ kind: z.literal('stop'), ...base, reason: z.string().default('hotkey') }),
]);
export type CapturedEvent = z.infer<typeof CapturedEventSchema>;
