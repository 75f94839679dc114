/**
 * One step of a timeline, as every screen draws it (a live run, a recording
 * being captured, a stored trajectory): the screenshot before the step with
 * the target drawn on it, the step's number and what was done, a tag when it
 * failed or needs a look, and whatever else the screen knows about it below.
 */
import type { ReactNode } from 'react';
import type { Box } from './run-model.js';
import { Screenshot } from './screenshot.js';

export interface StepCardProps {
  /** 0-based, as Step.index; shown 1-based. */
  index: number;
  /** What was done, in words. */
  title: ReactNode;
  tag?: { text: string; tone: 'bad' | 'warn' };
  screenshot?: { sha256: string; width?: number; height?: number; scale?: number };
  /** A live run's screenshots are fetched by its id. */
  runId?: string;
  /** The target, in logical px, drawn on the screenshot. */
  box?: Box;
  /** Shown where the screenshot would be. */
  missing?: string;
  /** ms since the epoch of the event that drew it (the app benchmark reads it). */
  eventTime?: number;
  children?: ReactNode;
}

export function StepCard({ index, title, tag, screenshot, runId, box, missing = 'no screenshot', eventTime, children }: StepCardProps) {
  return (
    <li className="step card" data-step={index} {...(eventTime !== undefined ? { 'data-event-time': eventTime } : {})}>
      <div className="step-media">
        {screenshot ? (
          <Screenshot
            runId={runId}
            sha256={screenshot.sha256}
            width={screenshot.width}
            height={screenshot.height}
            scale={screenshot.scale}
            box={box}
            alt={`Screen before step ${index + 1}`}
          />
        ) : (
          <div className="shot shot-missing">{missing}</div>
        )}
      </div>
      <div className="step-body">
        <h3>
          <span className="step-number">{index + 1}</span>
          {title}
          {tag && <span className={`tag ${tag.tone}`}>{tag.text}</span>}
        </h3>
        {children}
      </div>
    </li>
  );
}
