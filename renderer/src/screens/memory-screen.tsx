/**
 * Memory: every trajectory the agent keeps (demonstrations and its own runs),
 * newest first, a page at a time; search as retrieval would; open one to see
 * its steps with screenshots, what it generalises over, replay it; delete;
 * import and export JSONL files; re-embed after changing the embedder.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { PushedEvents, RequestInput, RequestResult, TrajectoryListItem } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';
import { BrowseButton } from '../parts/browse-button.js';
import { TrajectoryViewer } from '../parts/trajectory-viewer.js';

const PAGE = 50;
type Filters = NonNullable<RequestInput<'memory.list'>['filters']>;

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
  /** A re-embed going on: how far it has got (null before its first batch). */
  const [reembedding, setReembedding] = useState<{ progress: PushedEvents['memory.progress'] | null } | null>(null);
  /** How the last re-embed ended, shown where it was started (the button sits below a long list). */
  const [reembedNote, setReembedNote] = useState<{ text: string; bad: boolean } | null>(null);

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

  useEffect(() => api.on('memory.progress', (progress) => setReembedding((current) => (current ? { progress } : current))), [api]);

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

  const transfer = async (kind: 'import' | 'export') => {
    setError(null);
    setNotice(null);
    try {
      const result = kind === 'import' ? await api.invoke('memory.import', { path: filePath }) : await api.invoke('memory.export', { path: filePath });
      setNotice(`${kind === 'import' ? 'Imported' : 'Exported'} ${result.count} trajectories ${kind === 'import' ? 'from' : 'to'} ${result.path}.`);
      refreshStats();
      await load();
    } catch (reason) {
      setError(describeError(reason));
    }
  };

  const reembed = async () => {
    if (!window.confirm('Recompute every vector with the configured embedder? With a remote endpoint this sends every task text to it.')) return;
    setError(null);
    setReembedNote(null);
    setReembedding({ progress: null });
    try {
      const result = await api.invoke('memory.reembed', {});
      setReembedNote({ text: `Re-embedded ${result.count} trajectories: ${result.before.name} (${result.before.dimension}) → ${result.after.name} (${result.after.dimension}).`, bad: false });
      refreshStats();
    } catch (reason) {
      setReembedNote({ text: describeError(reason), bad: true });
    } finally {
      setReembedding(null);
    }
  };

  /** The card appears below the button, under a long list: bring it into view once. */
  const showCard = useCallback((node: HTMLElement | null) => node?.scrollIntoView({ block: 'nearest' }), []);

  const stopReembed = () => {
    api.invoke('memory.stop', { operation: 'reembed' }).catch((reason: unknown) => setError(describeError(reason)));
  };

  const from = page && page.items.length > 0 ? offset + 1 : 0;
  const to = page ? offset + page.items.length : 0;

  return (
    <section className="screen memory-screen" aria-labelledby="memory-title">
      <header className="screen-head">
        <h1 id="memory-title">Memory</h1>
        {stats && (
          <p className="muted" data-testid="memory-stats">
            {stats.trajectories.toLocaleString()} trajectories ({stats.demonstrations.toLocaleString()} demonstrations), {stats.steps.toLocaleString()} steps ·{' '}
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
            <button type="button" onClick={() => void transfer('import')} disabled={!filePath.trim()}>
              Import
            </button>
            <button type="button" onClick={() => void transfer('export')} disabled={!filePath.trim()}>
              Export
            </button>
            <button type="button" onClick={() => void reembed()} disabled={!stats || stats.trajectories === 0 || reembedding !== null} title="after changing the embeddings endpoint in the config">
              Re-embed
            </button>
          </div>
          {reembedding && (
            <div className="card" aria-live="polite" data-testid="reembed-progress" ref={showCard}>
              <p>
                {reembedding.progress
                  ? `Re-embedding: ${reembedding.progress.done.toLocaleString()} of ${reembedding.progress.total.toLocaleString()} trajectories`
                  : 'Re-embedding: reading the memory…'}{' '}
                <span className="muted">(nothing changes until the last batch is done; stopping keeps the old vectors)</span>
              </p>
              <progress
                max={100}
                value={reembedding.progress && reembedding.progress.total > 0 ? Math.round((reembedding.progress.done / reembedding.progress.total) * 100) : 0}
                aria-label="Re-embed progress"
              />
              <button type="button" onClick={stopReembed}>
                Stop
              </button>
            </div>
          )}
          {reembedNote && (
            <p className={reembedNote.bad ? 'banner bad' : 'banner good'} role={reembedNote.bad ? 'alert' : 'status'} data-testid="reembed-result" ref={showCard}>
              {reembedNote.text}
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
