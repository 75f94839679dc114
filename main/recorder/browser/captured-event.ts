/**
 * The events the recorder's page script reports, validated on arrival: the
 * page is not trusted to send well-formed data (a page script could call the
 * binding too), so anything that does not parse is dropped with a warning.
 */
import { z } from 'zod';
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
});
export type PageTarget = z.infer<typeof PageTargetSchema>;

const base = { time: z.number(), url: z.string().default('') };
const point = { x: z.number(), y: z.number() };

export const CapturedEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('click'), ...base, ...point, detail: z.number().default(1), target: PageTargetSchema.optional() }),
  z.object({ kind: z.literal('dblclick'), ...base, ...point }),
  z.object({ kind: z.literal('right-click'), ...base, ...point, target: PageTargetSchema.optional() }),
  z.object({ kind: z.literal('input'), ...base, fieldKey: z.string(), value: z.string().default(''), target: PageTargetSchema }),
  z.object({ kind: z.literal('field-end'), ...base, fieldKey: z.string() }),
  z.object({ kind: z.literal('select'), ...base, option: z.string(), target: PageTargetSchema }),
  z.object({ kind: z.literal('key'), ...base, keys: z.string(), inField: z.boolean().default(false), target: PageTargetSchema.optional() }),
  z.object({ kind: z.literal('wheel'), ...base, ...point, deltaX: z.number(), deltaY: z.number(), target: PageTargetSchema.optional() }),
  z.object({
    kind: z.literal('drag'),
    ...base,
    from: z.object({ ...point, target: PageTargetSchema.optional() }),
    to: z.object({ ...point, target: PageTargetSchema.optional() }),
  }),
  z.object({ kind: z.literal('stop'), ...base, reason: z.string().default('hotkey') }),
]);
export type CapturedEvent = z.infer<typeof CapturedEventSchema>;
