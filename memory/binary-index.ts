/**
 * The vector search's first pass, in memory: every stored key's sign bits
 * (random-hyperplane projections quantised by sqlite-vec's
 * `vec_quantize_binary`, kept in the `trajectory_bits` table), scanned by
 * Hamming distance. Candidates it picks are then re-ranked by exact cosine
 * on the float vectors.
 *
 * Why not sqlite-vec's own vec0 KNN: measured on this 2-core machine at 100k
 * rows (machine under load), a vec0 `bit[384]` KNN cost ~10 ms for k = 10 and
 * ~70–90 ms for k = 200 (its cost grows with k), and reading single float vectors back out
 * of a vec0 table costs ~0.35 ms each; a flat scan of packed words here costs
 * a few ms at any k, and the re-rank reads plain blobs by primary key.
 *
 * The scan also applies the metadata filters (environment, app, source,
 * success) per row, so a filtered search is exact in its first pass too.
 */

/** Words (32 bits each) of the key the shortlisting scan compares. */
const PREFIX_WORDS = 8;
/** Rows the shortlisting scan keeps for the full-key ranking. */
const SHORTLIST = 4_000;

export interface BinaryIndexRow {
  rowid: number;
  bits: Uint8Array;
  environment: string;
  appKey: string;
  source: string;
  success: boolean;
}

export interface BinaryIndexFilter {
  environment?: string;
  appKey?: string;
  source?: string;
  successOnly?: boolean;
}

export class BinaryIndex {
  private wordsPerRow = 0;
  private words = new Uint32Array(0);
  private rowids = new Float64Array(0);
  private environment = new Uint8Array(0);
  private source = new Uint8Array(0);
  private success = new Uint8Array(0);
  private appKey = new Int32Array(0);
  private size = 0;
  /** Scratch space for nearest(), reused between calls. */
  private distances = new Uint16Array(0);
  private readonly slotOf = new Map<number, number>();
  private readonly codes = new Map<string, number>();
  private readonly appCodes = new Map<string, number>();

  get length(): number {
    return this.size;
  }

  /** The highest rowid held (0 when empty); rows are appended in rowid order. */
  maxRowid = 0;

  clear(): void {
    this.size = 0;
    this.maxRowid = 0;
    this.slotOf.clear();
  }

  add(row: BinaryIndexRow): void {
    const wordsPerRow = Math.ceil(row.bits.length / 4);
    if (this.size === 0 && this.wordsPerRow !== wordsPerRow) {
      this.wordsPerRow = wordsPerRow;
      this.words = new Uint32Array(0);
    }
    if (wordsPerRow !== this.wordsPerRow) throw new Error(`binary index holds ${this.wordsPerRow * 32}-bit keys, got ${row.bits.length * 8} bits`);
    if (this.slotOf.has(row.rowid)) this.remove(row.rowid);
    this.ensureCapacity(this.size + 1);
    const slot = this.size++;
    const padded = new Uint8Array(wordsPerRow * 4);
    padded.set(row.bits);
    this.words.set(new Uint32Array(padded.buffer), slot * wordsPerRow);
    this.rowids[slot] = row.rowid;
    this.environment[slot] = this.code(this.codes, `e:${row.environment}`);
    this.source[slot] = this.code(this.codes, `s:${row.source}`);
    this.success[slot] = row.success ? 1 : 0;
    this.appKey[slot] = this.code(this.appCodes, row.appKey);
    this.slotOf.set(row.rowid, slot);
    if (row.rowid > this.maxRowid) this.maxRowid = row.rowid;
  }

  /** Swap the last row into the gap. */
  remove(rowid: number): boolean {
    const slot = this.slotOf.get(rowid);
    if (slot === undefined) return false;
    const last = this.size - 1;
    if (slot !== last) {
      this.words.copyWithin(slot * this.wordsPerRow, last * this.wordsPerRow, (last + 1) * this.wordsPerRow);
      this.rowids[slot] = this.rowids[last]!;
      this.environment[slot] = this.environment[last]!;
      this.source[slot] = this.source[last]!;
      this.success[slot] = this.success[last]!;
      this.appKey[slot] = this.appKey[last]!;
      this.slotOf.set(this.rowids[slot]!, slot);
    }
    this.slotOf.delete(rowid);
    this.size--;
    return true;
  }

