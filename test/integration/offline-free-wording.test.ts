/**
 * Task texts worded differently from the demonstration (issue 11 §3), end to
 * end in real Chromium: meeting-time's "Set the meeting to 10:45 and add 3
 * guests, then click Save." demonstrated through the browser recorder on
 * seeds 1000–1002 (the hour and the minute typed into fields of their own),
 * then the offline policy on unseen seeds worded freely: "Enter 08:45 as the
 * meeting time …", "Change the meeting time to …", "… add a guest" / "one
 * guest". Each fills the hour, minute and guest count; none acts wrongly.
 * On a form of the same shape, a task of another kind ("Delete the meeting
 * …") is still refused, and nothing is saved.
 */
import { describe, expect, it } from 'vitest';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { InMemoryExemplars } from '../../agent/policy/exemplar/in-memory-exemplars.js';
import { Runner } from '../../agent/runner/runner.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { useBrowser } from '../kits/browser-page.js';
import { episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('free-wording');
const kit = useBrowser();

/** A form of the meeting page's shape, of the test's own: it records what Save saved. */
const FORM = `<!DOCTYPE html><html><body style="font: 13px sans-serif">
<div><label for="hour">Hour</label> <input id="hour" type="text"></div>
<div><label for="minute">Minute</label> <input id="minute" type="text"></div>
<div><label for="guests">Guests</label> <input id="guests" type="text"></div>
<button type="button" id="save">Save</button>
<script>
window.saved = null;
document.getElementById('save').addEventListener('click', function () {
  window.saved = ['hour', 'minute', 'guests'].map(function (id) { return document.getElementById(id).value; });
});
</script></body></html>`;

describe('task texts worded differently from the demonstration (real Chromium, recorded demonstrations)', () => {
  let demonstrations: Trajectory[] = [];

  it('follows free wordings of the same kind of task on unseen seeds, with no wrong action', async () => {
    const result = await offline.run({
      tasks: ['meeting-time'],
      demoSeeds: [1000, 1001, 1002],
      // 0: "Change the meeting time to …"; 2: "… add a guest"; 3: "Enter … as the meeting time and add one guest";
      // 6: "Enter … as the meeting time and add 2 guests".
      seeds: [0, 2, 3, 6],
    });
    expect(result.demonstrations.map((demo) => [demo.success, demo.verified])).toEqual([[true, true], [true, true], [true, true]]);
    for (const demo of result.demonstrations) expect(demo.utterance).toMatch(/^Set the meeting to \d{2}:\d{2} and add \d guests, then click Save\.$/);
    const bySeed = episodesBySeed(result);
    expect(bySeed.get(0)!.utterance).toMatch(/^Change the meeting time to /);
    expect(bySeed.get(2)!.utterance).toMatch(/ add a guest, /);
    expect(bySeed.get(3)!.utterance).toMatch(/^Enter \d{2}:\d{2} as the meeting time and add one guest, /);
    expect(bySeed.get(6)!.utterance).toMatch(/^Enter \d{2}:\d{2} as the meeting time and add \d guests, /);
    expectFullReward(result);
    const store = ExemplarStore.open(result.memoryPath);
    demonstrations = store.ids().map((id) => store.get(id)!).filter((trajectory) => /^Set the meeting/.test(trajectory.task));
    store.close();
    expect(demonstrations).toHaveLength(3);
  }, 300_000);

  it('still refuses a task of another kind on a form of the same shape, and saves nothing', async () => {
    expect(demonstrations).toHaveLength(3);
    const run = async (task: string) => {
      const { page, operator } = await kit.open({ html: FORM });
      const { outcome } = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars(demonstrations) }) }).run(task);
      return { outcome, saved: (await page.evaluate('window.saved')) as string[] | null };
    };
    // The same kind, worded freely: followed here too (so the refusal below is about the kind of task).
    const same = await run('Enter 14:30 as the meeting time and add a guest, then click Save.');
    expect(same.outcome.status, same.outcome.reason).toBe('success');
    expect(same.saved).toEqual(['14', '30', '1']);
    const other = await run('Delete the meeting at 14:30, then click Save.');
    expect(other.outcome.status).toBe('failed');
    expect(other.outcome.reason).toMatch(/another kind of task|cannot do all this task asks/);
    expect(other.saved).toBeNull();
  }, 120_000);
});
