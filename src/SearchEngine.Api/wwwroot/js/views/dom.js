// DOM helpers shared by the views. API text only ever becomes text nodes (textContent, createTextNode): never
// innerHTML, so markup in a paper shows as text and never runs.
import { latexRuns } from '../latex.js';
import { markRuns } from '../highlight.js';

/** An element with properties (text, className, on<event>, attributes) and children; null/false children are skipped. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'className') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

// why: replaceChildren(null) inserts the text "null"; every child list goes through here instead.
const present = (children) => children.flat().filter((c) => c !== null && c !== undefined && c !== false);

export function append(node, children) {
  node.append(...present(children));
  return node;
}

/** Replaces node's children; skips null/undefined/false. */
export function replace(node, ...children) {
  node.replaceChildren(...present(children));
  return node;
}

/**
 * Replaces node's children and, when focus was on a control inside it, moves focus to the control with the same
 * data-focus-key in the new children, so a re-render never drops keyboard focus to <body>.
 */
export function replaceKeepingFocus(node, ...children) {
  const active = document.activeElement;
  const key = active && node.contains(active) ? active.dataset.focusKey : undefined;
  replace(node, ...children);
  if (key === undefined) return node;
  const again = [...node.querySelectorAll('[data-focus-key]')].find((e) => e.dataset.focusKey === key);
  if (again) again.focus({ preventScroll: true });
  return node;
}

export const byId = (id) => document.getElementById(id);

const STYLE_TAGS = { b: 'strong', i: 'em', sup: 'sup', sub: 'sub' };

/**
 * Title or abstract text as DOM: LaTeX shown readably (latex.js) and the highlight ranges (over the source text)
 * as <mark>. Stored text is never changed; this is display only.
 * @param {string} text
 * @param {Array<{start:number,length:number}>} [ranges]
 */
export function richText(text, ranges = []) {
  const fragment = document.createDocumentFragment();
  for (const piece of markRuns(latexRuns(text), ranges)) {
    let node = document.createTextNode(piece.text);
    for (const style of [...piece.styles].reverse()) node = el(STYLE_TAGS[style], {}, node);
    fragment.append(piece.mark ? el('mark', {}, node) : node);
  }
  return fragment;
}

/** The sticky header's height, so scrolling lands content below it rather than under it. */
export function headerHeight() {
  const header = document.querySelector('header.top');
  return header ? header.getBoundingClientRect().height : 0;
}

/** Scrolls so that node's top sits just below the sticky header (only when it is not already there). */
export function scrollBelowHeader(node) {
  const top = node.getBoundingClientRect().top;
  const header = headerHeight();
  if (top < header || top > window.innerHeight / 2) window.scrollTo(0, Math.max(0, window.scrollY + top - header - 8));
}
