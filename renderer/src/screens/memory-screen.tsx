/**
 * Memory: every trajectory the agent keeps (demonstrations and its own runs),
 * newest first, a page at a time; search as retrieval would; open one to see
 * its steps with screenshots, what it generalises over, replay it; delete;
 * import and export JSONL files; re-embed after changing the embedder. An
 * import, an export and a re-embed show how far they have got, with a Stop
 * that leaves the memory (and an export's file path) as it was.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { PushedEvents, RequestInput, RequestResult, TrajectoryListItem } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';
import { BrowseButton } from '../parts/browse-button.js';
import { TrajectoryViewer } from '../parts/trajectory-viewer.js';

const PAGE = 50;
type Filters = NonNullable<RequestInput<'memory.list'>['filters']>;
type LongOperation = RequestInput<'memory.stop'>['operation'];
type Progress = PushedEvents['memory.progress'];

function counted(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** How far a long operation has got, in words (null: nothing reported yet). */
function progressText(operation: LongOperation, progress: Progress | null): string {
  if (operation === 'reembed') {
    return progress ? `Re-embedding: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} trajectories` : 'Re-embedding: reading the memory…';
  }
  if (operation === 'export') {
    return progress ? `Exporting: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} trajectories written` : 'Exporting: reading the memory…';
  }
  if (!progress || progress.operation !== 'import') return 'Importing: opening the file…';
  const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 100;
  return progress.phase === 'checking'
    ? `Checking the file: ${percent}% (${megabytes(progress.done)} of ${megabytes(progress.total)})`
    : `Importing: ${percent}% of the file, ${progress.trajectories.toLocaleString()} trajectories written`;
}

const PROGRESS_NOTE: Record<LongOperation, string> = {
  reembed: 'nothing changes until the last batch is done; stopping keeps the old vectors',
  import: 'nothing is kept until the whole file is in; stopping leaves the memory as it was',
  export: 'the file appears at its path once every trajectory is written; stopping leaves the path as it was',
};

const PROGRESS_LABEL: Record<LongOperation, string> = { reembed: 'Re-embed progress', import: 'Import progress', export: 'Export progress' };

