// The filter sidebar, built from the API's dimension list: a histogram and range form for year kinds, a checkbox
// list for keyword facets, one checkbox for booleans. Built once per schema; update() refills it per response.
import { el, replace, replaceKeepingFocus } from './dom.js';
import {
  SHOW, isYearBucket, moreCount, parseYear, plural, withFilter, yearAfterBar, yearAfterOtherBucket, yearFromInputs,
  yearInRange,
} from '../state.js';

/**
 * @param {HTMLElement} container
 * @param {Array<object>} dimensions from /api/schema
 * @param {{state: () => object, go: (next: object, opts?: object) => void}} actions
 */
export function createSidebar(container, dimensions, actions) {
  const sections = dimensions
    .filter((d) => d.filter || d.facet)
    .map((d) => (d.kind === 'year' ? yearSection(d, actions)
      : d.kind === 'boolean' ? booleanSection(d, actions)
        : d.facet ? keywordSection(d, actions) : null))
    .filter(Boolean);
  replace(container, ...sections.map((s) => s.node));
  return {
    update(state, body) {
      for (const s of sections) s.update(state, body);
    },
  };
}

const facetValues = (body, name) => (body.facets || {})[name] || [];
const facetInfo = (body, name) => (body.facetInfo || {})[name] || {};
const safeId = (text) => text.replace(/[^A-Za-z0-9_-]/g, '_');

function keywordSection(d, actions) {
  const body = el('div', { className: 'facet-body' });
  const node = el('section', { className: 'facet', id: `facet-${d.name}` }, el('h2', { text: d.label }), body);
  const update = (state, response) => {
    const values = facetValues(response, d.name);
    const info = facetInfo(response, d.name);
    const selected = state.filters[d.name] || [];
    const expanded = state.more.includes(d.name);
    const shown = expanded ? [...values] : values.slice(0, SHOW);
    const returnedShown = shown.length;
    // why: a ticked value stays visible (and ticked) even when nothing matches it any more, so it can be unticked.
    for (const v of selected) if (!shown.some((x) => x.value === v)) shown.push({ value: v, count: 0 });
    const list = el('ul', { className: 'facet-values' }, ...shown.map((v) => {
      const id = safeId(`f-${d.name}-${v.value}`);
      return el('li', {},
        el('input', {
          type: 'checkbox', id, value: v.value, checked: selected.includes(v.value), 'data-focus-key': `${d.name}:${v.value}`,
          onchange: (e) => actions.go(withFilter(actions.state(), d.name, v.value, e.target.checked)),
        }),
        el('label', { for: id, title: v.label || null },
          el('span', { className: 'facet-value', text: v.label ? `${v.value} — ${v.label}` : v.value }),
          el('span', { className: 'facet-count', text: String(v.count) })));
    }));
    const hidden = moreCount(returnedShown, values.length, info.distinct);
    const more = expanded || hidden > 0 ? el('button', {
      type: 'button', className: 'link more', 'data-focus-key': `more:${d.name}`,
      text: expanded ? 'Show fewer' : `Show ${hidden.toLocaleString('en')} more`,
      onclick: () => {
        const s = actions.state();
        actions.go({ ...s, more: expanded ? s.more.filter((x) => x !== d.name) : [...s.more, d.name] }, { replace: true });
      },
    }) : null;
    replaceKeepingFocus(body, values.length || selected.length ? list : el('p', { className: 'muted', text: 'None' }), more);
  };
  return { node, update };
}

