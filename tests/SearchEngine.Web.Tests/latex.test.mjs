import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latexRuns, latexToPlain } from '../../src/SearchEngine.Api/wwwroot/js/latex.js';

const styled = (source) => latexRuns(source).filter((r) => r.styles.length).map((r) => [r.text, r.styles.join('+')]);

test('the cases from issue 12: percent, pi, sub/superscripts', () => {
  assert.equal(latexToPlain('accuracy of $75.7\\%$ on ImageNet'), 'accuracy of 75.7% on ImageNet');
  assert.equal(latexToPlain('$\\pi$'), 'π');
  assert.equal(latexToPlain('PanGu-$π$: Enhancing'), 'PanGu-π: Enhancing');
  assert.deepEqual(styled('$x^{2}$ and $a_{i}$'), [['2', 'sup'], ['i', 'sub']]);
  assert.deepEqual(styled('$O(n^2)$'), [['2', 'sup']]);
  assert.deepEqual(styled('$W_{q}^{T}$'), [['q', 'sub'], ['T', 'sup']]);
});

test('Greek letters, upper and lower case, inside and outside math', () => {
  assert.equal(latexToPlain('$\\alpha$, $\\beta$, $\\Gamma$, $\\lambda$, $\\Omega$'), 'α, β, Γ, λ, Ω');
  assert.equal(latexToPlain('an \\epsilon-greedy policy'), 'an ϵ-greedy policy');
});

test('operators and relations', () => {
  assert.equal(latexToPlain('$3\\times 3$ conv'), '3× 3 conv');
  assert.equal(latexToPlain('$k \\leq n$, $k \\geq 1$, $a \\neq b$, $x \\approx y$, $\\infty$'), 'k ≤ n, k ≥ 1, a ≠ b, x ≈ y, ∞');
  assert.equal(latexToPlain('$x \\in \\mathbb{R}^d$'), 'x ∈ ℝd');
  assert.equal(latexToPlain('$\\frac{1}{2}$ and $\\frac{a+b}{n}$'), '1/2 and (a+b)/n');
  assert.equal(latexToPlain('$\\sqrt{d}$ and $\\sqrt{n+1}$'), '√d and √(n+1)');
  assert.equal(latexToPlain('$O(n \\log n)$'), 'O(n log n)');
});

test('text commands are unwrapped with their style; escapes become their characters', () => {
  assert.equal(latexToPlain('\\textbf{Bold} and \\emph{new}'), 'Bold and new');
  assert.deepEqual(styled('\\textbf{Bold} and \\emph{new} \\textit{it}'), [['Bold', 'b'], ['new', 'i'], ['it', 'i']]);
  assert.equal(latexToPlain('R\\&D costs 5\\% less, \\#1'), 'R&D costs 5% less, #1');
  assert.equal(latexToPlain('$\\mathcal{O}(1)$ and $\\text{softmax}(x)$'), 'O(1) and softmax(x)');
  assert.equal(latexToPlain('``Kurchatov Institute\'\''), '“Kurchatov Institute”');
});

test('accents compose into single characters', () => {
  assert.equal(latexToPlain("C. Bal\\'azs and Franz G\\\"ahler"), 'C. Balázs and Franz Gähler');
  assert.equal(latexToPlain("Erd\\H{o}s, \\c{C}a\\u{g}lar, Sch\\\"{o}lkopf, \\'{\\i}"), 'Erdős, Çağlar, Schölkopf, í');
});

test('unknown commands stay as typed, so nothing is lost', () => {
  assert.equal(latexToPlain('$\\foo{x}$ and \\cite{smith}'), '\\foo{x} and \\cite{smith}');
  assert.equal(latexToPlain('trailing backslash \\'), 'trailing backslash \\');
});

test('dollars that are not math stay text', () => {
  assert.equal(latexToPlain('it costs $5 and $10 more'), 'it costs $5 and $10 more');
  assert.equal(latexToPlain('a lone $ sign'), 'a lone $ sign');
  assert.equal(latexToPlain('unclosed $\\alpha'), 'unclosed $α');
  assert.equal(latexToPlain('$$E = mc^2$$'), 'E = mc2');
  assert.equal(latexToPlain('inline \\(x_1\\)'), 'inline x1');
});

test('plain text, markup and braces without LaTeX come through unchanged', () => {
  for (const text of ['<img src=x onerror=alert(1)> Cross-Site Scripting', 'a {set} of snake_case x^2 words', 'tab\there', '']) {
    assert.equal(latexToPlain(text), text);
  }
  assert.deepEqual(latexRuns(''), []);
  assert.equal(latexToPlain(null), '');
});

test('runs carry their source spans: verbatim runs are slices of the source', () => {
  const source = 'Top-1 of $75.7\\%$ with \\textbf{$\\alpha$}';
  for (const run of latexRuns(source)) {
    assert.ok(run.start >= 0 && run.end <= source.length && run.start <= run.end);
    if (run.verbatim) assert.equal(run.text, source.slice(run.start, run.end));
  }
  const alpha = latexRuns(source).find((r) => r.text === 'α');
  assert.equal(source.slice(alpha.start, alpha.end), '\\alpha');
  assert.deepEqual(alpha.styles, ['b']);
});
