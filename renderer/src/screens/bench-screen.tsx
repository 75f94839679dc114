/**
 * Benchmarks: run the suite's tasks — or the tasks of a MiniWoB++ pages folder
 * on this machine — on a set of seeds with a policy, see the progress as
 * episodes finish and the success rate of every task at the end.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BenchReport, PushedEvents } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';
import { BenchChart } from '../parts/bench-chart.js';
import { BrowseButton } from '../parts/browse-button.js';
import { parseSeedList } from '../parts/seed-list.js';

export function BenchScreen({ suiteTasks }: { suiteTasks: { name: string; description: string }[] }) {
  const api = useApi();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [seeds, setSeeds] = useState('0-4');
  const [demos, setDemos] = useState(0);
  const [policy, setPolicy] = useState<'offline' | 'llm' | 'hybrid'>('offline');
  const [benchId, setBenchId] = useState<string | null>(null);
  const [progress, setProgress] = useState<PushedEvents['bench.progress'] | null>(null);
  const [finished, setFinished] = useState<PushedEvents['bench.finished'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reports, setReports] = useState<BenchReport[]>([]);
  const current = useRef<string | null>(null);
  const [folderInput, setFolderInput] = useState('');
  /** A MiniWoB++ pages folder whose tasks are listed instead of the suite's. */
  const [folder, setFolder] = useState<{ root: string; tasks: string[] } | null>(null);
  const tasks = folder ? folder.tasks.map((name) => ({ name, description: `${name} (${folder.root})` })) : suiteTasks;

  const loadFolder = async () => {
    setError(null);
    if (!folderInput.trim()) {
      setFolder(null);
      setChosen(new Set());
      return;
    }
    try {
      setFolder(await api.invoke('suite.folder', { dir: folderInput.trim() }));
      setChosen(new Set());
    } catch (reason) {
      setError(describeError(reason));
    }
  };

  const loadReports = () => {
    api.invoke('bench.reports', { limit: 20 }).then((result) => setReports(result.reports), () => undefined);
  };
  useEffect(loadReports, [api]);

  useEffect(() => {
    const offProgress = api.on('bench.progress', (payload) => payload.benchId === current.current && setProgress(payload));
    const offFinished = api.on('bench.finished', (payload) => {
      if (payload.benchId !== current.current) return;
      setFinished(payload);
      setBenchId(null);
      loadReports();
      if (payload.error) setError(payload.error);
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [api]);

  const toggle = (name: string) => {
    const next = new Set(chosen);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    setChosen(next);
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setFinished(null);
    setProgress(null);
    try {
      const result = await api.invoke('bench.start', { tasks: [...chosen], seeds: parseSeedList(seeds), policy, demos, ...(folder ? { dir: folder.root } : {}) });
      current.current = result.benchId;
      setBenchId(result.benchId);
    } catch (reason) {
      setError(describeError(reason));
    }
  };

  const running = benchId !== null;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <section className="screen bench-screen" aria-labelledby="bench-title">
      <header className="screen-head">
        <h1 id="bench-title">Benchmarks</h1>
        <p className="muted">Runs MiniWoB-protocol task pages on seeds and scores each episode on the page's own reward.</p>
      </header>
      <form className="card bench-form" onSubmit={start}>
        <div className="row">
          <label className="grow">
            Pages
            <input
              aria-label="MiniWoB++ pages folder"
              placeholder="the project's own suite — or a MiniWoB++ folder on this machine, e.g. ~/miniwob-plusplus/miniwob/html"
              value={folderInput}
              onChange={(event) => setFolderInput(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void loadFolder();
                }
              }}
              disabled={running}
            />
          </label>
          <BrowseButton purpose="folder" title="A MiniWoB++ pages folder (holding core/ and miniwob/)" onPicked={setFolderInput} onError={setError} disabled={running} />
          <button type="button" onClick={() => void loadFolder()} disabled={running}>
            {folderInput.trim() ? 'List its tasks' : 'Use the suite'}
          </button>
        </div>
        {folder && (
          <p className="muted small" data-testid="bench-folder">
            {folder.tasks.length} tasks in <code>{folder.root}</code>
          </p>
        )}
        <fieldset disabled={running}>
          <legend>Tasks</legend>
          <div className="task-grid">
            {tasks.map((task) => (
              <label key={task.name} className="inline" title={task.description}>
                <input type="checkbox" checked={chosen.has(task.name)} onChange={() => toggle(task.name)} /> {task.name}
              </label>
            ))}
          </div>
          <div className="row select-links">
            <span className="muted small">{chosen.size} chosen · select</span>
            <button type="button" className="link" onClick={() => setChosen(new Set(tasks.map((task) => task.name)))}>
              all
            </button>
            <button type="button" className="link" onClick={() => setChosen(new Set())}>
              none
            </button>
          </div>
        </fieldset>
        <div className="row">
          <label>
            Seeds
            <input value={seeds} onChange={(event) => setSeeds(event.target.value)} disabled={running} placeholder="0-4 or 1,5,9" />
          </label>
          <label>
            Policy
            <select value={policy} onChange={(event) => setPolicy(event.target.value as typeof policy)} disabled={running}>
              <option value="offline">offline</option>
              <option value="hybrid">hybrid</option>
              <option value="llm">llm</option>
            </select>
          </label>
          <label>
            Record demonstrations first
            <select value={demos} onChange={(event) => setDemos(Number(event.target.value))} disabled={running}>
              <option value={0}>none (use the memory)</option>
              <option value={1}>1 per task</option>
              <option value={2}>2 per task</option>
            </select>
          </label>
        </div>
        <div className="actions">
          {running ? (
            <button type="button" className="danger" onClick={() => benchId && void api.invoke('bench.stop', { benchId })}>
              Stop
            </button>
          ) : (
            <button type="submit" className="primary" disabled={chosen.size === 0}>
              Run benchmark
            </button>
          )}
          {chosen.size === 0 && !running && <span className="muted">Choose at least one task.</span>}
        </div>
      </form>
      {error && (
        <p className="banner bad" role="alert">
          {error}
        </p>
      )}
      {running && (
        <div className="card" aria-live="polite">
          <p>
            {progress ? `${progress.phase}: ${progress.done} of ${progress.total} (${progress.successes} succeeded)` : 'Starting the browser…'}
            {progress?.last && (
              <span className="muted">
                {' '}
                · last: {progress.last.task} #{progress.last.seed} {progress.last.success ? '✓' : '✗'}
              </span>
            )}
          </p>
          <progress max={100} value={percent} aria-label="Benchmark progress" />
        </div>
      )}
      {finished && !finished.error && (
        <div className="card" data-testid="bench-result">
          <h2>
            {Math.round(finished.successRate * 100)}% success over {finished.episodes} episodes
          </h2>
          {finished.rows.length > 0 ? <BenchChart rows={finished.rows} /> : <p className="muted">No episodes ran.</p>}
          {finished.reportPath && (
            <p className="muted small">
              Full report: <code>{finished.reportPath}</code>
            </p>
          )}
        </div>
      )}
      {reports.length > 0 && (
        <div className="card">
          <h2>Earlier benchmarks</h2>
          <ul className="reports">
            {reports.map((report) => (
              <li key={report.benchId}>
                <button
                  type="button"
                  className="link"
                  onClick={() => setFinished({ benchId: report.benchId, rows: report.rows, successRate: report.successRate, episodes: report.episodes, reportPath: report.reportPath })}
                >
                  {new Date(report.finishedAt).toLocaleString()}
                </button>{' '}
                <span className="muted small">
                  {report.policy}
                  {report.dir ? ` · ${report.dir}` : ''} · {report.rows.map((row) => row.task).join(', ')} · {Math.round(report.successRate * 100)}% over {report.episodes} episodes
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!running && !finished && reports.length === 0 && (
        <div className="empty">
          <p>Choose tasks and seeds, then run. The offline policy needs demonstrations: pick “1 per task” the first time.</p>
        </div>
      )}
    </section>
  );
}
