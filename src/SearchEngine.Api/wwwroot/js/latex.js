// LaTeX as typed in titles and abstracts → readable display runs. Pure: no DOM. Covers what paper metadata
// actually holds ($75.7\%$, $\pi$, Greek letters, x^{2}, a_{i}, \times, \leq, \textbf{}, \emph{}, accents), not
// LaTeX at large: anything unknown stays as typed, so nothing is ever lost. The stored text is never changed.
//
// Output: runs {text, start, end, verbatim, styles}. start/end are the run's source span in UTF-16 code units, so
// highlight ranges over the source text still land on the right characters (highlight.js markRuns). A verbatim run
// is a slice of the source (text === source.slice(start, end)); a converted one (π for \pi) is atomic. styles is
// a list of 'b' | 'i' | 'sup' | 'sub', outermost first; the view turns them into elements, never markup.

const GREEK = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', varpi: 'ϖ', rho: 'ρ',
  varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ', upsilon: 'υ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ',
  omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

const SYMBOLS = {
  ...GREEK,
  times: '×', cdot: '·', div: '÷', pm: '±', mp: '∓', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠',
  approx: '≈', sim: '∼', simeq: '≃', equiv: '≡', propto: '∝', ll: '≪', gg: '≫', infty: '∞', partial: '∂',
  nabla: '∇', sum: '∑', prod: '∏', int: '∫', in: '∈', notin: '∉', subset: '⊂', subseteq: '⊆', supset: '⊃',
  cup: '∪', cap: '∩', forall: '∀', exists: '∃', emptyset: '∅', varnothing: '∅', to: '→', rightarrow: '→',
  leftarrow: '←', gets: '←', Rightarrow: '⇒', Leftarrow: '⇐', leftrightarrow: '↔', Leftrightarrow: '⇔',
  mapsto: '↦', uparrow: '↑', downarrow: '↓', ldots: '…', dots: '…', cdots: '⋯', circ: '∘', ast: '∗', star: '⋆',
  ell: 'ℓ', hbar: 'ℏ', prime: '′', langle: '⟨', rangle: '⟩', lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉',
  mid: '|', vert: '|', Vert: '‖', neg: '¬', lnot: '¬', land: '∧', wedge: '∧', lor: '∨', vee: '∨', oplus: '⊕',
  otimes: '⊗', top: '⊤', bot: '⊥', perp: '⊥', dagger: '†', ddagger: '‡', S: '§', P: '¶', checkmark: '✓',
  log: 'log', ln: 'ln', exp: 'exp', sin: 'sin', cos: 'cos', tan: 'tan', max: 'max', min: 'min', arg: 'arg',
  lim: 'lim', sup: 'sup', inf: 'inf', det: 'det', Pr: 'Pr', argmax: 'argmax', argmin: 'argmin',
  quad: ' ', qquad: '  ', ',': ' ', ';': ' ', ':': ' ', ' ': ' ', '!': '', '\\': ' ', '/': '',
  textasciitilde: '~', textbackslash: '\\', textendash: '–', textemdash: '—', textbar: '|', LaTeX: 'LaTeX', TeX: 'TeX',
  ss: 'ß', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
  '%': '%', '&': '&', '$': '$', '#': '#', '_': '_', '{': '{', '}': '}',
};

// \'e → é: the base letter plus a combining mark, composed (NFC).
const ACCENTS = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  c: '\u0327', v: '\u030C', u: '\u0306', H: '\u030B', r: '\u030A', k: '\u0328',
};

// Commands whose argument is shown, with a style (b = bold, i = italic) or without one.
const WRAPPERS = {
  textbf: 'b', mathbf: 'b', bm: 'b', boldsymbol: 'b', emph: 'i', textit: 'i', mathit: 'i', textsl: 'i',
  text: '', textrm: '', textsf: '', texttt: '', textsc: '', textnormal: '', textup: '', mathrm: '', mathsf: '',
  mathtt: '', mathcal: '', mathscr: '', mathfrak: '', mathnormal: '', operatorname: '', mbox: '', hbox: '',
  hat: '', widehat: '', tilde: '', widetilde: '', bar: '', overline: '', underline: '', vec: '', dot: '', ddot: '',
};

