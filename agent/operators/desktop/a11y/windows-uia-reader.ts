/**
 * Windows UI Automation reader — NOT BUILT. A documented stub behind the
 * AccessibilityReader seam, so that adding it is this one file.
 *
 * How it would work: UI Automation (UIAutomationCore, COM) from a small
 * native helper or PowerShell's System.Windows.Automation, with a cache
 * request (CacheRequest with TreeScope.Subtree and the properties below) so a
 * window's tree comes back in one cross-process call: ControlType → ARIA role
 * (Button → button, CheckBox → checkbox, Edit → textbox, ComboBox →
 * combobox, ListItem → option, MenuItem → menuitem, …), Name, HelpText
 * (description), LabeledBy, IsEnabled, HasKeyboardFocus,
 * TogglePattern.ToggleState (checked), SelectionItemPattern.IsSelected,
 * ExpandCollapsePattern.ExpandCollapseState, ValuePattern.Value, and
 * BoundingRectangle in physical screen pixels (divide by the monitor's DPI
 * scale for logical pixels). Acting: InvokePattern.Invoke (activate),
 * ValuePattern.SetValue (set-text), SelectionItemPattern.Select (select),
 * SetFocus (focus), ScrollItemPattern.ScrollIntoView (scroll-into-view).
 */
import { UserFacingError } from '../../../core/errors.js';
import type { AccessibilityReader } from './accessibility-reader.js';

export const WindowsUiaReader = {
  /** @throws UserFacingError always: this reader is not built. */
  async open(): Promise<AccessibilityReader> {
    throw new UserFacingError(
      'the Windows UI Automation reader is not built yet: on Windows the desktop operator sees the screen through OCR only',
      'see agent/operators/desktop/a11y/windows-uia-reader.ts for how it would be added',
    );
  },
};
