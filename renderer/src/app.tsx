/** The Understudy window. Screens arrive with the app issue; this shell proves the contract wiring. */
import { useEffect, useState } from 'react';
import type { RequestResult, UnderstudyApi } from '../../main/api/contract.js';

declare global {
  interface Window {
    understudy?: UnderstudyApi;
  }
}

export function App() {
  const [info, setInfo] = useState<RequestResult<'app.info'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!window.understudy) {
      setError('No backend connection (open the app through Electron or web mode).');
      return;
    }
    window.understudy.invoke('app.info', {}).then(setInfo, (reason: unknown) => setError(String(reason)));
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>Understudy</h1>
      {info && <p>Backend {info.name} {info.version} on {info.platform}</p>}
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
