/**
 * macOS Accessibility (AX) reader — NOT BUILT. A documented stub behind the
 * AccessibilityReader seam, so that adding it is this one file.
 *
 * How it would work: a small native helper (Swift) using
 * AXUIElementCreateApplication for each running application (or the
 * frontmost one), after the user grants the Accessibility permission
 * (AXIsProcessTrustedWithOptions prompts for it); it walks kAXChildrenAttribute
 * with AXUIElementCopyMultipleAttributeValues (one call per node for role,
 * subrole, title, description, value, enabled, focused, selected, expanded,
 * position and size — in points, i.e. logical pixels already) and maps
 * AXRole → ARIA role (AXButton → button, AXCheckBox → checkbox, AXRadioButton
 * → radio, AXTextField → textbox, AXPopUpButton/AXComboBox → combobox,
 * AXRow → option, AXMenuItem → menuitem, …); AXTitleUIElement gives the label.
 * Acting: AXUIElementPerformAction(kAXPressAction) (activate),
 * AXUIElementSetAttributeValue(kAXValueAttribute) (set-text),
 * kAXSelectedAttribute (select), kAXFocusedAttribute (focus),
 * kAXScrollToVisibleAction (scroll-into-view).
 */
import { UserFacingError } from '../../../core/errors.js';
import type { AccessibilityReader } from './accessibility-reader.js';

export const MacosAxReader = {
  /** @throws UserFacingError always: this reader is not built. */
  async open(): Promise<AccessibilityReader> {
    throw new UserFacingError(
      'the macOS accessibility (AX) reader is not built yet: on macOS the desktop operator sees the screen through OCR only',
      'see agent/operators/desktop/a11y/macos-ax-reader.ts for how it would be added',
    );
  },
};
