// The citation box of the paper page: BibTeX, RIS or plain text, shown as text and copied to the clipboard.
import { el, replace } from './dom.js';

const FORMATS = [['bibtex', 'BibTeX'], ['ris', 'RIS'], ['text', 'Plain text']];

/**
 * @param {string} id the paper id
 * @param {{cite: (id: string, format: string) => Promise<string>, citeUrl: (id: string, format: string) => string}} ctx
 * @returns {HTMLElement} the box; it loads BibTeX at once
 */
export function citationBox(id, ctx) {
  const text = el('pre', { id: 'cite-text', className: 'cite-text', tabindex: '0', 'aria-label': 'Citation' });
  const status = el('span', { id: 'cite-status', className: 'muted', role: 'status' });
  const download = el('a', { id: 'cite-download', className: 'cite-download', text: 'Download' });
  const tabs = FORMATS.map(([format, label]) => el('button', {
    type: 'button', className: 'cite-format', 'data-format': format, 'aria-pressed': 'false', text: label,
    onclick: () => show(format),
  }));
  const copy = el('button', { type: 'button', id: 'cite-copy', text: 'Copy', onclick: () => copyText(text, status) });
  let current = 0;

  async function show(format) {
    const request = ++current;
    for (const tab of tabs) tab.setAttribute('aria-pressed', String(tab.dataset.format === format));
    download.href = ctx.citeUrl(id, format);
    text.dataset.format = format;
    status.textContent = '';
    try {
      const citation = await ctx.cite(id, format);
      // why: a slower answer for an earlier choice must not replace the format chosen since.
      if (request === current) text.textContent = citation;
    } catch (error) {
      if (request === current) replace(text, `Could not load the citation: ${error.message}`);
    }
  }

  show(FORMATS[0][0]);
  return el('section', { id: 'cite', className: 'cite-box' },
    el('h2', { text: 'Cite' }),
    el('div', { className: 'cite-bar', role: 'group', 'aria-label': 'Citation format' }, ...tabs, copy, download, status),
    text);
}

async function copyText(pre, status) {
  const text = pre.textContent || '';
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied to the clipboard';
  } catch {
    // why: the clipboard API needs a secure context and permission; selecting the text lets the reader press Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents(pre);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy';
  }
}
