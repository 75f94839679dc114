/**
 * What the agent sees: one capture of a page or a screen, as a flat list of
 * elements with ids that are stable within this observation only.
 *
 * Units: every coordinate and size here is in logical pixels (CSS pixels in a
 * browser, logical desktop pixels on a screen), measured from the top-left of
 * the viewport (browser) or of the virtual screen (desktop). Multiply by
 * `deviceScaleFactor` to get physical (device) pixels, e.g. to index into a
 * screenshot taken at native resolution.
 */
import { z } from 'zod';

/** An axis-aligned rectangle in logical pixels. */
export const BoundingBoxSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
});
export type BoundingBox = z.infer<typeof BoundingBoxSchema>;

/**
 * Where an element came from: the page's DOM, OCR of a screen grab, or the
 * platform's accessibility tree (AT-SPI on Linux) of a desktop application.
 */
export const ElementSourceSchema = z.enum(['dom', 'ocr', 'a11y']);
export type ElementSource = z.infer<typeof ElementSourceSchema>;

/** Boolean states of an element; absent means "not applicable / unknown". */
export const ElementStatesSchema = z.object({
  checked: z.boolean().optional(),
  selected: z.boolean().optional(),
  focused: z.boolean().optional(),
  disabled: z.boolean().optional(),
  expanded: z.boolean().optional(),
  /** The one of a set shown now — a pager's page, a step, a nav link to this page (aria-current); absent when unmarked. */
  current: z.boolean().optional(),
  editable: z.boolean().optional(),
  hidden: z.boolean().optional(),
});
export type ElementStates = z.infer<typeof ElementStatesSchema>;

export const UIElementSchema = z.object({
  /** Stable within one observation; a new observation numbers afresh. */
  id: z.number().int().nonnegative(),
  /**
   * A role in ARIA vocabulary where one applies: button, link, textbox,
   * checkbox, radio, combobox, option, tab, listitem, heading, text, image,
   * dialog, …; OCR elements use text / button / textbox as the layout suggests.
   */
  role: z.string(),
  /** HTML tag in lower case (dom), absent for OCR. */
  tag: z.string().optional(),
  /** Visible text or accessible name, whitespace collapsed. */
  text: z.string(),
  /** Associated label (e.g. a <label for>, aria-label, placeholder), if different from text. */
  label: z.string().optional(),
  /** Current value of an input-like element (text of a field, selected option's text). */
  value: z.string().optional(),
  /** Input type for inputs (text, password, email, date, …). */
  inputType: z.string().optional(),
  /** Options of a select / listbox, in order. */
  options: z.array(z.string()).optional(),
  /**
   * The group of each of `options`, in order ('' for one outside any group): a native select's
   * <optgroup label>s. Absent when no option has a group.
   */
  optionGroups: z.array(z.string()).optional(),
  /**
   * The name of the group this option, radio or checkbox sits in — an ARIA group's or a list box's
   * header, a <fieldset>'s <legend>; on the desktop, the accessible group (panel) around it; for a
   * select, the group of the option it shows. The same word for every source. Absent when none.
   */
  group: z.string().optional(),
  /** A list box that allows several: the options selected, in order (`value` holds only the first). */
  selectedOptions: z.array(z.string()).optional(),
  states: ElementStatesSchema,
  /** Bounding box in logical pixels. */
  box: BoundingBoxSchema,
  source: ElementSourceSchema,
  /** True if a person would interact with it (click, type, toggle…). */
  interactive: z.boolean(),
  /** Id of the nearest kept ancestor in this observation, if any. */
  parentId: z.number().int().nonnegative().optional(),
  /** 0-based position among siblings of the same role under the same parent. */
  ordinal: z.number().int().nonnegative().optional(),
  /** Selected stable attributes (DOM id, name, class, href…) for describing and matching. */
  attributes: z.record(z.string()).optional(),
});
export type UIElement = z.infer<typeof UIElementSchema>;

/** A screenshot: PNG bytes in memory, or the content hash / path it was stored under. */
export interface ScreenshotRef {
  /** PNG-encoded image at physical resolution. */
  png?: Uint8Array;
  /** sha256 of the PNG bytes, hex; the memory stores screenshots under it. */
  sha256?: string;
  /** Path on disk, when it was written to a file. */
  path?: string;
  /** Size of the image in physical pixels. */
  width: number;
  height: number;
}

export const ViewportSchema = z.object({
  /** Logical pixels. */
  width: z.number().positive(),
  height: z.number().positive(),
  /** Physical pixels per logical pixel (1 on a normal screen, 2 on HiDPI). */
  deviceScaleFactor: z.number().positive(),
  /** Offset of this viewport/monitor in the virtual screen, logical pixels (desktop only). */
  originX: z.number().optional(),
  originY: z.number().optional(),
});
export type Viewport = z.infer<typeof ViewportSchema>;

export const EnvironmentKindSchema = z.enum(['browser', 'desktop']);
export type EnvironmentKind = z.infer<typeof EnvironmentKindSchema>;

/** Facts about the page or screen as a whole. */
export const PageFactsSchema = z.object({
  url: z.string().optional(),
  title: z.string().optional(),
  /** Window class / application name on the desktop. */
  application: z.string().optional(),
  /** Scroll offset of the document in logical pixels. */
  scrollX: z.number().optional(),
  scrollY: z.number().optional(),
  /** Id of the focused element, when it is in `elements`. */
  focusedId: z.number().int().nonnegative().optional(),
  /** Things the capture could not see into (e.g. cross-origin iframes), for the record. */
  notes: z.array(z.string()).optional(),
});
export type PageFacts = z.infer<typeof PageFactsSchema>;

export interface Observation {
  /** Increases by one per observe() of an operator; element ids belong to it. */
  sequence: number;
  environment: EnvironmentKind;
  elements: UIElement[];
  viewport: Viewport;
  page: PageFacts;
  screenshot?: ScreenshotRef;
  /** Wall-clock time of the capture, ms since the epoch. */
  capturedAt: number;
}

/** The element with this id, or undefined. */
export function findElement(observation: Pick<Observation, 'elements'>, id: number): UIElement | undefined {
  return observation.elements.find((element) => element.id === id);
}

/** Centre of a box, logical pixels. */
export function boxCentre(box: BoundingBox): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
