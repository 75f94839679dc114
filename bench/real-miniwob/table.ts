/**
 * The real-MiniWoB++ table (bench/real-miniwob/run-all.mjs prints it): per task, demonstrations recorded /
 * verified (from run-all's recordings.jsonl, the recorder's own verdicts) and the offline policy's ok / refused /
 * wrong on unseen seeds (from the bench's episodes.jsonl), counted as harness/report/demonstration-table.ts counts.
 *
 * Usage: tsx bench/real-miniwob/table.ts --tasks a,b --recordings <out>/recordings.jsonl --episodes <out>/bench/episodes.jsonl
 */
import { existsSync, readFileSync } from 'node:fs';
import type { EpisodeResult } from '../../harness/miniwob/episode-result.js';
import { isRefusal, isWrongAction } from '../../harness/report/demonstration-table.js';
import { exitOnHelp } from '../usage.mjs';

exitOnHelp(import.meta.url);

interface RecordingRow {
  task: string;
  seed: number;
  verdict: 'verified' | 'not verified' | 'not saved';
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

function jsonLines<T>(path: string | undefined): T[] {
  if (!path || !existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

const recordings = jsonLines<RecordingRow>(option('recordings'));
const episodes = jsonLines<EpisodeResult>(option('episodes')).filter((episode) => episode.kind === 'agent');
const tasks = option('tasks')?.split(',').filter(Boolean) ?? [...new Set([...recordings, ...episodes].map((row) => row.task))];

const rows = tasks.map((task) => {
  const recorded = recordings.filter((row) => row.task === task && row.verdict !== 'not saved');
  const own = episodes.filter((episode) => episode.task === task);
  const ok = own.filter((episode) => episode.success).length;
  const refused = own.filter(isRefusal).length;
  const wrong = own.filter(isWrongAction).length;
  return {
    task,
    recorded: recorded.length,
    verified: recorded.filter((row) => row.verdict === 'verified').length,
    episodes: own.length,
    ok,
    refused,
    wrong,
    other: own.length - ok - refused - wrong,
  };
});
const sum = (key: 'recorded' | 'verified' | 'episodes' | 'ok' | 'refused' | 'wrong' | 'other') => rows.reduce((total, row) => total + row[key], 0);
const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);

console.log('| task | demos recorded / verified | ok | refused | wrong | other |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.task} | ${row.recorded} / ${row.verified} | ${row.ok}/${row.episodes} | ${row.refused} | ${row.wrong} | ${row.other} |`);
const episodesTotal = sum('episodes');
console.log(
  `| **total** | **${sum('recorded')} / ${sum('verified')}** | **${sum('ok')}/${episodesTotal} (${pct(sum('ok'), episodesTotal)})** | ` +
    `**${sum('refused')} (${pct(sum('refused'), episodesTotal)})** | **${sum('wrong')} (${pct(sum('wrong'), episodesTotal)})** | ${sum('other')} |`,
);
