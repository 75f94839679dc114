/**
 * One desktop gesture + the observation taken before it → the stored
 * action (element ids of that observation where the pointer was on a
 * recognised element, points otherwise) and its target descriptors, made by
 * the describer the agent's own steps use (describeTarget: role, text,
 * label, ordinal, the parent's text as context), so a recorded target and
 * the observation it is found in again agree by construction. Pure.
 *
 * A control OCR read where an application's accessibility tree was not read
 * this time (unread-tree.ts: the read was cut short on a loaded machine) is
 * not stored as the target: OCR's guess ("checkbox Pro" for a radio button)
 * is not what the application calls it, and a step described wrongly is
 * worse than one flagged. The point is stored, the guess beside it
 * (pointTargets), and a quality warning says why.
 */
import type { StepDraft } from '../recorded-step.js';
import type { Action, Target } from '../../../agent/core/action.js';
import type { Observation } from '../../../agent/core/observation.js';
import type { TargetDescriptor } from '../../../agent/core/trajectory.js';
import { isSecretField, mentionsSecret, SECRET_PLACEHOLDER } from '../../../agent/safety/secret-fields.js';
import { describeUniqueness } from '../target-uniqueness.js';
import type { DesktopGesture, Point } from './desktop-input-coalescer.js';
import { elementAtPoint } from './ocr-target.js';
import { describeTarget } from '../../../agent/core/describe-target.js';
import { UNREAD_TREE_ATTRIBUTE } from '../../../agent/operators/desktop/unread-tree.js';

export type DesktopStepDraft = StepDraft;

export function desktopGestureToStep(gesture: DesktopGesture, observation: Observation, options: { allowSecrets: boolean }): DesktopStepDraft {
  const targets: TargetDescriptor[] = [];
  const warnings: string[] = [];
  const pointTargets: TargetDescriptor[] = [];
  let secretField = false;
  const resolve = (point: Point, what: string): Target => {
    const pointed = elementAtPoint(observation, point);
    const unreadTree = pointed?.element.attributes?.[UNREAD_TREE_ATTRIBUTE];
    if (pointed && unreadTree !== undefined) {
      const guess = describeTarget(pointed.element, observation);
      pointTargets.push(guess);
      // A guess is still enough to know a password field: what is typed there stays masked.
      secretField ||= isSecretField({ inputType: pointed.element.inputType, label: pointed.element.label, text: pointed.element.text }) || mentionsSecret(`${guess.text} ${guess.label ?? ''}`);
      const whose = unreadTree ? `${unreadTree}'s accessibility tree` : 'the accessibility tree';
      warnings.push(
        `${what}: ${whose} was not read in time for this observation (only in part, or not at all), and OCR read what lies at the pointer as ${pointed.element.role} ${JSON.stringify(pointed.element.text)} — a guess that may not be what the application calls it; stored as the point (${Math.round(point.x)}, ${Math.round(point.y)})`,
      );
      return { x: Math.round(point.x), y: Math.round(point.y) };
    }
    if (pointed && (pointed.inside || pointed.element.interactive)) {
      const descriptor = describeTarget(pointed.element, observation);
      targets.push(descriptor);
      secretField ||= isSecretField({ inputType: pointed.element.inputType, label: pointed.element.label, text: pointed.element.text }) || mentionsSecret(`${descriptor.text} ${descriptor.label ?? ''}`);
      const uniqueness = describeUniqueness(pointed.element, observation);
      if (uniqueness) warnings.push(`${what}: ${uniqueness}`);
      return { elementId: pointed.element.id };
    }
    if (pointed) {
      pointTargets.push(describeTarget(pointed.element, observation));
      warnings.push(`${what}: the pointer was beside ${pointed.element.role} ${JSON.stringify(pointed.element.text)}, not on it; stored as the point (${Math.round(point.x)}, ${Math.round(point.y)})`);
    } else {
      warnings.push(`${what}: no text or control was recognised at (${Math.round(point.x)}, ${Math.round(point.y)}); stored as a point, which replay can only repeat on the same layout`);
    }
    return { x: Math.round(point.x), y: Math.round(point.y) };
  };

  switch (gesture.kind) {
    case 'click':
    case 'double-click':
    case 'right-click':
      return { action: { type: gesture.kind, target: resolve(gesture.at, gesture.kind) }, targets, warnings, pointTargets, secretMasked: false };
    case 'type': {
      const target = gesture.field ? resolve(gesture.field, 'type') : undefined;
      const masked = secretField && !options.allowSecrets;
      const replace = target !== undefined && 'elementId' in target && (observation.elements.find((element) => element.id === target.elementId)?.value ?? '') !== '';
      const action: Action = {
        type: 'type',
        text: masked ? SECRET_PLACEHOLDER : gesture.text,
        ...(target ? { target } : {}),
        ...(replace ? { replace: true } : {}),
      };
      if (masked) for (const descriptor of [...targets, ...pointTargets]) delete descriptor.value;
      return { action, targets, warnings, pointTargets, secretMasked: masked };
    }
    case 'press':
      return { action: { type: 'press', keys: gesture.keys }, targets, warnings, pointTargets, secretMasked: false };
    case 'scroll': {
      const under = elementAtPoint(observation, gesture.at);
      if (under) pointTargets.push(describeTarget(under.element, observation));
      return {
        action: { type: 'scroll', deltaX: gesture.deltaX, deltaY: gesture.deltaY, target: { x: Math.round(gesture.at.x), y: Math.round(gesture.at.y) } },
        targets,
        warnings,
        pointTargets,
        secretMasked: false,
      };
    }
    case 'drag': {
      const from = resolve(gesture.from, 'drag start');
      // A drop inside the dragged element itself (moving it by an offset) is a point: its centre would undo the move.
      const dropOn = elementAtPoint(observation, gesture.to);
      const withinItself = 'elementId' in from && dropOn?.element.id === from.elementId;
      const to: Target = withinItself ? { x: Math.round(gesture.to.x), y: Math.round(gesture.to.y) } : resolve(gesture.to, 'drag end');
      return { action: { type: 'drag', from, to }, targets, warnings, pointTargets, secretMasked: false };
    }
  }
}
