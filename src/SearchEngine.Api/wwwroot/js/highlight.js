// Highlight ranges → marked pieces of text. Pure: no DOM. Ranges come from the API in UTF-16 code units
// ({start, length}, sorted, non-overlapping); they are still clipped here so a bad range can never throw or
// duplicate text.

/**
 * Ranges clipped to [0, length], sorted, with overlaps and empty ranges dropped.
 * @param {Array<{start:number,length:number}>|null|undefined} ranges
 * @param {number} length text length in UTF-16 code units
 * @returns {Array<{start:number,end:number}>}
 */
export function normalizeRanges(ranges, length) {
  const out = [];
  const sorted = [...(ranges || [])]
    .filter((r) => r && Number.isFinite(r.start) && Number.isFinite(r.length))
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(at, Math.min(length, Math.max(0, r.start)));
    const end = Math.max(start, Math.min(length, r.start + r.length));
    if (end > start) { out.push({ start, end }); at = end; }
  }
  return out;
}

/**
 * Plain text split into alternating unmarked / marked segments.
 * @returns {Array<{text:string, mark:boolean}>}
 */
export function segments(text, ranges) {
  const source = text ?? '';
  const out = [];
  let at = 0;
  for (const { start, end } of normalizeRanges(ranges, source.length)) {
    if (start > at) out.push({ text: source.slice(at, start), mark: false });
    out.push({ text: source.slice(start, end), mark: true });
    at = end;
  }
  if (at < source.length) out.push({ text: source.slice(at), mark: false });
  return out;
}

/**
 * Marks display runs (see latex.js) by source ranges. A verbatim run maps character for character onto its source,
 * so it is cut exactly at range edges; a converted run (π for \pi) is atomic and marked when any of its source
 * overlaps a range. Neighbouring runs with the same styles and mark are merged.
 * @param {Array<{text:string,start:number,end:number,verbatim:boolean,styles:string[]}>} runs
 * @param {Array<{start:number,length:number}>} ranges
 * @returns {Array<{text:string,styles:string[],mark:boolean}>}
 */
export function markRuns(runs, ranges) {
  const end = runs.reduce((m, r) => Math.max(m, r.end), 0);
  const marks = normalizeRanges(ranges, end);
  const pieces = [];
  for (const run of runs) {
    if (!run.text) continue;
    if (!run.verbatim) {
      pieces.push({ text: run.text, styles: run.styles, mark: marks.some((m) => m.start < run.end && m.end > run.start) });
      continue;
    }
    let at = run.start;
    for (const m of marks) {
      if (m.end <= at || m.start >= run.end) continue;
      if (m.start > at) pieces.push({ text: run.text.slice(at - run.start, m.start - run.start), styles: run.styles, mark: false });
      const stop = Math.min(m.end, run.end);
      pieces.push({ text: run.text.slice(Math.max(at, m.start) - run.start, stop - run.start), styles: run.styles, mark: true });
      at = stop;
    }
    if (at < run.end) pieces.push({ text: run.text.slice(at - run.start), styles: run.styles, mark: false });
  }
  const merged = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.mark === p.mark && sameStyles(last.styles, p.styles)) last.text += p.text;
    else merged.push({ text: p.text, styles: [...p.styles], mark: p.mark });
  }
  return merged;
}

const sameStyles = (a, b) => a.length === b.length && a.every((s, i) => s === b[i]);
