/**
 * Taps a run's operator so the app can show each step as it happens: every
 * observation's screenshot is kept (by sha256, for `screenshot.get`) and the
 * latest observation's element boxes let an action be drawn where it lands.
 */
import type { Action } from '../../agent/core/action.js';
import type { Observation, BoundingBox } from '../../agent/core/observation.js';
import type { Operator } from '../../agent/core/operator.js';
import type { EventScreenshot } from '../api/contract.js';
import { screenshotKey } from '../../agent/core/screenshot-key.js';

export class ScreenshotTap {
  readonly screenshots = new Map<string, Uint8Array>();
  private latest: Observation | undefined;
  private latestShot: EventScreenshot | undefined;

  wrap(operator: Operator): Operator {
    const tap = this;
    return {
      get environment() {
        return operator.environment;
      },
      get actionSpace() {
        return operator.actionSpace;
      },
      async observe(options) {
        const observation = await operator.observe(options);
        tap.remember(observation);
        return observation;
      },
      execute: (action, options) => operator.execute(action, options),
      close: () => operator.close(),
    };
  }

  private remember(observation: Observation): void {
    this.latest = observation;
    const png = observation.screenshot?.png;
    if (!png) {
      this.latestShot = undefined;
      return;
    }
    const sha256 = screenshotKey(png);
    this.screenshots.set(sha256, png);
    this.latestShot = { sha256, width: observation.screenshot!.width, height: observation.screenshot!.height, scale: observation.viewport.deviceScaleFactor };
  }

  /** The screenshot of the latest observation. */
  screenshot(): EventScreenshot | undefined {
    return this.latestShot;
  }

  /** Where an action lands on the latest observation, in logical pixels. */
  targetBox(action: Action): BoundingBox | undefined {
    const target = 'target' in action ? (action.target as { elementId: number } | { x: number; y: number } | undefined) : undefined;
    if (!target) return undefined;
    if ('elementId' in target) return this.latest?.elements.find((element) => element.id === target.elementId)?.box;
    return { x: target.x, y: target.y, width: 0, height: 0 };
  }
}