export function MemoryScreen({ openId, onOpened }: { openId: string | null; onOpened(): void }) {
  const api = useApi();
  const [stats, setStats] = useState<RequestResult<'memory.stats'> | null>(null);
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ items: (TrajectoryListItem & { score?: number; why?: string })[]; hasMore: boolean; total: number } | null>(null);
  const [selected, setSelected] = useState<string | null>(openId);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [filePath, setFilePath] = useState('');
  /** A re-embed, import or export going on: how far it has got (null before its first report). */
  const [going, setGoing] = useState<{ operation: LongOperation; progress: Progress | null } | null>(null);
  /** How the last re-embed, import or export ended, shown where it was started (the buttons sit below a long list). */
  const [goneNote, setGoneNote] = useState<{ operation: LongOperation; text: string; bad: boolean } | null>(null);

  const refreshStats = useCallback(() => {
    api.invoke('memory.stats', {}).then(setStats, (reason: unknown) => setError(describeError(reason)));
  }, [api]);

  const load = useCallback(async () => {
    setError(null);
    try {
      if (searched) {
        const result = await api.invoke('memory.search', { query: searched, k: 50, filters });
        setPage({
          items: result.hits.map((hit) => ({ id: hit.id, task: hit.task, score: hit.score, why: hit.why, environment: '', appKey: '', source: '', status: '', createdAt: 0, steps: 0 })),
          hasMore: false,
          total: result.hits.length,
        });
      } else {
        const result = await api.invoke('memory.list', { offset, limit: PAGE, filters });
        setPage(result);
      }
    } catch (reason) {
      setError(describeError(reason));
    }
  }, [api, searched, filters, offset]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => refreshStats(), [refreshStats]);

  useEffect(() => {
    if (openId) {
      setSelected(openId);
      onOpened();
    }
  }, [openId, onOpened]);

  useEffect(
    () => api.on('memory.progress', (progress) => setGoing((current) => (current?.operation === progress.operation ? { ...current, progress } : current))),
    [api],
  );

  useEffect(
    () =>
      api.on('run.finished', () => {
        refreshStats();
        void load();
      }),
    [api, load, refreshStats],
  );

  const search = (event: FormEvent) => {
    event.preventDefault();
    setOffset(0);
    setSearched(query.trim() || null);
  };

  const remove = async (id: string) => {
    if (!window.confirm('Delete this trajectory from the memory? This cannot be undone.')) return;
    try {
      await api.invoke('memory.delete', { id });
      setSelected(null);
      setNotice(`Deleted ${id}.`);
      refreshStats();
      await load();
    } catch (reason) {
      setError(describeError(reason));
    }
  };

  /** Runs a long operation with its progress card; its end is noted where it was started. */
  const runLong = async (operation: LongOperation, work: () => Promise<string>) => {
    setError(null);
    setNotice(null);
    setGoneNote(null);
    setGoing({ operation, progress: null });
    try {
      setGoneNote({ operation, text: await work(), bad: false });
      refreshStats();
      await load();
    } catch (reason) {
      setGoneNote({ operation, text: describeError(reason), bad: true });
    } finally {
      setGoing(null);
    }
  };

  const importFile = () =>
    runLong('import', async () => {
      const result = await api.invoke('memory.import', { path: filePath });
      const skipped = result.skipped ? ` (${result.skipped} already there, left as they were)` : '';
      return `Imported ${result.count} trajectories from ${result.path}${skipped}.`;
    });

  const exportFile = () =>
    runLong('export', async () => {
      const result = await api.invoke('memory.export', { path: filePath });
      return `Exported ${result.count} trajectories to ${result.path}.`;
    });

  const reembed = () => {
    if (!window.confirm('Recompute every vector with the configured embedder? With a remote endpoint this sends every task text to it.')) return;
    return runLong('reembed', async () => {
      const result = await api.invoke('memory.reembed', {});
      return `Re-embedded ${result.count} trajectories: ${result.before.name} (${result.before.dimension}) → ${result.after.name} (${result.after.dimension}).`;
    });
  };

  /** The card appears below the buttons, under a long list: bring it into view once. */
  const showCard = useCallback((node: HTMLElement | null) => node?.scrollIntoView({ block: 'nearest' }), []);

  const stopGoing = () => {
    if (!going) return;
    api.invoke('memory.stop', { operation: going.operation }).catch((reason: unknown) => setError(describeError(reason)));
  };

  const from = page && page.items.length > 0 ? offset + 1 : 0;
  const to = page ? offset + page.items.length : 0;

  return (
    <section className="screen memory-screen" aria-labelledby="memory-title">
      <header className="screen-head">
        <h1 id="memory-title">Memory</h1>
        {stats && (
          <p className="muted" data-testid="memory-stats">
            {counted(stats.trajectories, 'trajectory', 'trajectories')} ({counted(stats.demonstrations, 'demonstration', 'demonstrations')}), {counted(stats.steps, 'step', 'steps')} ·{' '}
            <code>{stats.path}</code>
          </p>
        )}
      </header>
      <div className="card toolbar">
        <form className="row" onSubmit={search} role="search">
          <input
            className="grow"
            type="search"
            aria-label="Search the memory"
            placeholder="Search by task, e.g. “log in as a user”  (Enter)"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <select
            aria-label="Source"
            value={filters.source ?? ''}
            onChange={(event) => {
              setOffset(0);
              setFilters({ ...filters, source: (event.target.value || undefined) as Filters['source'] });
            }}
          >
            <option value="">all sources</option>
            <option value="demonstration">demonstrations</option>
            <option value="agent">agent runs</option>
          </select>
          <select
            aria-label="Environment"
            value={filters.environment ?? ''}
            onChange={(event) => {
              setOffset(0);
              setFilters({ ...filters, environment: (event.target.value || undefined) as Filters['environment'] });
            }}
          >
            <option value="">browser and desktop</option>
            <option value="browser">browser</option>
            <option value="desktop">desktop</option>
          </select>
          <label className="inline">
            <input
              type="checkbox"
              checked={filters.successOnly ?? false}
              onChange={(event) => {
                setOffset(0);
                setFilters({ ...filters, successOnly: event.target.checked || undefined });
              }}
            />{' '}
            succeeded only
          </label>
          <button type="submit">Search</button>
          {searched && (
            <button
              type="button"
              className="link"
              onClick={() => {
                setQuery('');
                setSearched(null);
              }}
            >
              clear
            </button>
          )}
        </form>
      </div>
      {error && (
        <p className="banner bad" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="banner good" role="status">
          {notice}
        </p>
      )}
      <div className="split">
        <div className="list-pane">
          {page && page.items.length === 0 ? (
            <div className="empty">
              <h2>{searched ? 'Nothing similar' : 'The memory is empty'}</h2>
              <p>
                {searched
                  ? 'Try other words, or clear the search and the filters.'
                  : 'Record a demonstration on the Teach screen (or with understudy record), run a task, run a benchmark with demonstrations, or import a JSONL file below.'}
              </p>
            </div>
          ) : (
            <table className="table" aria-label="Trajectories">
              <thead>
                <tr>
                  <th>Task</th>
                  <th>{searched ? 'Score' : 'Source'}</th>
                  <th>{searched ? 'Why' : 'Outcome'}</th>
                  {!searched && <th className="num">Steps</th>}
                  {!searched && <th>Created</th>}
                </tr>
              </thead>
              <tbody>
                {page?.items.map((item) => (
                  <tr
                    key={item.id}
                    className={item.id === selected ? 'selected' : ''}
                    tabIndex={0}
                    onClick={() => setSelected(item.id)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        setSelected(item.id);
                      }
                    }}
                  >
                    <td className="task-cell">{item.task}</td>
                    <td>{searched ? item.score?.toFixed(3) : <span className={`tag ${item.source}`}>{item.source}</span>}</td>
                    <td className={searched ? 'muted small' : ''}>
                      {searched ? item.why : <span className={`tag ${item.status === 'success' ? 'good' : 'bad'}`}>{item.status}</span>}
                    </td>
                    {!searched && <td className="num">{item.steps}</td>}
                    {!searched && <td className="muted small">{new Date(item.createdAt).toLocaleString()}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {page && !searched && (page.items.length > 0 || offset > 0) && (
            <nav className="pager" aria-label="Pages">
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                ← Newer
              </button>
              <span className="muted">
                {from.toLocaleString()}–{to.toLocaleString()} of {page.total.toLocaleString()}
              </span>
              <button type="button" disabled={!page.hasMore} onClick={() => setOffset(offset + PAGE)}>
                Older →
              </button>
            </nav>
          )}
          <div className="card transfer">
            <label className="grow">
              JSONL file on this machine
              <input placeholder="/home/you/understudy-memory.jsonl" value={filePath} onChange={(event) => setFilePath(event.target.value)} />
            </label>
            <BrowseButton purpose="open-file" title="A JSONL file to import" filters={[{ name: 'JSONL', extensions: ['jsonl'] }]} onPicked={setFilePath} onError={setError} />
            <button type="button" onClick={() => void importFile()} disabled={!filePath.trim() || going !== null}>
              Import
            </button>
            <button type="button" onClick={() => void exportFile()} disabled={!filePath.trim() || going !== null}>
              Export
            </button>
            <button type="button" onClick={() => void reembed()} disabled={!stats || stats.trajectories === 0 || going !== null} title="after changing the embeddings endpoint in the config">
              Re-embed
            </button>
          </div>
          {going && (
            <div className="card" aria-live="polite" data-testid={`${going.operation}-progress`} ref={showCard}>
              <p>
                {progressText(going.operation, going.progress)} <span className="muted">({PROGRESS_NOTE[going.operation]})</span>
              </p>
              <progress
                max={100}
                value={going.progress && going.progress.total > 0 ? Math.round((going.progress.done / going.progress.total) * 100) : 0}
                aria-label={PROGRESS_LABEL[going.operation]}
              />
              <button type="button" onClick={stopGoing}>
                Stop
              </button>
            </div>
          )}
          {goneNote && (
            <p className={goneNote.bad ? 'banner bad' : 'banner good'} role={goneNote.bad ? 'alert' : 'status'} data-testid={`${goneNote.operation}-result`} ref={showCard}>
              {goneNote.text}
            </p>
          )}
        </div>
        <div className="detail-pane">
          {selected ? (
            <TrajectoryViewer id={selected} onDelete={() => void remove(selected)} onClose={() => setSelected(null)} />
          ) : (
            <div className="empty">
              <p>Choose a trajectory to see its steps and screenshots.</p>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
