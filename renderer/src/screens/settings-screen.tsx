/** Settings: the model, safety and budgets, and where the memory lives; secrets are never shown. */
import { useEffect, useState, type FormEvent } from 'react';
import type { RequestInput, SettingsView } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';
import { BrowseButton } from '../parts/browse-button.js';
import { ErrorBanner } from '../parts/error-banner.js';

export function SettingsScreen() {
  const api = useApi();
  const [view, setView] = useState<SettingsView | null>(null);
  const [draft, setDraft] = useState<RequestInput<'settings.set'>>({});
  const [apiKey, setApiKey] = useState('');
  const [newSecret, setNewSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    api.invoke('settings.get', {}).then(setView, (reason: unknown) => setError(describeError(reason)));
  }, [api]);

  if (!view) return <section className="screen">{error ? <p className="banner bad">{error}</p> : <p className="muted">Loading…</p>}</section>;

  const value = <K extends keyof SettingsView>(key: K) => ((draft as Record<string, unknown>)[key] ?? view[key]) as SettingsView[K];
  const set = (change: RequestInput<'settings.set'>) => {
    setSaved(false);
    setDraft({ ...draft, ...change });
  };
  const source = (path: string) => {
    const from = view.sources[path];
    return from === 'env' || from === 'flag' ? <span className="small"> — set by {from === 'env' ? 'the environment' : 'a command-line flag'}, which wins over this file</span> : null;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const next = await api.invoke('settings.set', { ...draft, ...(apiKey ? { openaiApiKey: apiKey } : {}), ...(newSecret ? { addSecrets: [newSecret] } : {}) });
      setView(next);
      setDraft({});
      setApiKey('');
      setNewSecret('');
      setSaved(true);
    } catch (reason) {
      setError(describeError(reason));
    }
  };

  return (
    <section className="screen settings-screen" aria-labelledby="settings-title">
      <header className="screen-head">
        <h1 id="settings-title">Settings</h1>
        <p className="muted">
          Saved to <code>{view.file.path}</code>
          {view.file.found ? '' : ' (not created yet)'}.
        </p>
      </header>
      <form className="card form-grid" onSubmit={save}>
        <h2>Model</h2>
        <label>
          <span>
            Model
            {source('model')}
          </span>
          <input value={value('model')} placeholder="none (offline only) · openai:gpt-4o-mini · gguf:/path/model.gguf" onChange={(event) => set({ model: event.target.value })} />
        </label>
        <BrowseButton purpose="open-file" title="A local GGUF model file" filters={[{ name: 'GGUF model', extensions: ['gguf'] }]} label="Choose a local GGUF model…" onPicked={(path) => set({ model: `gguf:${path}` })} />
        <label>
          <span>
            OpenAI-compatible URL
            {source('openai.baseUrl')}
          </span>
          <input value={value('openaiBaseUrl')} placeholder="https://api.openai.com/v1 (default) or http://localhost:11434/v1" onChange={(event) => set({ openaiBaseUrl: event.target.value })} />
        </label>
        <label>
          <span>
            API key
            {source('openai.apiKey')}
          </span>
          <input type="password" autoComplete="off" value={apiKey} placeholder={view.openaiApiKey ? `set (${view.openaiApiKey}); type to replace` : 'not set'} onChange={(event) => setApiKey(event.target.value)} />
        </label>
        <h2>Safety</h2>
        <label className="inline">
          <input type="checkbox" checked={value('confirmRiskyActions')} onChange={(event) => set({ confirmRiskyActions: event.target.checked })} /> Ask before risky actions
          (payments, deletes, passwords, closing windows)
        </label>
        <label>
          <span>
            Add a secret <span className="muted small">(a password, an account number: redacted from everything sent to a model, typed only into fields of its kind)</span>
          </span>
          <input type="password" autoComplete="off" value={newSecret} placeholder="saved with the settings" onChange={(event) => setNewSecret(event.target.value)} />
        </label>
        <p className="muted small" data-testid="secret-count">
          {draft.secrets?.length === 0 ? 'Every secret will be forgotten when you save.' : `${view.secretCount} secret(s) listed; they never leave this machine and are not shown here.`}{' '}
          {view.secretCount > 0 && draft.secrets === undefined && (
            <button type="button" className="link" onClick={() => window.confirm(`Forget all ${view.secretCount} secret(s)?`) && set({ secrets: [] })}>
              Forget them all
            </button>
          )}
        </p>
        <h2>Budgets</h2>
        <div className="row">
          <label>
            Most steps per run
            <input type="number" min={1} value={value('maxSteps')} onChange={(event) => set({ maxSteps: Number(event.target.value) })} />
          </label>
          <label>
            Most seconds per run
            <input type="number" min={1} value={Math.round(value('maxWallTimeMs') / 1000)} onChange={(event) => set({ maxWallTimeMs: Number(event.target.value) * 1000 })} />
          </label>
        </div>
        <h2>Memory</h2>
        <label>
          <span>
            Memory file
            {source('memory.path')}
          </span>
          <input value={(draft.memoryPath as string | undefined) ?? view.memoryPath} onChange={(event) => set({ memoryPath: event.target.value })} />
        </label>
        <BrowseButton purpose="save-file" title="The memory file (an existing one, or where a new one goes)" filters={[{ name: 'SQLite memory', extensions: ['db'] }]} label="Choose the memory file…" onPicked={(path) => set({ memoryPath: path })} />
        <div className="actions">
          <button type="submit" className="primary">
            Save
          </button>
          {saved && <span className="good-text" role="status">Saved.</span>}
        </div>
        <ErrorBanner error={error} />
      </form>
    </section>
  );
}
