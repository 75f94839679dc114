/** A risky action waits for a person: the action, why it is risky, and the screen it would act on. */
import { useEffect, useRef } from 'react';
import type { PushedEvents } from '../../../main/api/contract.js';
import { Screenshot } from './screenshot.js';

export interface ConfirmationDialogProps {
  request: PushedEvents['run.confirmation'];
  onAnswer(approve: boolean): void;
  onStop(): void;
}

export function ConfirmationDialog({ request, onAnswer, onStop }: ConfirmationDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, [request.requestId]);
  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id="confirm-title">Allow this action?</h2>
      <p className="confirm-action">{request.description}</p>
      <p className="muted">{request.reason}</p>
      {request.screenshot && (
        <Screenshot
          runId={request.runId}
          sha256={request.screenshot.sha256}
          width={request.screenshot.width}
          height={request.screenshot.height}
          scale={request.screenshot.scale}
          box={request.targetBox}
          alt="The screen the action would act on"
        />
      )}
      <div className="actions">
        <button type="button" autoFocus onClick={() => onAnswer(false)}>
          Decline
        </button>
        <button type="button" className="primary" onClick={() => onAnswer(true)}>
          Allow
        </button>
        <button type="button" className="danger" onClick={onStop}>
          Stop the run
        </button>
      </div>
    </dialog>
  );
}
