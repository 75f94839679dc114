/**
 * A learned task as an MCP tool: its input schema (one typed field per slot)
 * and a description written for a model reader.
 */
import { z, type ZodTypeAny } from 'zod';
import type { LearnedTask } from './learned-tasks.js';
import { describeSlotType, type TaskSlot } from './task-slots.js';

export function slotSchema(slot: TaskSlot): ZodTypeAny {
  const example = slot.example.join(', ');
  switch (slot.type) {
    case 'email':
      return z.string().email().describe(`an e-mail address (demonstrated: ${example})`);
    case 'date':
      return z
        .string()
        .regex(new RegExp(`^${slot.example[0]!.replace(/\d/g, '\\d').replace(/\//g, '\\/')}$`), `a date written like ${slot.example[0]}`)
        .describe(`a date written like ${slot.example[0]} (demonstrated: ${example})`);
    case 'number':
      return z.number().describe(`a number (demonstrated: ${example})`);
    case 'list':
      return z.array(z.string().min(1)).min(1).describe(`a list of items (demonstrated: ${JSON.stringify(slot.example)})`);
    default:
      return z.string().min(1).describe(`text (demonstrated: ${JSON.stringify(example)})`);
  }
}

export function learnedTaskInputShape(learned: LearnedTask): Record<string, ZodTypeAny> {
  return Object.fromEntries(learned.slots.map((slot) => [slot.name, slotSchema(slot)]));
}

export function learnedTaskDescription(learned: LearnedTask): string {
  const count = learned.demonstrationIds.length;
  const verification =
    learned.verification === 'replayed'
      ? `${count} verified demonstration${count === 1 ? '' : 's'} (replayed and reproduced)`
      : `${count} successful demonstration${count === 1 ? '' : 's'} (recorded as succeeding; not replay-verified)`;
  const parameters =
    learned.slots.length === 0
      ? 'It takes no parameters.'
      : `Parameters: ${learned.slots.map((slot) => `${slot.name} — ${describeSlotType(slot)}`).join('; ')}.`;
  return (
    `Learned task "${learned.name}": ${learned.template} ` +
    `${parameters} Runs Understudy's offline policy (no model) on the current page or screen, following ${verification}, ` +
    `and refuses rather than acting on a wrong element. Returns the outcome and the steps taken.`
  );
}
