// The search box: as-you-type search (debounced) and the suggestion list (ARIA combobox + listbox).
import { el, replace } from './dom.js';

const DEBOUNCE_MS = 250;
const SUGGEST_MS = 120;

/**
 * @param {{input: HTMLInputElement, list: HTMLElement, form: HTMLFormElement,
 *   suggest: (q: string) => Promise<Array<{text: string, kind: string, id?: string}>>,
 *   query: (q: string, fromTyping: boolean) => void,
 *   choose: (suggestion: object) => void}} options
 */
export function createAutocomplete({ input, list, form, suggest, query, choose }) {
  // The box's own UI state: pending timers, the shown suggestions and the highlighted one.
  const box = { debounce: 0, suggestTimer: 0, items: [], active: -1 };

  const hide = () => {
    box.items = [];
    box.active = -1;
    list.hidden = true;
    replace(list);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const pick = (s) => {
    hide();
    clearTimeout(box.debounce);
    choose(s);
  };

  const show = (items) => {
    const highlighted = box.items[box.active];
    box.items = items;
    box.active = -1;
    if (!items.length || document.activeElement !== input) { hide(); return; }
    replace(list, ...items.map((s, i) => el('li', {
      id: `suggestion-${i}`, role: 'option', className: `suggestion ${s.kind}`, 'aria-selected': 'false',
      onmousedown: (e) => { e.preventDefault(); pick(s); },
    }, el('span', { className: 'kind', text: s.kind === 'author' ? 'Author' : 'Paper' }), el('span', { text: s.text }))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    // why: a list can arrive after the user has moved into the one shown (the same prefix asked again, or a slow
    // answer); the suggestion they highlighted stays highlighted if it is still there, so Enter picks what they chose.
    if (highlighted) {
      const again = items.findIndex((s) => s.kind === highlighted.kind && s.text === highlighted.text && s.id === highlighted.id);
      if (again >= 0) setActive(again);
    }
  };

  const setActive = (i) => {
    box.active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    if (i >= 0) input.setAttribute('aria-activedescendant', `suggestion-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const load = async (q) => {
    if (q.length < 2) { hide(); return; }
    try {
      const items = await suggest(q);
      if (input.value.trim() === q) show(items);
    } catch {
      hide();
    }
  };

  input.addEventListener('input', () => {
    const q = input.value.trim();
    clearTimeout(box.debounce);
    box.debounce = setTimeout(() => query(q, true), DEBOUNCE_MS);
    clearTimeout(box.suggestTimer);
    box.suggestTimer = setTimeout(() => load(q), SUGGEST_MS);
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(box.debounce);
    if (box.active >= 0 && box.items[box.active]) { pick(box.items[box.active]); return; }
    hide();
    query(input.value.trim(), false);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && box.items.length) { e.preventDefault(); setActive(Math.min(box.active + 1, box.items.length - 1)); }
    else if (e.key === 'ArrowUp' && box.items.length) { e.preventDefault(); setActive(Math.max(box.active - 1, -1)); }
    else if (e.key === 'Escape' && !list.hidden) { e.preventDefault(); hide(); }
  });
  input.addEventListener('blur', () => setTimeout(hide, 150));

  return {
    /** Drops pending as-you-type work (after an explicit navigation). */
    cancel() { clearTimeout(box.debounce); },
  };
}