  /** Rowids of the `count` rows nearest to `bits` by Hamming distance that pass the filter; nearest first. */
  nearest(bits: Uint8Array, count: number, filter: BinaryIndexFilter = {}): number[] {
    if (this.size === 0 || count <= 0) return [];
    const wordsPerRow = this.wordsPerRow;
    const padded = new Uint8Array(wordsPerRow * 4);
    padded.set(bits.subarray(0, padded.length));
    const query = new Uint32Array(padded.buffer);
    const environment = filter.environment === undefined ? -1 : (this.codes.get(`e:${filter.environment}`) ?? -2);
    const source = filter.source === undefined ? -1 : (this.codes.get(`s:${filter.source}`) ?? -2);
    const appKey = filter.appKey === undefined ? -1 : (this.appCodes.get(filter.appKey) ?? -2);
    if (environment === -2 || source === -2 || appKey === -2) return [];
    const successOnly = filter.successOnly === true;
    const filtered = environment >= 0 || source >= 0 || appKey >= 0 || successOnly;

    const size = this.size;
    // Long keys over many rows: a first scan on a prefix of the bits (itself a
    // shorter random-hyperplane hash) shortlists rows, the full key ranks them.
    const twoStage = wordsPerRow > PREFIX_WORDS && size > 4 * Math.max(SHORTLIST, count * 20);
    const prefixWords = twoStage ? PREFIX_WORDS : wordsPerRow;
    const shortlist = this.select(query, prefixWords, twoStage ? Math.max(SHORTLIST, count * 20) : count, filtered ? (slot) =>
      (environment >= 0 && this.environment[slot] !== environment) ||
      (source >= 0 && this.source[slot] !== source) ||
      (appKey >= 0 && this.appKey[slot] !== appKey) ||
      (successOnly && this.success[slot] !== 1) : undefined);
    const ranked = shortlist.map((slot) => ({ slot, distance: twoStage ? this.distance(slot, query, wordsPerRow) : this.distances[slot]! }));
    ranked.sort((left, right) => left.distance - right.distance || this.rowids[left.slot]! - this.rowids[right.slot]!);
    return ranked.slice(0, count).map((item) => this.rowids[item.slot]!);
  }

  /** Hamming distance of one row's first `words` words to the query. */
  private distance(slot: number, query: Uint32Array, words: number): number {
    let distance = 0;
    const offset = slot * this.wordsPerRow;
    for (let word = 0; word < words; word++) {
      let value = this.words[offset + word]! ^ query[word]!;
      value -= (value >>> 1) & 0x55555555;
      value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
      distance += Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
    }
    return distance;
  }

  /**
   * Slots of the `count` rows nearest on the first `prefixWords` words (ties
   * broken by slot order), skipping rows `excluded` says to. Distances, then
   * a counting pass over the small range of possible distances: O(rows), no sort.
   */
  private select(query: Uint32Array, prefixWords: number, count: number, excluded?: (slot: number) => boolean): number[] {
    const maxDistance = prefixWords * 32;
    const size = this.size;
    if (this.distances.length < size) this.distances = new Uint16Array(this.rowids.length);
    const distances = this.distances;
    const histogram = new Uint32Array(maxDistance + 2);
    const words = this.words;
    const wordsPerRow = this.wordsPerRow;
    for (let slot = 0, offset = 0; slot < size; slot++, offset += wordsPerRow) {
      if (excluded?.(slot)) {
        distances[slot] = maxDistance + 1;
        continue;
      }
      let distance = 0;
      for (let word = 0; word < prefixWords; word++) {
        // Inline popcount: this loop is the whole cost of the first pass.
        let value = words[offset + word]! ^ query[word]!;
        value -= (value >>> 1) & 0x55555555;
        value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
        distance += Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
      }
      distances[slot] = distance;
      histogram[distance]!++;
    }
    let threshold = 0;
    let below = 0;
    while (threshold <= maxDistance && below + histogram[threshold]! < count) below += histogram[threshold++]!;
    const picked: number[] = [];
    let atThreshold = count - below;
    for (let slot = 0; slot < size && picked.length < count; slot++) {
      const distance = distances[slot]!;
      if (distance > maxDistance) continue; // excluded
      if (distance < threshold) picked.push(slot);
      else if (distance === threshold && atThreshold > 0) {
        picked.push(slot);
        atThreshold--;
      }
    }
    return picked;
  }

  private code(table: Map<string, number>, key: string): number {
    let code = table.get(key);
    if (code === undefined) {
      code = table.size;
      table.set(key, code);
    }
    return code;
  }

  private ensureCapacity(rows: number): void {
    if (this.rowids.length >= rows) return;
    const capacity = Math.max(1024, rows, this.rowids.length * 2);
    const grow = <T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(array: T, make: (length: number) => T, per = 1): T => {
      const next = make(capacity * per);
      next.set(array.subarray(0, this.size * per) as never);
      return next;
    };
    this.words = grow(this.words, (length) => new Uint32Array(length), this.wordsPerRow);
    this.rowids = grow(this.rowids, (length) => new Float64Array(length));
    this.environment = grow(this.environment, (length) => new Uint8Array(length));
    this.source = grow(this.source, (length) => new Uint8Array(length));
    this.success = grow(this.success, (length) => new Uint8Array(length));
    this.appKey = grow(this.appKey, (length) => new Int32Array(length));
  }
}