function booleanSection(d, actions) {
  const id = safeId(`f-${d.name}`);
  const count = el('span', { className: 'facet-count' });
  const box = el('input', {
    type: 'checkbox', id, value: 'true', 'data-focus-key': `${d.name}:true`,
    onchange: (e) => actions.go(withFilter(actions.state(), d.name, 'true', e.target.checked)),
  });
  const node = el('section', { className: 'facet', id: `facet-${d.name}` },
    el('h2', { text: d.label }),
    el('ul', { className: 'facet-values' }, el('li', {}, box,
      el('label', { for: id }, el('span', { className: 'facet-value', text: `With ${d.label.toLowerCase()}` }), count))));
  const update = (state, response) => {
    box.checked = state.filters[d.name] === 'true';
    const yes = facetValues(response, d.name).find((v) => v.value === 'true');
    count.textContent = d.facet ? String(yes ? yes.count : 0) : '';
  };
  return { node, update };
}

function yearSection(d, actions) {
  const histogram = el('div', {
    className: 'histogram', role: 'group', 'aria-label': `Papers per ${d.label.toLowerCase()}; choose a bar to filter by it`,
  });
  const from = el('input', { id: `${d.name}-from`, type: 'number', inputmode: 'numeric', min: 1000, max: 2999, placeholder: 'from' });
  const to = el('input', { id: `${d.name}-to`, type: 'number', inputmode: 'numeric', min: 1000, max: 2999, placeholder: 'to' });
  const form = el('form', {
    className: 'year-form',
    onsubmit: (e) => {
      e.preventDefault();
      const s = actions.state();
      actions.go({ ...s, filters: { ...s.filters, [d.name]: yearFromInputs(from.value, to.value) }, page: 1 });
    },
  },
  el('label', {}, 'From ', from), el('label', {}, 'To ', to),
  el('button', { type: 'submit', id: `${d.name}-apply`, text: 'Apply' }));
  const node = el('section', { className: 'facet', id: `facet-${d.name}` }, el('h2', { text: d.label }), histogram, form);

  const update = (state, response) => {
    const range = state.filters[d.name] || '';
    const buckets = facetInfo(response, d.name).histogram || [];
    const bounds = parseYear(range);
    if (document.activeElement !== from) from.value = bounds.from;
    if (document.activeElement !== to) to.value = bounds.to;
    const max = Math.max(1, ...buckets.map((b) => b.count));
    const years = buckets.filter((b) => isYearBucket(b.value));
    const others = buckets.filter((b) => !isYearBucket(b.value)).map((b) => {
      const selected = range === b.value;
      return el('button', {
        type: 'button', className: `other${selected ? ' selected' : ''}`, 'data-year': b.value, 'data-focus-key': `${d.name}:${b.value}`,
        'aria-pressed': selected ? 'true' : 'false', text: `${b.value} (${b.count.toLocaleString('en')})`,
        onclick: () => {
          const s = actions.state();
          actions.go({ ...s, filters: { ...s.filters, [d.name]: yearAfterOtherBucket(s.filters[d.name], b.value) }, page: 1 });
        },
      });
    });
    const bars = years.map((b) => {
      const year = +b.value;
      const selected = yearInRange(range, year);
      const label = `${b.value}: ${plural(b.count, 'paper')}`;
      const fill = el('span', { className: 'fill' });
      fill.style.height = `${Math.max(b.count ? 6 : 0, Math.round((b.count / max) * 100))}%`;
      return el('button', {
        type: 'button', className: `bar${selected ? ' selected' : ''}`, 'data-year': b.value, 'data-focus-key': `${d.name}:${b.value}`,
        'aria-label': label, title: label, 'aria-pressed': selected ? 'true' : 'false',
        onclick: (e) => {
          const s = actions.state();
          actions.go({ ...s, filters: { ...s.filters, [d.name]: yearAfterBar(s.filters[d.name], year, e.shiftKey) }, page: 1 });
        },
      }, fill);
    });
    const axis = years.length
      ? el('div', { className: 'axis' }, el('span', { text: years[0].value }), el('span', { text: years[years.length - 1].value }))
      : el('p', { className: 'muted', text: 'No years' });
    replaceKeepingFocus(histogram, el('div', { className: 'bars' }, ...bars), axis,
      others.length ? el('div', { className: 'other-buckets' }, ...others) : null);
  };
  return { node, update };
}
