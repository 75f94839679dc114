/**
 * What the in-page extraction takes and returns (types only: erased from the
 * bundled page script).
 */

export interface ExtractOptions {
  /** Observation sequence number; stored with the element registry so stale ids are recognised. */
  sequence: number;
  /** Only elements that intersect this rectangle (viewport CSS px) are kept. */
  region?: { x: number; y: number; width: number; height: number };
  /** CSS selectors whose subtrees are skipped entirely. */
  exclude: string[];
  /** Stop after this many elements (a note says so). */
  maxElements: number;
  /** Longest text kept per element, characters (longer text ends in "…"). */
  maxTextLength: number;
  /**
   * Where the node registry is kept (a `Symbol.for` key). Default `understudy.elements`, the operator's;
   * the recorder's event-time extraction keeps its own so it never invalidates the operator's ids.
   */
  registryKey?: string;
  /**
   * Nodes to count as clickable whatever their listeners (in-page callers only: the recorder passes the
   * element a person just pressed, which reacted to input the extraction could not see being bound).
   */
  clickableNodes?: unknown[];
}

export interface ExtractedElement {
  id: number;
  parentId?: number;
  role: string;
  tag: string;
  text: string;
  label?: string;
  value?: string;
  inputType?: string;
  options?: string[];
  /** A select's options' groups (<optgroup label>), in the order of `options`; '' outside any group. Absent when none has one. */
  optionGroups?: string[];
  /** The group an option, radio or checkbox sits in (extract/groups.ts); absent when none. */
  group?: string;
  /** A list box that allows several: the options selected now, in order. */
  selectedOptions?: string[];
  states: {
    checked?: boolean;
    selected?: boolean;
    focused?: boolean;
    disabled?: boolean;
    expanded?: boolean;
    current?: boolean;
    editable?: boolean;
  };
  box: { x: number; y: number; width: number; height: number };
  interactive: boolean;
  attributes?: Record<string, string>;
}

export interface ExtractResult {
  elements: ExtractedElement[];
  url: string;
  title: string;
  scrollX: number;
  scrollY: number;
  focusedId?: number;
  notes: string[];
  viewport: { width: number; height: number; deviceScaleFactor: number };
}

/** An element's box, viewport CSS px. */
export type Box = ExtractedElement['box'];
