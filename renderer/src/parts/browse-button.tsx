/**
 * "Browse…" beside a path field: the platform's file dialog where the shell
 * has one (the Electron app); web mode shows nothing, and the path is typed.
 */
import { useEffect, useState } from 'react';
import type { RequestInput, UnderstudyApi } from '../../../main/api/contract.js';
import { describeError, useApi } from '../api/connect.js';

let canPick: Promise<boolean> | undefined;
function canPickPaths(api: UnderstudyApi): Promise<boolean> {
  canPick ??= api.invoke('app.info', {}).then((info) => info.canPickPaths, () => false);
  return canPick;
}

export interface BrowseButtonProps {
  purpose: RequestInput<'app.pickPath'>['purpose'];
  title: string;
  filters?: RequestInput<'app.pickPath'>['filters'];
  onPicked(path: string): void;
  onError?(message: string): void;
  disabled?: boolean;
  label?: string;
}

export function BrowseButton({ purpose, title, filters, onPicked, onError, disabled, label = 'Browse…' }: BrowseButtonProps) {
  const api = useApi();
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let live = true;
    void canPickPaths(api).then((can) => live && setAvailable(can));
    return () => {
      live = false;
    };
  }, [api]);
  if (!available) return null;
  const pick = async () => {
    try {
      const { path } = await api.invoke('app.pickPath', { purpose, title, ...(filters ? { filters } : {}) });
      if (path) onPicked(path);
    } catch (reason) {
      onError?.(describeError(reason));
    }
  };
  return (
    <button type="button" onClick={() => void pick()} disabled={disabled} title={title}>
      {label}
    </button>
  );
}
