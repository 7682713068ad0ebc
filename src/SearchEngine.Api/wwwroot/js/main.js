// Paper Search page: wiring. Reads the dimension list from the API, keeps the one state object (`app`) in step
// with the URL, and hands each render to a view. Plain ES modules, no dependencies, no build step.
import { createApi } from './api.js';
import { apiSearchParams, emptyState, readState, urlOf, withFilter } from './state.js';
import { byId, el, replace, scrollBelowHeader } from './views/dom.js';
import { createSidebar } from './views/sidebar.js';
import { renderError, renderResults } from './views/results.js';
import { renderPaper, renderPaperError, renderPaperLoading, renderSimilar } from './views/paper.js';
import { createAutocomplete } from './views/autocomplete.js';

const SIMILAR_COUNT = 5;
const api = createApi();

/** The page's one mutable object. Everything shown is derived from `state` (which mirrors the URL). */
const app = {
  dimensions: [],
  state: null,
  typing: false,            // consecutive as-you-type updates replace one history entry instead of piling up
  scrollToResults: false,   // set by the pager: once the next page renders, bring the list's top into view
  search: null,             // AbortController of the search in flight
  paper: null,              // AbortController of the paper (and similar papers) being loaded
  sidebar: null,
  autocomplete: null,
};

const url = (state) => urlOf(state, app.dimensions);

function go(next, { replace: replaceEntry = false, fromTyping = false, scrollToResults = false } = {}) {
  app.state = next;
  const target = url(next);
  if (replaceEntry || (fromTyping && app.typing)) history.replaceState(null, '', target);
  else if (target !== location.pathname + location.search) history.pushState(null, '', target);
  app.typing = fromTyping;
  app.scrollToResults = scrollToResults;
  render();
}

function openPaper(event, id) {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1) return;
  event.preventDefault();
  go({ ...app.state, paper: id });
}

const cardActions = { paperUrl: (id) => url({ ...app.state, paper: id }), openPaper };

function render() {
  const q = byId('q');
  if (q.value !== app.state.q && document.activeElement !== q) q.value = app.state.q;
  byId('sort').value = app.state.sort;
  const reading = Boolean(app.state.paper);
  byId('paper').hidden = !reading;
  byId('content').hidden = reading;
  byId('sidebar').hidden = reading;
  // why: a late answer for the view just left must not render (or scroll) over the one now shown.
  if (reading) {
    if (app.search) app.search.abort();
    loadPaper(app.state.paper);
  } else {
    if (app.paper) app.paper.abort();
    document.title = 'Paper Search';
    runSearch();
  }
}

async function runSearch() {
  if (app.search) app.search.abort();
  const controller = new AbortController();
  app.search = controller;
  const state = app.state;
  document.body.classList.add('loading');
  try {
    const body = await api.search(apiSearchParams(state, app.dimensions), controller.signal);
    renderResults(body, {
      state, dimensions: app.dimensions, go, url, exportUrl: api.exportUrl, ...cardActions,
    });
    app.sidebar.update(state, body);
    if (app.scrollToResults) {
      app.scrollToResults = false;
      const content = byId('content');
      scrollBelowHeader(content);
      content.focus({ preventScroll: true });
    }
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderError(error, render);
  } finally {
    if (app.search === controller) document.body.classList.remove('loading');
  }
}

async function loadPaper(id) {
  if (app.paper) app.paper.abort();
  const controller = new AbortController();
  app.paper = controller;
  const view = byId('paper');
  const ctx = {
    backUrl: url({ ...app.state, paper: '' }),
    back: (e) => { e.preventDefault(); go({ ...app.state, paper: '' }); },
    citeUrl: api.citeUrl,
    cite: (id, format) => api.cite(id, format, controller.signal),
    ...cardActions,
  };
  renderPaperLoading(view);
  let paper;
  try {
    paper = await api.paper(id, controller.signal);
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderPaperError(view, error, ctx);
    return;
  }
  renderPaper(view, paper, ctx);
  // why: focusing the article would scroll its top to the viewport's top, under the sticky header (issue 12 #1).
  view.focus({ preventScroll: true });
  window.scrollTo(0, 0);
  try {
    renderSimilar(await api.similar(paper.id, SIMILAR_COUNT, controller.signal), cardActions);
  } catch (error) {
    if (error.name !== 'AbortError') renderSimilar(error, cardActions);
  }
}

function commitQuery(q, fromTyping) {
  if (q === app.state.q && !app.state.paper) return;
  go({ ...app.state, q, page: 1, paper: '' }, { fromTyping });
}

function chooseSuggestion(s) {
  app.typing = false;
  const q = byId('q');
  if (s.kind === 'title' && s.id) {
    q.value = s.text;
    go({ ...app.state, q: s.text, page: 1, paper: s.id });
  } else if (s.kind === 'author' && app.dimensions.some((d) => d.name === 'author' && d.filter)) {
    q.value = '';
    go(withFilter({ ...app.state, q: '', paper: '' }, 'author', s.text, true));
  } else {
    q.value = s.text;
    commitQuery(s.text, false);
  }
}

function wireControls() {
  app.autocomplete = createAutocomplete({
    input: byId('q'), list: byId('suggestions'), form: byId('search-form'),
    suggest: (q) => api.suggest(q),
    query: (q, fromTyping) => { if (!fromTyping) app.typing = false; commitQuery(q, fromTyping); },
    choose: chooseSuggestion,
  });
  byId('sort').addEventListener('change', () => go({ ...app.state, sort: byId('sort').value, page: 1 }));
  byId('suggestion-link').addEventListener('click', (e) => {
    e.preventDefault();
    const q = byId('suggestion-link').textContent;
    byId('q').value = q;
    app.typing = false;
    commitQuery(q, false);
  });
  byId('home').addEventListener('click', (e) => {
    e.preventDefault();
    byId('q').value = '';
    app.typing = false;
    go(emptyState(app.dimensions));
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName)) {
      e.preventDefault();
      byId('q').focus();
    }
  });
  window.addEventListener('popstate', () => {
    app.state = readState(location.search, app.dimensions);
    app.typing = false;
    render();
  });
  if (window.matchMedia('(max-width: 760px)').matches) byId('filters').removeAttribute('open');
}

async function start() {
  try {
    app.dimensions = await api.schema();
  } catch (error) {
    const status = byId('status');
    status.hidden = false;
    status.className = 'status error';
    status.setAttribute('role', 'alert');
    replace(status, el('strong', { text: 'The search service is not available' }), el('p', { text: error.message }),
      el('button', { type: 'button', text: 'Try again', onclick: () => location.reload() }));
    return;
  }
  app.sidebar = createSidebar(byId('facets'), app.dimensions, { state: () => app.state, go });
  app.state = readState(location.search, app.dimensions);
  byId('q').value = app.state.q;
  wireControls();
  render();
}

start();
