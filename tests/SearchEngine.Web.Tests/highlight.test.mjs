import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markRuns, normalizeRanges, segments } from '../../src/SearchEngine.Api/wwwroot/js/highlight.js';
import { latexRuns } from '../../src/SearchEngine.Api/wwwroot/js/latex.js';
import { hit } from './fixtures.mjs';

const marked = (pieces) => pieces.filter((p) => p.mark).map((p) => p.text);

test('segments split a snippet at its highlight ranges', () => {
  const { text, highlights } = hit.snippet;
  assert.deepEqual(segments(text, highlights), [
    { text: '… a ', mark: false },
    { text: 'Ghost', mark: true },
    { text: ' module that generates more feature maps …', mark: false },
  ]);
  assert.deepEqual(segments(hit.title, hit.titleHighlights).map((s) => s.mark), [true, false]);
});

test('segments keep every character exactly once, with or without ranges', () => {
  const text = 'a <b>bold</b> & "quoted" claim';
  assert.equal(segments(text, [{ start: 2, length: 3 }, { start: 15, length: 6 }]).map((s) => s.text).join(''), text);
  assert.deepEqual(segments(text, []), [{ text, mark: false }]);
  assert.deepEqual(segments('', [{ start: 0, length: 2 }]), []);
  assert.deepEqual(segments(null, null), []);
});

test('offsets are UTF-16 code units: astral characters count twice', () => {
  const text = '𝔼 of ghost';  // 𝔼 is a surrogate pair
  assert.deepEqual(marked(segments(text, [{ start: 6, length: 5 }])), ['ghost']);
});

test('bad ranges are clipped, sorted and de-overlapped instead of throwing or duplicating text', () => {
  assert.deepEqual(normalizeRanges([{ start: 8, length: 100 }, { start: -3, length: 5 }, { start: 1, length: 2 }, { start: 4, length: 0 }], 10),
    [{ start: 0, end: 2 }, { start: 2, end: 3 }, { start: 8, end: 10 }]);
  const text = 'abcdefghij';
  assert.equal(segments(text, [{ start: 2, length: 5 }, { start: 3, length: 5 }]).map((s) => s.text).join(''), text);
  assert.deepEqual(normalizeRanges([{ start: 'x', length: 2 }, null], 10), []);
});

test('markRuns maps source ranges onto LaTeX display runs', () => {
  // "We reach $75.7\%$ top-1" with "75.7" highlighted in the source (offsets 10..14)
  const source = 'We reach $75.7\\%$ top-1';
  const pieces = markRuns(latexRuns(source), [{ start: 10, length: 4 }]);
  assert.equal(pieces.map((p) => p.text).join(''), 'We reach 75.7% top-1');
  assert.deepEqual(marked(pieces), ['75.7']);
});

test('a converted symbol is marked when its source overlaps a range', () => {
  const source = 'PanGu-$\\pi$ model';
  const pieces = markRuns(latexRuns(source), [{ start: 7, length: 3 }]);  // over "\pi"
  assert.deepEqual(marked(pieces), ['π']);
  assert.equal(pieces.map((p) => p.text).join(''), 'PanGu-π model');
});

test('markRuns merges neighbours and keeps sub/superscript styles', () => {
  const pieces = markRuns(latexRuns('x $n^{2}$ y'), []);
  assert.deepEqual(pieces, [
    { text: 'x n', styles: [], mark: false },
    { text: '2', styles: ['sup'], mark: false },
    { text: ' y', styles: [], mark: false },
  ]);
});
