/**
 * The app key every trajectory of one MiniWoB task shares (`miniwob/<task>`),
 * whatever folder or server its page was served from: demonstrations, the
 * agent's runs and replays of a task find each other by it.
 */
const PREFIX = 'miniwob/';

export function miniwobAppKey(task: string): string {
  return `${PREFIX}${task}`;
}

/** True for the key of a MiniWoB task's trajectories. */
export function isMiniwobAppKey(appKey: string): boolean {
  return appKey.startsWith(PREFIX);
}