const BLACKBOARD = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', E: '𝔼', P: 'ℙ' };

const isLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c) => c >= '0' && c <= '9';

/**
 * Display runs of a title or abstract.
 * @param {string|null|undefined} source
 * @returns {Array<{text:string,start:number,end:number,verbatim:boolean,styles:string[]}>}
 */
export function latexRuns(source) {
  const text = String(source ?? '');
  // why: most titles hold no LaTeX; braces or quotes in plain text must stay exactly as typed.
  if (!/[\\$]|``/.test(text)) return text ? [{ text, start: 0, end: text.length, verbatim: true, styles: [] }] : [];
  const out = [];

  const verbatim = (start, end, styles) => {
    if (end <= start) return;
    const last = out[out.length - 1];
    if (last && last.verbatim && last.end === start && sameStyles(last.styles, styles)) {
      last.text += text.slice(start, end);
      last.end = end;
    } else {
      out.push({ text: text.slice(start, end), start, end, verbatim: true, styles });
    }
  };
  const symbol = (value, start, end, styles) => {
    if (value) out.push({ text: value, start, end, verbatim: false, styles });
  };

  /** Index of the '}' matching the '{' at i, or -1. */
  const closing = (i, end) => {
    let depth = 0;
    for (let j = i; j < end; j++) {
      const c = text[j];
      if (c === '\\') { j++; continue; }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return j;
    }
    return -1;
  };

  /** Index of the '$' closing inline math opened at i (pandoc's rule, so "costs $5 and $10" stays text), or -1. */
  const closingDollar = (i, end) => {
    if (i + 1 >= end || isSpace(text[i + 1]) || text[i + 1] === '$') return -1;
    for (let k = i + 2; k < end; k++) {
      if (text[k] === '\\') { k++; continue; }
      if (text[k] === '$') return isSpace(text[k - 1]) || isDigit(text[k + 1] ?? '') ? -1 : k;
    }
    return -1;
  };

  const sequence = (i, end, math, styles) => {
    while (i < end) i = item(i, end, math, styles);
  };

  const item = (i, end, math, styles) => {
    const c = text[i];
    if (c === '\\') return command(i, end, math, styles);
    if (c === '{') {
      const j = closing(i, end);
      if (j !== -1) { sequence(i + 1, j, math, styles); return j + 1; }
    }
    if (!math && c === '$') {
      if (text[i + 1] === '$') {
        const k = text.indexOf('$$', i + 2);
        if (k !== -1 && k < end && k > i + 2) { sequence(i + 2, k, true, styles); return k + 2; }
      } else {
        const k = closingDollar(i, end);
        if (k !== -1) { sequence(i + 1, k, true, styles); return k + 1; }
      }
    }
    if (math && (c === '^' || c === '_') && i + 1 < end) {
      return argument(i + 1, end, math, [...styles, c === '^' ? 'sup' : 'sub']);
    }
    if (!math && (c === '`' || c === "'") && text[i + 1] === c) {
      symbol(c === '`' ? '“' : '”', i, i + 2, styles);
      return i + 2;
    }
    const width = text.codePointAt(i) > 0xffff ? 2 : 1;
    verbatim(i, i + width, styles);
    return i + width;
  };

  /** One argument: a {group}, a command, or a single character. */
  const argument = (i, end, math, styles) => {
    if (i >= end) return i;
    if (text[i] === '{') {
      const j = closing(i, end);
      if (j !== -1) { sequence(i + 1, j, math, styles); return j + 1; }
    }
    if (text[i] === '\\') return command(i, end, math, styles);
    const width = text.codePointAt(i) > 0xffff ? 2 : 1;
    verbatim(i, i + width, styles);
    return i + width;
  };

  /** An argument shown in parentheses when it is more than one simple token: \frac{a+b}{2} → (a+b)/2. */
  const groupedArgument = (i, end, math, styles) => {
    const j = text[i] === '{' ? closing(i, end) : -1;
    const simple = j === -1 || /^(\\?[A-Za-z]+|[0-9.]+|.)$/.test(text.slice(i + 1, j));
    if (!simple) symbol('(', i, i + 1, styles);
    const next = argument(i, end, math, styles);
    if (!simple) symbol(')', next - 1, next, styles);
    return next;
  };

  const command = (i, end, math, styles) => {
    let j = i + 1;
    if (j >= end) { verbatim(i, j, styles); return j; }
    let name;
    if (isLetter(text[j])) {
      while (j < end && isLetter(text[j])) j++;
      name = text.slice(i + 1, j);
    } else {
      name = text[j];
      j++;
    }

    if (name === '(' || name === '[') {
      const close = text.indexOf(name === '(' ? '\\)' : '\\]', j);
      if (close !== -1 && close < end) { sequence(j, close, true, styles); return close + 2; }
      verbatim(i, j, styles);
      return j;
    }
    if (name in ACCENTS && (!isLetter(name) || text[j] === '{')) {
      const accented = accent(j, end, ACCENTS[name]);
      if (accented) { symbol(accented.value, i, accented.next, styles); return accented.next; }
    }
    if (name in WRAPPERS) {
      const style = WRAPPERS[name];
      const at = skipSpaces(j, end);
      if (text[at] === '{' || math) return argument(at, end, math, style ? [...styles, style] : styles);
      return j;  // a declaration such as \bf with no argument: the text that follows shows as it is
    }
    if (name === 'mathbb') {
      const at = skipSpaces(j, end);
      const single = /^\{([A-Z])\}/.exec(text.slice(at, end)) || /^([A-Z])/.exec(text.slice(at, end));
      if (single && BLACKBOARD[single[1]]) { symbol(BLACKBOARD[single[1]], i, at + single[0].length, styles); return at + single[0].length; }
      return argument(at, end, math, styles);
    }
    if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
      const mid = groupedArgument(skipSpaces(j, end), end, math, styles);
      symbol('/', mid, mid, styles);
      return groupedArgument(skipSpaces(mid, end), end, math, styles);
    }
    if (name === 'sqrt') {
      let at = skipSpaces(j, end);
      if (text[at] === '[') {
        const close = text.indexOf(']', at);
        if (close !== -1 && close < end) { sequence(at + 1, close, math, [...styles, 'sup']); at = close + 1; }
      }
      symbol('√', i, j, styles);
      return groupedArgument(skipSpaces(at, end), end, math, styles);
    }
    if (Object.hasOwn(SYMBOLS, name)) {
      symbol(SYMBOLS[name], i, j, styles);
      return text[j] === '{' && text[j + 1] === '}' ? j + 2 : j;  // \ss{} → ß
    }
    // Unknown: leave the command as typed, with its braced argument, so the reader still sees what was meant.
    const close = text[j] === '{' ? closing(j, end) : -1;
    const stop = close === -1 ? j : close + 1;
    verbatim(i, stop, styles);
    return stop;
  };

  /** \'e, \'{e}, \"{\i}: the accented letter, or null when the argument is not a single letter. */
  const accent = (j, end, mark) => {
    let base;
    let next;
    if (text[j] === '{') {
      const close = closing(j, end);
      if (close === -1) return null;
      base = text.slice(j + 1, close).trim().replace(/^\\([ij])$/, '$1');
      next = close + 1;
    } else {
      base = text[j] ?? '';
      next = j + 1;
    }
    return base.length === 1 && isLetter(base) ? { value: (base + mark).normalize('NFC'), next } : null;
  };

  const skipSpaces = (j, end) => {
    while (j < end && isSpace(text[j])) j++;
    return j;
  };

  sequence(0, text.length, false, []);
  return out;
}

/** The display text without styles: for document titles, tooltips and plain-text comparisons. */
export function latexToPlain(source) {
  return latexRuns(source).map((r) => r.text).join('');
}

const sameStyles = (a, b) => a.length === b.length && a.every((s, i) => s === b[i]);
