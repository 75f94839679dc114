/**
 * The Understudy window: a sidebar of screens (Alt+1…5) and the screen. The
 * same app runs in Electron (through the preload) and in web mode (over the
 * WebSocket of `understudy serve`).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RequestResult } from '../../main/api/contract.js';
import { ApiContext, connect, describeError } from './api/connect.js';
import { BenchScreen } from './screens/bench-screen.js';
import { MemoryScreen } from './screens/memory-screen.js';
import { RunScreen } from './screens/run-screen.js';
import { SettingsScreen } from './screens/settings-screen.js';
import { TeachScreen } from './screens/teach-screen.js';
import type { TeachRequest } from './parts/where-fields.js';

type ScreenName = 'run' | 'teach' | 'memory' | 'bench' | 'settings';
const SCREENS: { name: ScreenName; label: string }[] = [
  { name: 'run', label: 'Run' },
  { name: 'teach', label: 'Teach' },
  { name: 'memory', label: 'Memory' },
  { name: 'bench', label: 'Benchmarks' },
  { name: 'settings', label: 'Settings' },
];

function screenFromHash(): ScreenName {
  const name = location.hash.slice(1);
  return SCREENS.some((screen) => screen.name === name) ? (name as ScreenName) : 'run';
}

export function App() {
  const connection = useMemo(() => connect(), []);
  const api = connection.api;
  const [screen, setScreen] = useState<ScreenName>(screenFromHash);
  const [connected, setConnected] = useState(true);
  const [info, setInfo] = useState<RequestResult<'app.info'> | null>(null);
  const [suiteTasks, setSuiteTasks] = useState<RequestResult<'suite.tasks'>['tasks']>([]);
  const [error, setError] = useState<string | null>(null);
  const [openTrajectory, setOpenTrajectory] = useState<string | null>(null);
  const [teachRequest, setTeachRequest] = useState<TeachRequest | null>(null);

  useEffect(() => connection.onStatus(setConnected), [connection]);
  useEffect(() => {
    api.invoke('app.info', {}).then(setInfo, (reason: unknown) => setError(describeError(reason)));
    api.invoke('suite.tasks', {}).then((result) => setSuiteTasks(result.tasks), () => undefined);
  }, [api]);

  const go = useCallback((name: ScreenName) => {
    setScreen(name);
    history.replaceState(null, '', `#${name}`);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const target = SCREENS[index];
      if (target) {
        event.preventDefault();
        go(target.name);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  return (
    <ApiContext.Provider value={api}>
      <div className="app">
        <nav className="sidebar" aria-label="Screens">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">U</span> Understudy
          </div>
          <ul>
            {SCREENS.map((entry, index) => (
              <li key={entry.name}>
                <button type="button" aria-current={screen === entry.name ? 'page' : undefined} onClick={() => go(entry.name)}>
                  {entry.label}
                  <kbd>Alt+{index + 1}</kbd>
                </button>
              </li>
            ))}
          </ul>
          <footer className="sidebar-foot muted small">
            {connected ? (
              info ? (
                `${info.version} · ${info.shell === 'web' ? 'web mode' : 'app'}`
              ) : (
                'connecting…'
              )
            ) : (
              <span className="bad-text" role="alert">
                disconnected — is <code>understudy serve</code> running?
              </span>
            )}
          </footer>
        </nav>
        <main className="content">
          {error && (
            <p className="banner bad" role="alert">
              {error}
            </p>
          )}
          <div hidden={screen !== 'run'}>
            <RunScreen
              suiteTasks={suiteTasks}
              onOpenTrajectory={(id) => {
                setOpenTrajectory(id);
                go('memory');
              }}
              onTeach={(request) => {
                setTeachRequest(request);
                go('teach');
              }}
            />
          </div>
          <div hidden={screen !== 'teach'}>
            <TeachScreen
              suiteTasks={suiteTasks}
              request={teachRequest}
              onOpenTrajectory={(id) => {
                setOpenTrajectory(id);
                go('memory');
              }}
            />
          </div>
          {screen === 'memory' && <MemoryScreen openId={openTrajectory} onOpened={() => setOpenTrajectory(null)} />}
          {screen === 'bench' && <BenchScreen suiteTasks={suiteTasks} />}
          {screen === 'settings' && <SettingsScreen />}
        </main>
      </div>
    </ApiContext.Provider>
  );
}
