/** "0-4" or "1,3,7-9" → the seeds; throws with a plain message on anything else. */
export function parseSeedList(text: string): number[] {
  const seeds: number[] = [];
  for (const part of text.split(',').map((piece) => piece.trim()).filter(Boolean)) {
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from || to - from > 500) throw new Error(`seeds: ${part} is not a range of at most 500 seeds`);
      for (let seed = from; seed <= to; seed += 1) seeds.push(seed);
    } else if (/^\d+$/.test(part)) seeds.push(Number(part));
    else throw new Error(`seeds: ${JSON.stringify(part)} is not a seed or a range like 0-4`);
  }
  if (seeds.length === 0) throw new Error('seeds: give at least one, e.g. 0-4');
  return seeds;
}
