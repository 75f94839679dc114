/**
 * Demonstrations recorded on the page the task runs on come first.
 *
 * Memory holds demonstrations from many pages and sites. A task worded like
 * one recorded elsewhere ("Open todo.md" on a file browser) can fit that
 * demonstration's template better than the current page's own ("Open the
 * Docs link" on a navbar), and following it grounds another page's steps
 * here — a refusal at best, a wrong press at worst (a cart's "−" found on a
 * pantry list). A person would first think of what they did on this very
 * page.
 *
 * The page a demonstration was recorded on is read from its first
 * observation — its URL's host and path (the port a local server happened to
 * listen on and the query do not count), else its window or page title — and
 * compared with the observation the task starts from. Among the plans that
 * fit, those recorded on this page are the only ones followed; the others
 * are followed only when none recorded here fits. A demonstration whose page
 * is not known (no URL or title) counts as recorded elsewhere; when the
 * current page is not known, nothing is left aside.
 *
 * Pure functions, no task knowledge.
 */
import type { StepObservation, Trajectory } from '../../core/trajectory.js';

/** What says where an observation was made (a stored step's observation, or the policy's abstracted one). */
type PageFacts = Pick<StepObservation, 'url' | 'title'>;

/** Where a page is: its URL's scheme, host (no port) and path; else its title. Undefined when neither is known. */
export function pageIdentity(observation: PageFacts | undefined): string | undefined {
  if (!observation) return undefined;
  if (observation.url) {
    try {
      const url = new URL(observation.url);
      // A local server listens on another port every session: the same page for a person.
      return `${url.protocol}//${url.hostname}${url.pathname}`;
    } catch {
      return observation.url;
    }
  }
  const title = observation.title?.trim();
  return title ? `title:${title}` : undefined;
}

/** The page a demonstration was recorded on: that of its first observation. */
export function demonstrationPage(trajectory: Pick<Trajectory, 'steps'>): string | undefined {
  return pageIdentity(trajectory.steps[0]?.observation);
}

/**
 * The plans to follow, given the page the task starts on: those recorded on
 * it when any fits (in their order), else all of them. `elsewhere` counts the
 * plans of other pages left aside, for the retrieval's explanation.
 */
export function preferSamePage<P extends { trajectory: Pick<Trajectory, 'steps'> }>(plans: readonly P[], observation: PageFacts): { plans: P[]; elsewhere: number } {
  const here = pageIdentity(observation);
  if (here === undefined) return { plans: [...plans], elsewhere: 0 };
  const same = plans.filter((plan) => demonstrationPage(plan.trajectory) === here);
  if (same.length === 0) return { plans: [...plans], elsewhere: 0 };
  return { plans: same, elsewhere: plans.length - same.length };
}
