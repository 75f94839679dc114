/** One accessible node read again in place, when an AT-SPI event says it changed (atspi-tree-cache.ts). */
import { ACCESSIBLE_INTERFACE, type AtspiConnection } from './atspi-connection.js';
import { ATSPI_COORDS_SCREEN, decodeStates } from './atspi-vocabulary.js';
import { FIELD_ROLES, TEXT_ROLES_WITH_CONTENT, VALUE_ROLES, type AccessibleNode } from './accessible-node.js';

/**
 * Read one node's changing facts again (states, name, description, box,
 * text, value), in place — what an AT-SPI event said changed. 'reshaped'
 * when what lies below it may have changed too (it started or stopped
 * showing, or its child count changed): then its application is read again.
 */
export async function refreshAccessibleNode(connection: AtspiConnection, node: AccessibleNode): Promise<'refreshed' | 'reshaped'> {
  const wasShowing = node.states.has('showing');
  const [stateWords, props, extents] = await Promise.all([
    connection.call(node.ref, ACCESSIBLE_INTERFACE, 'GetState').then(([words]) => words as number[]),
    connection.properties(node.ref, ACCESSIBLE_INTERFACE),
    node.depth === 0
      ? Promise.resolve(undefined)
      : connection.call(node.ref, 'org.a11y.atspi.Component', 'GetExtents', 'u', [ATSPI_COORDS_SCREEN]).then(
          ([box]) => box as number[],
          () => undefined,
        ),
  ]);
  node.states = decodeStates(stateWords);
  node.name = String(props.Name ?? '').trim();
  node.description = String(props.Description ?? '').trim();
  if (extents) {
    const [x, y, width, height] = extents;
    node.extents = { x: x!, y: y!, width: width!, height: height! };
  }
  const childCount = Number(props.ChildCount ?? 0);
  const reshaped = childCount !== node.childCount || wasShowing !== node.states.has('showing');
  node.childCount = childCount;
  const details: Promise<unknown>[] = [];
  if (node.text !== undefined || FIELD_ROLES.has(node.roleName) || (TEXT_ROLES_WITH_CONTENT.has(node.roleName) && !node.name)) {
    details.push(connection.call(node.ref, 'org.a11y.atspi.Text', 'GetText', 'ii', [0, -1]).then(([text]) => (node.text = String(text ?? ''))));
  }
  if (node.value !== undefined || VALUE_ROLES.has(node.roleName)) {
    details.push(
      connection.properties(node.ref, 'org.a11y.atspi.Value').then((value) => {
        if (value.CurrentValue !== undefined) node.value = { current: Number(value.CurrentValue), minimum: Number(value.MinimumValue ?? 0), maximum: Number(value.MaximumValue ?? 0) };
      }),
    );
  }
  await Promise.allSettled(details);
  return reshaped ? 'reshaped' : 'refreshed';
}
