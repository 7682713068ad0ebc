// The result column: summary, active-filter chips, "did you mean", status (empty, past the end, error), the cards,
// the pager and the export links. Every render starts from the API response and the state; nothing is kept here.
import { byId, el, replace } from './dom.js';
import { resultCard } from './card.js';
import { hasFilters, isMulti, lastPage, plural, searchParams, summaryText, withFilter, withoutFilters } from '../state.js';

/**
 * @typedef {object} ResultsContext
 * @property {object} state
 * @property {Array<object>} dimensions
 * @property {(next: object, opts?: object) => void} go
 * @property {(state: object) => string} url
 * @property {(id: string) => string} paperUrl
 * @property {(event: MouseEvent, id: string) => void} openPaper
 * @property {(params: URLSearchParams, format: string) => string} exportUrl
 */

/** @param {object} body /api/search response  @param {ResultsContext} ctx */
export function renderResults(body, ctx) {
  const { state } = ctx;
  const pages = lastPage(body.total, body.size);
  const pastTheEnd = body.total > 0 && body.hits.length === 0 && body.page > pages;
  byId('summary').textContent = summaryText(body.total, body.page, body.size);

  const status = resetStatus();
  if (body.total === 0) {
    const filtered = hasFilters(state);
    status.hidden = false;
    status.classList.add('empty');
    replace(status,
      el('strong', { text: state.q ? `No papers match “${state.q}”.` : 'No papers match these filters.' }),
      el('p', { text: filtered ? 'Try removing a filter.' : 'Try other words, fewer words, or a prefix such as transform*.' }),
      filtered ? el('button', { type: 'button', text: 'Clear all filters', onclick: () => ctx.go(withoutFilters(state)) }) : null);
  } else if (pastTheEnd) {
    const last = { ...state, page: pages };
    status.hidden = false;
    status.classList.add('empty');
    replace(status,
      el('strong', { text: `Page ${body.page} is past the last page of these results.` }),
      el('p', { text: `${plural(body.total, 'paper')} fill ${pages === 1 ? 'one page' : `${pages} pages`}.` }),
      el('a', {
        id: 'last-page-link', href: ctx.url(last), text: `Go to page ${pages}`,
        onclick: (e) => { e.preventDefault(); ctx.go(last, { scrollToResults: true }); },
      }));
  }

  const link = byId('suggestion-link');
  byId('didyoumean').hidden = !body.suggestion;
  if (body.suggestion) {
    link.textContent = body.suggestion;
    link.href = ctx.url({ ...state, q: body.suggestion, page: 1 });
  }

  const cardActions = { paperUrl: ctx.paperUrl, openPaper: ctx.openPaper };
  replace(byId('results'), ...body.hits.map((hit, i) => resultCard(hit, (body.page - 1) * body.size + i + 1, cardActions)));
  replace(byId('warnings'), ...(body.warnings || []).map((w) => el('p', { className: 'warning', text: `Note: ${w}` })));
  renderPager(body, pages, ctx);
  renderExport(body, ctx);
  renderChips(ctx);
}

/** The error state: what went wrong and a way to try again. */
export function renderError(error, retry) {
  replace(byId('results'));
  replace(byId('pager'));
  byId('export').hidden = true;
  byId('didyoumean').hidden = true;
  byId('summary').textContent = '';
  const status = resetStatus();
  status.hidden = false;
  status.classList.add('error');
  status.setAttribute('role', 'alert');
  replace(status, el('strong', { text: error.title || 'Something went wrong' }), el('p', { text: error.message }),
    el('button', { type: 'button', text: 'Try again', onclick: retry }));
}

function resetStatus() {
  const status = byId('status');
  status.hidden = true;
  status.className = 'status';
  status.setAttribute('role', 'status');
  replace(status);
  return status;
}

function renderPager(body, pages, ctx) {
  const pager = byId('pager');
  if (pages <= 1) { replace(pager); return; }
  const current = Math.min(body.page, pages);
  const link = (page, text, label) => el('a', {
    href: ctx.url({ ...ctx.state, page }), text, 'aria-label': label,
    'aria-current': page === body.page ? 'page' : null,
    onclick: (e) => { e.preventDefault(); ctx.go({ ...ctx.state, page }, { scrollToResults: true }); },
  });
  const items = [];
  if (body.page > 1) items.push(link(current === body.page ? body.page - 1 : pages, '‹ Previous', 'Previous page'));
  const from = Math.max(1, Math.min(current - 3, pages - 6));
  const to = Math.min(pages, from + 6);
  for (let p = from; p <= to; p++) items.push(link(p, String(p), `Page ${p}`));
  if (body.page < pages) items.push(link(body.page + 1, 'Next ›', 'Next page'));
  replace(pager, ...items);
}

function renderExport(body, ctx) {
  byId('export').hidden = body.total === 0;
  // why: the export holds every match (GET /api/export, up to its cap), not the page on screen.
  const params = searchParams(ctx.state, ctx.dimensions, { withPage: false });
  for (const format of ['csv', 'bibtex', 'ris']) byId(`export-${format}`).href = ctx.exportUrl(params, format);
}

function renderChips(ctx) {
  const { state } = ctx;
  const chips = [];
  for (const d of ctx.dimensions.filter((x) => x.filter)) {
    const value = state.filters[d.name];
    for (const v of isMulti(d) ? value || [] : value ? [value] : []) {
      const label = d.kind === 'boolean' ? `${d.label}: ${v === 'true' ? 'yes' : 'no'}` : `${d.label}: ${v}`;
      chips.push(el('button', {
        type: 'button', className: 'chip removable', 'aria-label': `Remove filter ${label}`, text: `${label} ×`,
        onclick: () => ctx.go(withFilter(state, d.name, v, false)),
      }));
    }
  }
  if (chips.length > 1) chips.push(el('button', { type: 'button', className: 'link', text: 'Clear all', onclick: () => ctx.go(withoutFilters(state)) }));
  replace(byId('chips'), ...chips);
}
