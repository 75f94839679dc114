/**
 * Rule: a tick box the task asks ticked or unticked in its label's own verb
 * and particle, which the demonstration never set.
 *
 *   demonstration: "Change my password from Otter-tango34 to Quartzkite42."  (never touched "Sign out of other devices")
 *   task:          "Change my password from Maplekite28 to Otter_pepper77 but keep me signed in on my other devices."
 *                  "… Sign out all other devices."
 *
 * The label "Sign out of other devices" opens with a verb and its particle
 * ("sign out"). A task that speaks of the box (rules/unset-control.ts: most
 * of its label's words, more than the demonstration's task) with that verb
 * and the same particle ("sign out all other devices", "sign me out") asks
 * it ticked; with the opposite particle ("keep me signed in", "stay signed
 * in") unticked; a negation just before the verb ("don't sign me out")
 * turns the reading over. The demonstration is given the click a person
 * would make, at its place in the page's order, on the box shown in the
 * other state: the plan skips it where the page at hand already shows the
 * box as asked (ground-step.ts intendedChecked).
 *
 * No reading — a label without a verb and particle, a task without them or
 * with both states, no single such box on the page at hand — adds nothing,
 * and unset-control.ts refuses as before. Planning half only; pure, no task
 * knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { addedStep, placeInPageOrder } from '../added-steps.js';
import { checkableName } from '../checked-glyphs.js';
import { normalizeText } from '../text-match.js';
import { sameStem } from '../word-forms.js';
import { isNegation } from './negation-words.js';
import { unsetControlsNamed } from './unset-control.js';

/** Particles of a phrasal verb and their opposites ("sign out" / "signed in", "turn on" / "turn off"). */
const OPPOSITE_PARTICLES: ReadonlyMap<string, string> = new Map([['in', 'out'], ['out', 'in'], ['on', 'off'], ['off', 'on'], ['up', 'down'], ['down', 'up']]);
/** How many words may stand between a verb and its particle ("sign me out", "sign out all"). */
const PARTICLE_REACH = 2;
/** How many words before a verb a negation of it may stand ("don't sign me out", "do not sign out"). */
const NEGATION_REACH = 2;

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
/** A task's clauses: a negation reaches no further than its own ("keep it, but don't sign me out"). */
const clausesOf = (text: string) => text.split(/[.;:!?,()"“”]|\bbut\b/iu);

/**
 * The label's opening verb and its particle, the label's first two words ("Sign out of other devices" → sign, out;
 * "Turn on alerts" → turn, on); undefined when it opens otherwise ("Show prices in euros", "Keep me signed in").
 */
export function labelVerbParticle(label: string): { verb: string; particle: string } | undefined {
  const [verb, particle] = wordsOf(label);
  return verb !== undefined && particle !== undefined && verb.length >= 3 && OPPOSITE_PARTICLES.has(particle) ? { verb, particle } : undefined;
}

/**
 * The state the task asks of a box labelled with `verb particle`: true ticked, false unticked, undefined no single
 * reading. A negation just before the verb turns it over; one further back in the clause ("don't keep me signed
 * in") leaves no reading.
 */
export function askedBoxState(task: string, verb: string, particle: string): boolean | undefined {
  const readings = new Set<boolean>();
  for (const clause of clausesOf(task)) {
    const words = wordsOf(clause);
    for (let index = 0; index < words.length; index++) {
      if (!sameStem(words[index]!, verb)) continue;
      const after = words.slice(index + 1, index + 1 + PARTICLE_REACH + 1);
      const found = after.find((word) => OPPOSITE_PARTICLES.has(word));
      if (found !== particle && found !== OPPOSITE_PARTICLES.get(particle)) continue;
      const near = Math.max(0, index - NEGATION_REACH);
      if (words.slice(0, near).some(isNegation)) return undefined;
      const negated = words.slice(near, index).some(isNegation);
      readings.add((found === particle) !== negated);
    }
  }
  return readings.size === 1 ? [...readings][0] : undefined;
}

/** The step clicking the box, on `before`'s observation with the box shown in the state other than `wanted`. */
function clickFor(box: UIElement, wanted: boolean, before: Step): Step {
  const elements = before.observation.elements;
  const live = elements.find((element) => element.id === box.id && normalizeText(checkableName(element)) === normalizeText(checkableName(box))) ?? box;
  const shown = { ...live, states: { ...live.states, checked: !wanted } };
  const replaced = elements.includes(live) ? elements.map((element) => (element === live ? shown : element)) : [...elements, shown];
  return addedStep(before, replaced, shown, { type: 'click', target: { elementId: live.id } }, { askedBoxState: `the task asks ${JSON.stringify((box.label || box.text).trim())} ${wanted ? 'ticked' : 'unticked'}` });
}

/** The demonstration with a click setting each box the task asks by its label's verb and particle; undefined when none. */
export function withAskedBoxStates(trajectory: Trajectory, task: string, page: readonly UIElement[] | undefined): { trajectory: Trajectory; note: string } | undefined {
  if (!page) return undefined;
  const steps = [...trajectory.steps];
  const last = steps.filter((step) => step.result?.ok !== false && step.action.type !== 'done').at(-1);
  if (!last) return undefined;
  const notes: string[] = [];
  for (const box of unsetControlsNamed(trajectory.task, task, trajectory.steps)) {
    const name = normalizeText(checkableName(box));
    const phrase = labelVerbParticle(checkableName(box));
    const wanted = phrase && askedBoxState(task, phrase.verb, phrase.particle);
    if (wanted === undefined || phrase === undefined) continue;
    // The page at hand holds one such box, or the plan could tick another.
    if (page.filter((element) => element.role === box.role && element.states.hidden !== true && normalizeText(checkableName(element)) === name).length !== 1) continue;
    const at = placeInPageOrder(steps, box);
    steps.splice(at, 0, clickFor(box, wanted, steps[at] ?? last));
    const label = JSON.stringify((box.label || box.text).trim());
    notes.push(`the task asks ${label} ${wanted ? 'ticked' : 'unticked'} (its "${phrase.verb} ${phrase.particle}" read in the task), which the demonstration never set: a click setting it is added (skipped where this page shows it so)`);
  }
  return notes.length === 0 ? undefined : { trajectory: { ...trajectory, steps }, note: notes.join('; ') };
}
