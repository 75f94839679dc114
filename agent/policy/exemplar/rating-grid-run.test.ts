/**
 * A rating grid (the development page stay-survey: aspects in rows, "Great" … "Poor" heading wordless radios) rated
 * from one demonstration of another instance. The teaching bench found it (seed 2, a memory of 32 development pages
 * after three rounds): 'Can you give wi-fi a "Great" and value for money a "Good"? We would stay again.' followed
 * 'Can you give wi-fi a "Poor" and location a "Good"? We would stay again.' and rated value for money, answered Yes
 * and pressed Done — Wi-Fi left empty, reward −1. The Wi-Fi click had been folded into a search for the next row as a
 * press that loads more (rules/feed-search.ts). A person rates every row the task names, wherever the rows sit now,
 * or says which one they cannot find.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import type { Trajectory } from '../../core/trajectory.js';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { SurveyPageOperator } from '../../../test/kits/exemplar/survey-page.js';

const DEMONSTRATED = 'Can you give wi-fi a "Poor" and location a "Good"? We would stay again.';
/** The rows of the demonstration's instance and of the bench's seed 2, as the page showed them. */
const DEMONSTRATION_ROWS = ['Wi-Fi', 'Breakfast', 'Staff', 'Location'];
const SEED_2_ROWS = ['Staff', 'Value for money', 'Wi-Fi', 'Cleanliness'];

/** A person rates Wi-Fi "Poor" and Location "Good", answers Yes and presses Done (or rates as `wanted` says for `task`). */
async function demonstrate(task = DEMONSTRATED, rows = DEMONSTRATION_ROWS, wanted = ['Wi-Fi:Poor', 'Location:Good', 'again:Yes', 'Done']): Promise<Trajectory> {
  const operator = new SurveyPageOperator(rows);
  return recordDemonstration(operator, task, (observation, step) => {
    const key = wanted[step];
    if (key === undefined) return undefined;
    const element = observation.elements.find((candidate: UIElement) => keyOf(observation.elements, candidate) === key);
    return element ? { type: 'click', target: { elementId: element.id } } : undefined;
  });
}

/** The operator's key of an element: found by where it stands, as a person reads the grid. */
function keyOf(elements: readonly UIElement[], element: UIElement): string | undefined {
  if (element.role === 'button') return element.text;
  if (element.attributes?.['name'] === 'again') return `again:${element.text}`;
  const row = elements.find((candidate) => candidate.role === 'cell' && candidate.parentId === element.parentId);
  return row && element.role === 'radio' ? `${row.text}:${element.value}` : undefined;
}

async function rate(rows: readonly string[], task: string, demonstration?: Trajectory) {
  const operator = new SurveyPageOperator(rows);
  const policy = new ExemplarPolicy({ memory: new InMemoryExemplars([demonstration ?? (await demonstrate())]) });
  const result = await new Runner({ operator, policy }).run(task);
  return { operator, result };
}

describe('a rating grid: every row the task rates is rated, or the task is refused', () => {
  it('bench seed 2: rates Wi-Fi "Great" and value for money "Good", answers Yes, then Done — no row dropped', async () => {
    const { operator } = await rate(SEED_2_ROWS, 'Can you give wi-fi a "Great" and value for money a "Good"? We would stay again.');
    expect(operator.clicks).toEqual(['Wi-Fi:Great', 'Value for money:Good', 'again:Yes', 'Done']);
    expect(operator.sent).toEqual({ ratings: { Staff: undefined, 'Value for money': 'Good', 'Wi-Fi': 'Great', Cleanliness: undefined }, again: 'Yes' });
  });

  it.each([
    // Two rows the demonstration did not use, either one in the other's place.
    ['Can you give cleanliness a "Fair" and value for money a "Good"? We would stay again.', ['Cleanliness:Fair', 'Value for money:Good', 'again:Yes', 'Done']],
    ['Can you give staff a "Great" and cleanliness a "Poor"? We would stay again.', ['Staff:Great', 'Cleanliness:Poor', 'again:Yes', 'Done']],
  ])('%s: both rows rated, each at its own value', async (task, clicks) => {
    const { operator } = await rate(SEED_2_ROWS, task);
    expect(operator.clicks).toEqual(clicks);
  });

  it('rates a row both tasks name where it stands now: Location is the first row here, the fourth when demonstrated', async () => {
    const { operator } = await rate(['Location', 'Value for money', 'Wi-Fi', 'Cleanliness'], 'Can you give wi-fi a "Great" and location a "Good"? We would stay again.');
    // Left to the demonstrated radio's place (name "asp3"), "Good" went to Cleanliness.
    expect(operator.clicks).toEqual(['Wi-Fi:Great', 'Location:Good', 'again:Yes', 'Done']);
  });

  it('refuses a row the page does not show, and never sends the survey', async () => {
    const { operator, result } = await rate(SEED_2_ROWS, 'Can you give wi-fi a "Great" and location a "Good"? We would stay again.');
    expect(operator.clicks).not.toContain('Done');
    expect(operator.clicks.filter((click) => click.startsWith('Cleanliness'))).toEqual([]);
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toContain('no header here reads "Location"');
  });

  it('the rows named in the other order ("value for money … and wi-fi …"): refused, never a row left empty', async () => {
    const { operator, result } = await rate(SEED_2_ROWS, 'Can you give value for money a "Good" and wi-fi a "Great"? We would stay again.');
    expect(operator.clicks).toEqual([]);
    expect(result.outcome.status).not.toBe('success');
  });
});

describe('a rating the demonstration gave twice', () => {
  // As recorded on the bench's memory: 'Rate Breakfast as Fair and Location as Fair. We would stay again.'
  const twice = () => demonstrate('Rate Breakfast as Fair and Location as Fair. We would stay again.', ['Breakfast', 'Cleanliness', 'Wi-Fi', 'Location'], ['Breakfast:Fair', 'Location:Fair', 'again:Yes', 'Done']);

  it('refuses when the new task keeps one "Fair" and changes the other: which column each row meant is a guess', async () => {
    const { operator, result } = await rate(['Location', 'Value for money', 'Wi-Fi', 'Cleanliness'], 'Rate Wi-Fi as Good and Location as Fair. We would stay again.', await twice());
    // Before: Wi-Fi rated "Fair" — the demonstration's first "Fair" read as the one both texts say.
    expect(operator.clicks).toEqual([]);
    expect(result.outcome.reason).toContain('names "Fair" 2 times');
  });

  it.each([
    ['Rate Wi-Fi as Fair and Location as Fair. We would stay again.', ['Wi-Fi:Fair', 'Location:Fair', 'again:Yes', 'Done']],
    ['Rate Wi-Fi as Good and Location as Good. We would stay again.', ['Wi-Fi:Good', 'Location:Good', 'again:Yes', 'Done']],
  ])('%s: both rows at the one rating, Location first now', async (task, clicks) => {
    const { operator } = await rate(['Location', 'Value for money', 'Wi-Fi', 'Cleanliness'], task, await twice());
    expect(operator.clicks).toEqual(clicks);
  });
});
