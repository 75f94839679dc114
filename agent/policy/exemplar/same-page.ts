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
 * compared with the observation the task starts from. When a demonstration
 * recorded on this page is of the task's kind, only this page's
 * demonstrations are followed; another page's are followed only when none
 * of this page is. A refusal is explained by this page's closest
 * demonstration whenever there is one, of the task's kind or not.
 * A demonstration whose page is not known (no URL or title) counts as
 * recorded elsewhere; when the current page is not known, nothing is left
 * aside.
 *
 * Pure functions, no task knowledge.
 */
import type { StepObservation, Trajectory } from '../../core/trajectory.js';

/** What says where an observation was made (a stored step's observation, or the policy's abstracted one). */
export type PageFacts = Pick<StepObservation, 'url' | 'title'>;

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

/** What the policy follows and explains with, given the page the task starts on (see `pagePreference`). */
export interface PagePreference {
  /** May this plan be followed: it was recorded on this page, or no demonstration of this page is of the task's kind. */
  keep(plan: { trajectory: Pick<Trajectory, 'steps'> }): boolean;
  /** Sort order for explaining a refusal: this page's demonstrations first (whenever the page is known). */
  compare(a: { trajectory: Pick<Trajectory, 'steps'> }, b: { trajectory: Pick<Trajectory, 'steps'> }): number;
  /** Demonstrations of other pages left aside. */
  elsewhere: number;
}

/**
 * Which retrieved plans the policy may follow, given the page the task
 * starts on. When a demonstration recorded on this page is of the task's
 * kind (the two task texts align at `minFit` or better, whether or not it
 * can do all the task asks), only this page's demonstrations are followed: another page's,
 * however well worded, would ground its steps on a page it was never shown.
 * When none is, every plan may be followed, as before.
 */
export function pagePreference(plans: readonly { trajectory: Pick<Trajectory, 'steps'>; alignment: { score: number } }[], observation: PageFacts, minFit: number): PagePreference {
  const here = pageIdentity(observation);
  const onThisPage = (plan: { trajectory: Pick<Trajectory, 'steps'> }) => here !== undefined && demonstrationPage(plan.trajectory) === here;
  const ofThisKind = plans.some((plan) => onThisPage(plan) && plan.alignment.score >= minFit);
  // A refusal is explained by what was done on this very page, whether or not it is of the task's kind.
  const compare = (a: { trajectory: Pick<Trajectory, 'steps'> }, b: { trajectory: Pick<Trajectory, 'steps'> }) => Number(onThisPage(b)) - Number(onThisPage(a));
  if (!ofThisKind) return { keep: () => true, compare, elsewhere: 0 };
  return {
    keep: onThisPage,
    compare,
    elsewhere: plans.filter((plan) => !onThisPage(plan)).length,
  };
}
