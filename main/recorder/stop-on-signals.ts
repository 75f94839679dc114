/**
 * Ctrl+C (SIGINT) and SIGTERM end a recording and save it; a second one quits
 * at once with status 130 (the journal stays on disk for `record --recover`).
 */

/** Listen until dispose(); `requestStop` is called on the first signal. */
export function stopOnSignals(requestStop: () => void): { dispose: () => void } {
  let count = 0;
  const onSignal = () => {
    count += 1;
    if (count > 1) process.exit(130);
    requestStop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
