/**
 * A whole episode as the memory keeps it: the task, then for every step the
 * abstracted observation before the action, the action, the element it
 * targeted and the result; then the outcome. Recorded demonstrations and the
 * agent's own runs share this format.
 */
import { z } from 'zod';
import { ActionSchema } from './action.js';
import { EnvironmentKindSchema, UIElementSchema } from './observation.js';

/** Bump when the stored shape changes; readers refuse versions newer than they know. */
export const TRAJECTORY_FORMAT_VERSION = 1;

/**
 * How the target of an action looked before the action: enough to find it
 * again on a new state. The element's own fields, as UIElementSchema defines
 * them, plus the text of its container.
 */
export const TargetDescriptorSchema = UIElementSchema.pick({
  role: true,
  tag: true,
  text: true,
  label: true,
  value: true,
  inputType: true,
  group: true,
  ordinal: true,
  box: true,
  attributes: true,
}).extend({
  /** Text of the parent / containing group, when it helps tell items apart. */
  context: z.string().optional(),
});
export type TargetDescriptor = z.infer<typeof TargetDescriptorSchema>;

export const StepObservationSchema = z.object({
  /** The compact text a prompt carries (see agent/observation). */
  text: z.string(),
  /** The elements behind that text, with their ids. */
  elements: z.array(UIElementSchema),
  url: z.string().optional(),
  title: z.string().optional(),
  /** sha256 of the screenshot PNG in the memory's screenshot store. */
  screenshotSha256: z.string().optional(),
});
export type StepObservation = z.infer<typeof StepObservationSchema>;

export const StepTimingsSchema = z.object({
  observeMs: z.number().nonnegative().optional(),
  decideMs: z.number().nonnegative().optional(),
  actMs: z.number().nonnegative().optional(),
});

export const StepSchema = z.object({
  index: z.number().int().nonnegative(),
  observation: StepObservationSchema,
  action: ActionSchema,
  /** Descriptors of the element(s) the action targeted, in the order of the action's targets. */
  targets: z.array(TargetDescriptorSchema).default([]),
  result: z
    .object({ ok: z.boolean(), code: z.string().optional(), error: z.string().optional(), via: z.string().optional() })
    .optional(),
  /** The model's reasoning, when a model decided. */
  thought: z.string().optional(),
  plan: z.string().optional(),
  critique: z.string().optional(),
  /** Anything else a policy wants kept (token counts, parse errors, grounding scores…). */
  details: z.record(z.unknown()).optional(),
  timings: StepTimingsSchema.default({}),
});
export type Step = z.infer<typeof StepSchema>;
export type StepInput = z.input<typeof StepSchema>;

export const OutcomeStatusSchema = z.enum([
  'success',
  'failed',
  'infeasible',
  'stopped',
  'budget-exceeded',
  'error',
]);
export type OutcomeStatus = z.infer<typeof OutcomeStatusSchema>;

export const OutcomeSchema = z.object({
  status: OutcomeStatusSchema,
  /** Why it ended this way, in a sentence. */
  reason: z.string(),
  /** The agent's answer, if the task asked for one. */
  answer: z.string().optional(),
  /** An external reward (e.g. MiniWoB raw reward), when one was measured. */
  reward: z.number().optional(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const TrajectorySourceSchema = z.enum(['demonstration', 'agent']);
export type TrajectorySource = z.infer<typeof TrajectorySourceSchema>;

export const TrajectorySchema = z.object({
  formatVersion: z.literal(TRAJECTORY_FORMAT_VERSION),
  /** Opaque id, unique in a memory. */
  id: z.string().min(1),
  task: z.string(),
  environment: EnvironmentKindSchema,
  /** URL origin + path, or window class: what app/site the task ran on. */
  appKey: z.string().default(''),
  source: TrajectorySourceSchema,
  outcome: OutcomeSchema,
  /** ms since the epoch. */
  createdAt: z.number(),
  steps: z.array(StepSchema),
  metadata: z.record(z.unknown()).default({}),
});
export type Trajectory = z.infer<typeof TrajectorySchema>;
export type TrajectoryInput = z.input<typeof TrajectorySchema>;

export class TrajectoryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrajectoryFormatError';
  }
}

/**
 * Parse a stored/imported trajectory. A format version newer than this build
 * knows is refused with a message that says so (rather than misread).
 */
export function parseTrajectory(value: unknown): Trajectory {
  if (value && typeof value === 'object' && 'formatVersion' in value) {
    const version = (value as { formatVersion: unknown }).formatVersion;
    if (typeof version === 'number' && version > TRAJECTORY_FORMAT_VERSION) {
      throw new TrajectoryFormatError(
        `trajectory format version ${version} is newer than this Understudy understands (${TRAJECTORY_FORMAT_VERSION}); upgrade Understudy to read it`,
      );
    }
  }
  const parsed = TrajectorySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TrajectoryFormatError(`invalid trajectory: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** A new random id for a trajectory: time-ordered prefix + randomness. */
export function newTrajectoryId(now = Date.now()): string {
  return `t${now.toString(36)}-${globalThis.crypto.randomUUID().slice(0, 8)}`;
}
