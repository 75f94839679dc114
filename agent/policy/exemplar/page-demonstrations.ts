/**
 * Every demonstration recorded on the page the task runs on is considered,
 * not only the k closest by text.
 *
 * A person who taught a page six or ten times, each time worded another way,
 * expects all of those lessons to count. Retrieval ranks the whole memory by
 * task text and state and keeps k; with many demonstrations of one page (and
 * the agent's own stored runs of it beside them), the one worded like the new
 * task can rank below k and never be read — the policy then refuses with
 * "the closest demonstration … is of another kind of task" although the
 * person showed this very kind.
 *
 * So once the k closest are retrieved, those recorded on this page (same-page.ts)
 * name the memory's grouping of it (their app key), and the page's
 * demonstrations are asked for by that key — at most `cap` of them, closest
 * first — and join the retrieved ones. Nothing else changes: each is planned
 * and judged for kind like any retrieved demonstration (template fit, blocking
 * problems, kind-by-places), and only this page's are followed when one is of
 * the task's kind (same-page.ts), so a demonstration of another kind on this
 * page is refused as before. Another page's demonstrations are never added:
 * the widening only reaches what was recorded where the task runs.
 *
 * When none of the k closest was recorded on this page (or the page is not
 * known), nothing is added: there is no key to ask by, and a page with no
 * demonstration close enough to rank among k has nothing to widen.
 */
import type { ExemplarMemory, RetrievalFilters, RetrievalQuery, RetrievedExemplar } from '../../core/exemplar-memory.js';
import { demonstrationPage, pageIdentity, type PageFacts } from './same-page.js';

/** Most demonstrations of the current page considered besides the k retrieved: a person teaches a page a handful of times, not hundreds. */
export const PAGE_DEMONSTRATIONS_CAP = 20;

export interface PageWidening {
  /** The retrieved exemplars, then this page's other demonstrations (closest first); each once. */
  exemplars: RetrievedExemplar[];
  /** Ids of the ones added beside the k retrieved. */
  added: ReadonlySet<string>;
  /** What the widening did, for the retrieval event's line of each one added (undefined when nothing was added). */
  note?: string;
}

/**
 * The k retrieved exemplars (`found`) and every other demonstration recorded
 * on this page (up to `cap`), asked of the memory by the app key of the
 * retrieved ones recorded here.
 */
export async function withPageDemonstrations(
  memory: ExemplarMemory,
  query: RetrievalQuery,
  found: readonly RetrievedExemplar[],
  filters: RetrievalFilters,
  page: PageFacts,
  cap = PAGE_DEMONSTRATIONS_CAP,
): Promise<PageWidening> {
  const here = pageIdentity(page);
  const unchanged: PageWidening = { exemplars: [...found], added: new Set() };
  if (here === undefined) return unchanged;
  const keys = [...new Set(found.filter((exemplar) => demonstrationPage(exemplar.trajectory) === here).map((exemplar) => exemplar.trajectory.appKey))];
  // A trajectory with no app key has no group to ask for; a caller's own app-key filter already bounds the search.
  const askable = keys.filter((key) => key !== '' && (filters.appKey === undefined || filters.appKey === key));
  if (askable.length === 0) return unchanged;
  const seen = new Set(found.map((exemplar) => exemplar.trajectory.id));
  const added: RetrievedExemplar[] = [];
  let full = false;
  for (const appKey of askable) {
    // The person's demonstrations (unless the caller asked for another source): the agent's own runs of the page
    // compete among the k closest as before, but do not take the places of what the person showed.
    const ofPage = await memory.retrieve(query, cap, { ...filters, appKey, source: filters.source ?? 'demonstration' });
    if (ofPage.length >= cap) full = true;
    for (const exemplar of ofPage) {
      if (added.length >= cap) break;
      if (seen.has(exemplar.trajectory.id) || demonstrationPage(exemplar.trajectory) !== here) continue;
      seen.add(exemplar.trajectory.id);
      added.push(exemplar);
    }
  }
  if (added.length === 0) return unchanged;
  const more = full ? ` (it may have more than ${cap}: the ${cap} closest are considered)` : '';
  return {
    exemplars: [...found, ...added],
    added: new Set(added.map((exemplar) => exemplar.trajectory.id)),
    note: `not among the ${found.length} closest retrieved: considered as one of ${added.length} more demonstration(s) recorded on this page${more}`,
  };
}
