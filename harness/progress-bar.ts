/**
 * A one-line progress bar on stderr: `episodes  [#####.....]  12/40  success 75.0%  last: click-tab#3 ✓`.
 * On a terminal it redraws in place; elsewhere (CI logs, pipes) it prints a
 * line at every tenth of the way, so logs stay short.
 */
import type { EvaluationProgress } from './evaluation.js';

export interface ProgressUpdate {
  label: string;
  done: number;
  total: number;
  successes?: number;
  /** Short note about the latest item. */
  note?: string;
}

export interface ProgressBar {
  update(progress: ProgressUpdate): void;
  /** End the current line. */
  finish(): void;
}

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr, width = 28): ProgressBar {
  const interactive = Boolean(stream.isTTY);
  let lastDecile = -1;
  let lastLabel = '';
  let drawn = false;
  return {
    update(progress) {
      const fraction = progress.total === 0 ? 1 : progress.done / progress.total;
      const filled = Math.round(fraction * width);
      const success = progress.successes === undefined || progress.done === 0 ? '' : `  success ${((progress.successes / progress.done) * 100).toFixed(1)}%`;
      const line = `${progress.label.padEnd(15)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${progress.done}/${progress.total}${success}${progress.note ? `  ${progress.note}` : ''}`;
      if (interactive) {
        if (progress.label !== lastLabel && drawn) stream.write('\n');
        stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 120) - 1)}`);
        drawn = true;
      } else {
        const decile = Math.floor(fraction * 10);
        if (progress.label !== lastLabel) lastDecile = -1;
        if (decile !== lastDecile || progress.done === progress.total) {
          stream.write(`${line}\n`);
          lastDecile = decile;
        }
      }
      lastLabel = progress.label;
    },
    finish() {
      if (interactive && drawn) stream.write('\n');
      drawn = false;
      lastLabel = '';
    },
  };
}

/** An evaluation's onProgress that draws on `bar`, naming the agent phase after the policy. */
export function evaluationProgress(bar: ProgressBar | undefined, policy: string): (progress: EvaluationProgress) => void {
  const labels = { demonstrations: 'demonstrations', replays: 'replays', episodes: `${policy} policy` } as const;
  return (progress) =>
    bar?.update({
      label: labels[progress.phase],
      done: progress.done,
      total: progress.total,
      successes: progress.successes,
      note: progress.last ? `${progress.last.task}#${progress.last.seed} ${progress.last.success ? '✓' : '✗'}` : undefined,
    });
}
