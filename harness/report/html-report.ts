/**
 * The HTML report of a harness run: the mean, per-task bars (success = raw
 * reward 1, and reward > 0), published numbers side by side when given, the
 * demonstrations and their replays, and every failed episode with its
 * screenshots, actions and the agent's reasons. One self-contained file plus
 * a screenshots/ folder next to it. Rendering is pure.
 */
import type { EpisodeResult } from '../miniwob/episode-result.js';
import { publishedMean, type PublishedNumbers, type ScoreSummary } from './scoring.js';

export interface ReportInput {
  title: string;
  runId: string;
  /** ms since the epoch. */
  startedAt: number;
  finishedAt: number;
  /** Shown as a key/value list: policy, seeds, max time, workers, shard… */
  settings: Record<string, string>;
  summary: ScoreSummary;
  episodes: readonly EpisodeResult[];
  demonstrations?: readonly EpisodeResult[];
  replays?: readonly EpisodeResult[];
  published?: PublishedNumbers;
  /** Screenshot sha256 → path relative to the report file, for those written out. */
  screenshotPaths?: ReadonlyMap<string, string>;
  /** Most failed episodes shown in detail. Default 200. */
  maxFailures?: number;
}

export function renderHtmlReport(input: ReportInput): string {
  const { summary, published } = input;
  const sources = published?.sources ?? [];
  const failures = input.episodes.filter((episode) => !episode.success);
  const maxFailures = input.maxFailures ?? 200;
  const taskNames = summary.tasks.map((task) => task.task);

  const taskRows = summary.tasks
    .map((task) => {
      const cells = sources
        .map((source) => {
          const value = published?.scores.get(task.task)?.[source];
          return `<td class="num">${value === undefined ? '—' : bar(value, 'published')}</td>`;
        })
        .join('');
      return `<tr><td><a href="#task-${attr(task.task)}">${text(task.task)}</a></td><td class="num">${task.episodes}</td>
<td>${bar(task.successRate, task.successRate === 1 ? 'good' : task.successRate >= 0.5 ? 'fair' : 'poor')}</td>
<td>${bar(task.positiveRate, 'positive')}</td>${cells}
<td class="num">${task.meanSteps.toFixed(1)}</td><td class="num">${(task.meanDurationMs / 1000).toFixed(2)}</td>
<td class="num">${task.modelCalls}</td><td class="num">${task.tokens}</td><td class="num">${task.harnessErrors || ''}</td></tr>`;
    })
    .join('\n');
  const meanCells = sources
    .map((source) => {
      const value = publishedMean(published!, source, taskNames);
      return `<td class="num">${value === undefined ? '—' : bar(value, 'published')}</td>`;
    })
    .join('');

  const demoSection = input.demonstrations && input.demonstrations.length > 0 ? validationSection(input.demonstrations, input.replays ?? []) : '';

  const failureBlocks = failures
    .slice(0, maxFailures)
    .map((episode) => {
      const actions = episode.actions
        .map((action, index) => {
          const shot = action.screenshotSha256 ? input.screenshotPaths?.get(action.screenshotSha256) : undefined;
          return `<li>${shot ? `<a href="${attr(shot)}"><img src="${attr(shot)}" alt="before step ${index}" width="160" height="210"></a>` : ''}
<div><code>${text(action.description)}</code> ${action.ok ? '' : `<span class="bad">failed: ${text(action.error ?? '')}</span>`}
${action.thought ? `<div class="thought">${text(action.thought)}</div>` : ''}</div></li>`;
        })
        .join('\n');
      const finalShot = episode.finalScreenshotSha256 ? input.screenshotPaths?.get(episode.finalScreenshotSha256) : undefined;
      return `<section class="failure" id="task-${attr(episode.task)}-${episode.seed}">
<h3>${text(episode.task)} · seed ${episode.seed} · raw reward ${episode.rawReward} ${episode.done ? '' : '(not done)'}</h3>
<p class="utterance">“${text(episode.utterance)}”</p>
<p><b>Page:</b> ${text(episode.done ? episode.reason : episode.error ? `harness error: ${episode.error}` : 'the page did not end the episode')}<br><b>Agent:</b> ${text(episode.outcome.status)} — ${text(episode.outcome.reason)}
${episode.pageErrors.length > 0 ? `<br><b>Page errors:</b> ${text(episode.pageErrors.join('; '))}` : ''}</p>
<ol class="actions">${actions || '<li>no actions</li>'}${finalShot ? `<li><a href="${attr(finalShot)}"><img src="${attr(finalShot)}" alt="at the end" width="160" height="210"></a><div>at the end</div></li>` : ''}</ol></section>`;
    })
    .join('\n');
  const anchors = summary.tasks.map((task) => `<span id="task-${attr(task.task)}"></span>`).join('');

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${text(input.title)}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #1d2330; max-width: 1200px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin-top: 28px; } h3 { font-size: 15px; margin: 0 0 6px; }
.headline { display: flex; gap: 28px; margin: 16px 0; } .headline div { background: #f2f4f8; padding: 10px 16px; border-radius: 8px; }
.headline b { display: block; font-size: 24px; }
table { border-collapse: collapse; width: 100%; } th, td { padding: 4px 8px; border-bottom: 1px solid #e3e6ec; text-align: left; vertical-align: middle; }
th { background: #f7f8fa; font-weight: 600; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.mean td { font-weight: 700; border-top: 2px solid #1d2330; }
.bar { position: relative; width: 160px; height: 16px; background: #eceef2; border-radius: 3px; display: inline-block; vertical-align: middle; }
.bar i { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 3px; }
.bar span { position: absolute; left: calc(100% + 6px); top: -1px; font-size: 12px; white-space: nowrap; }
.bar.published { width: 70px; }
td:first-child { white-space: nowrap; }
.bar { margin-right: 52px; }
.good i { background: #2f9e5b; } .fair i { background: #e0a526; } .poor i { background: #d0463b; } .positive i { background: #5b7fd6; } .published i { background: #9aa3b5; }
.settings { color: #555; font-size: 13px; } .settings code { background: #f2f4f8; padding: 0 4px; }
.failure { border: 1px solid #e3e6ec; border-radius: 8px; padding: 12px; margin: 12px 0; }
.utterance { font-style: italic; } .bad { color: #c0392b; } .thought { color: #555; font-size: 12px; white-space: pre-wrap; }
ol.actions { padding-left: 20px; } ol.actions li { margin: 6px 0; display: flex; gap: 10px; align-items: flex-start; }
ol.actions img { border: 1px solid #ccd; image-rendering: pixelated; }
</style></head><body>
<h1>${text(input.title)}</h1>
<div class="settings">run <code>${text(input.runId)}</code> · ${new Date(input.startedAt).toISOString()} · ${((input.finishedAt - input.startedAt) / 1000).toFixed(1)} s
${Object.entries(input.settings)
  .map(([key, value]) => ` · ${text(key)} <code>${text(value)}</code>`)
  .join('')}</div>
<div class="headline">
<div>mean success (raw reward = 1)<b>${pct(summary.mean.successRate)}</b></div>
<div>mean reward &gt; 0 (published criterion)<b>${pct(summary.mean.positiveRate)}</b></div>
<div>episodes<b>${summary.episodes}</b></div>
<div>model calls / tokens<b>${summary.modelCalls} / ${summary.tokens}</b></div>
</div>
<h2>Per task</h2>
<table><thead><tr><th>task</th><th>episodes</th><th>success (raw = 1)</th><th>reward &gt; 0</th>${sources.map((source) => `<th>${text(source)}</th>`).join('')}
<th>steps</th><th>s / episode</th><th>model calls</th><th>tokens</th><th>harness errors</th></tr></thead>
<tbody>
${taskRows}
<tr class="mean"><td>mean over ${summary.tasks.length} tasks</td><td class="num">${summary.episodes}</td><td>${bar(summary.mean.successRate, 'good')}</td><td>${bar(summary.mean.positiveRate, 'positive')}</td>${meanCells}
<td></td><td></td><td class="num">${summary.modelCalls}</td><td class="num">${summary.tokens}</td><td></td></tr>
</tbody></table>
${demoSection}
<h2>Failed episodes (${failures.length}${failures.length > maxFailures ? `, first ${maxFailures} shown` : ''})</h2>
${anchors}
${failureBlocks || '<p>None.</p>'}
</body></html>
`;
}

function validationSection(demonstrations: readonly EpisodeResult[], replays: readonly EpisodeResult[]): string {
  const replayOf = new Map(replays.map((replay) => [`${replay.task}\u0000${replay.seed}`, replay]));
  const checked = demonstrations.map((demo) => {
    const replay = replayOf.get(`${demo.task}\u0000${demo.seed}`);
    return { demo, replay, reproduced: replay ? replay.rawReward === demo.rawReward && replay.done === demo.done : undefined };
  });
  const rows = checked
    .map(
      ({ demo, replay, reproduced }) => `<tr><td>${text(demo.task)}</td><td class="num">${demo.seed}</td><td class="num">${demo.rawReward}</td><td class="num">${demo.steps}</td>
<td class="num">${replay ? replay.rawReward : '—'}</td><td>${reproduced === undefined ? '—' : reproduced ? '<span>✓ reproduced</span>' : `<span class="bad">✗ ${text(replay!.reason)}</span>`}</td></tr>`,
    )
    .join('\n');
  const replayed = checked.filter((row) => row.replay).length;
  const reproducedCount = checked.filter((row) => row.reproduced).length;
  // A demonstration that did not score is not replayed: count it apart, not as a replay that failed.
  const unreplayed = demonstrations.length - replayed;
  return `<h2>Demonstrations and their replays (${reproducedCount}/${replayed} reproduced${unreplayed > 0 ? `; ${unreplayed} of ${demonstrations.length} demonstrations not replayed` : ''})</h2>
<table><thead><tr><th>task</th><th>seed</th><th>demo raw reward</th><th>steps</th><th>replay raw reward</th><th>replay</th></tr></thead><tbody>
${rows}</tbody></table>`;
}

function bar(fraction: number, kind: string): string {
  const width = Math.max(0, Math.min(1, fraction)) * 100;
  return `<span class="bar ${kind}"><i style="width:${width.toFixed(1)}%"></i><span>${pct(fraction)}</span></span>`;
}

function pct(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
