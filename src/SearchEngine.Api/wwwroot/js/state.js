// The page's state and its URL, both ways. Pure: no DOM, no fetch. The URL holds the whole state, so a reload,
// a shared link or the back button shows the same page. Filter dimensions come from GET /api/schema:
//   keyword → repeatable parameter (venue=A&venue=B), year → one range (2018-2022), boolean → true/false.

export const PAGE_SIZE = 10;
export const SHOW = 8;          // facet values shown before "Show more"
export const MORE = 100;        // facet limit asked for after "Show more"
export const MAX_WINDOW = 10000; // the API pages through at most this many hits (page × size)
export const SORTS = ['relevance', 'newest', 'oldest'];

/** Whether a dimension's filter holds several values (a list) rather than one. */
export const isMulti = (dimension) => dimension.kind === 'keyword';

const filterDimensions = (dimensions) => dimensions.filter((d) => d.filter);

/** The state of the home page: no query, no filter. */
export function emptyState(dimensions) {
  return {
    q: '',
    filters: Object.fromEntries(filterDimensions(dimensions).map((d) => [d.name, isMulti(d) ? [] : ''])),
    sort: 'relevance',
    page: 1,
    paper: '',
    more: [],
  };
}

/** State from a query string such as location.search. Unknown parameters and values are ignored, not errors. */
export function readState(search, dimensions) {
  const p = new URLSearchParams(search);
  const s = emptyState(dimensions);
  s.q = p.get('q') || '';
  for (const d of filterDimensions(dimensions)) {
    s.filters[d.name] = isMulti(d) ? p.getAll(d.name).filter((v) => v !== '') : p.get(d.name) || '';
  }
  const sort = p.get('sort');
  s.sort = SORTS.includes(sort) ? sort : 'relevance';
  s.page = Math.max(1, parseInt(p.get('page') || '1', 10) || 1);
  s.paper = p.get('paper') || '';
  const facetNames = dimensions.filter((d) => d.facet && isMulti(d)).map((d) => d.name);
  s.more = (p.get('more') || '').split(',').filter((d) => facetNames.includes(d));
  return s;
}

/** The search's own parameters (query, filters, sort, page): what /api/search and the export links take. */
export function searchParams(state, dimensions, { withPage = true } = {}) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const d of filterDimensions(dimensions)) {
    const value = state.filters[d.name];
    if (isMulti(d)) for (const v of value || []) p.append(d.name, v);
    else if (value) p.set(d.name, value);
  }
  if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
  if (withPage && state.page > 1) p.set('page', String(state.page));
  return p;
}

/** The page URL of a state (path and query). */
export function urlOf(state, dimensions) {
  const p = searchParams(state, dimensions);
  if (state.more.length) p.set('more', state.more.join(','));
  if (state.paper) p.set('paper', state.paper);
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}

/** The facets parameter: every facet dimension, with the larger limit for those the reader expanded. */
export function facetsParam(dimensions, more) {
  return dimensions.filter((d) => d.facet).map((d) => (more.includes(d.name) ? `${d.name}:${MORE}` : d.name)).join(',');
}

/** The full /api/search parameters for a state. */
export function apiSearchParams(state, dimensions) {
  const p = searchParams(state, dimensions);
  p.set('size', String(PAGE_SIZE));
  const facets = facetsParam(dimensions, state.more);
  if (facets) p.set('facets', facets);
  return p;
}

export function hasFilters(state) {
  return Object.values(state.filters).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}

/** A copy of state with every filter removed and the first page. */
export function withoutFilters(state) {
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, Array.isArray(v) ? [] : '']));
  return { ...state, filters, page: 1 };
}

/** A copy of state with one filter changed (a value added or removed for lists, set or cleared otherwise). */
export function withFilter(state, name, value, on) {
  const current = state.filters[name];
  const next = Array.isArray(current)
    ? (on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value))
    : (on ? value : '');
  return { ...state, filters: { ...state.filters, [name]: next }, page: 1 };
}

/** Number of pages the API can serve for a total. */
export function lastPage(total, size) {
  return Math.max(1, Math.ceil(Math.min(total, MAX_WINDOW) / size));
}

/** "43 papers · page 2 of 5"; without the page part when one page holds all or the page is past the end. */
export function summaryText(total, page, size) {
  if (total === 0) return 'No papers found';
  const papers = plural(total, 'paper');
  const pages = lastPage(total, size);
  return pages > 1 && page <= pages ? `${papers} · page ${page.toLocaleString('en')} of ${pages.toLocaleString('en')}` : papers;
}

/** How many values "Show more" adds: distinct values the facet has beyond those shown. */
export function moreCount(shownCount, returnedCount, distinct) {
  return Math.max(0, Math.max(distinct || 0, returnedCount) - shownCount);
}

export const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** "2018-2022" → {from:'2018', to:'2022'}; "2020" → both 2020; "2018-" → open end. */
export function parseYear(range) {
  const m = /^(\d{4})?\s*(-)?\s*(\d{4})?$/.exec(range || '');
  if (!m) return { from: '', to: '' };
  return m[2] ? { from: m[1] || '', to: m[3] || '' } : { from: m[1] || '', to: m[1] || '' };
}

export function yearValue(from, to) {
  if (from && to && from === to) return from;
  if (!from && !to) return '';
  return `${from || ''}-${to || ''}`;
}

/** Whether a year lies in the selected range (no range selects none). */
export function yearInRange(range, year) {
  const { from, to } = parseYear(range);
  if (!from && !to) return false;
  return (!from || year >= +from) && (!to || year <= +to);
}

/** Whether a histogram bucket is a year; others (the backend's "unknown" for undated papers) are shown apart. */
export const isYearBucket = (value) => /^\d{4}$/.test(String(value));

/** Choosing a non-year bucket (such as "unknown") selects it alone; choosing it again clears the filter. */
export function yearAfterOtherBucket(range, value) {
  return range === value ? '' : value;
}

/**
 * The year filter after choosing a histogram bar: a bar sets that single year; a second bar (or shift-click)
 * extends a single year to a range; choosing the only selected year clears it.
 */
export function yearAfterBar(range, year, extend) {
  const { from, to } = parseYear(range);
  if ((extend || (from && from === to)) && from && String(year) !== from) {
    return yearValue(String(Math.min(+from, year)), String(Math.max(+to || +from, year)));
  }
  if (from === String(year) && to === String(year)) return '';
  return String(year);
}

/** The year filter from the From/To inputs (swapped when given the wrong way round). */
export function yearFromInputs(from, to) {
  const a = from.trim();
  const b = to.trim();
  return a && b && +a > +b ? yearValue(b, a) : yearValue(a, b);
}
