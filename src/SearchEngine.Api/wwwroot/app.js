// Paper Search page. Plain JS, no dependencies. The URL holds the whole state; every render reads it.
// Security: API text is only ever inserted with textContent (never innerHTML); snippets are split on <mark> tags
// and their escaped text is decoded by hand, so markup in papers shows as text.
'use strict';

(() => {
  const FACETS = ['venue', 'topic', 'type', 'author'];
  const FACET_TITLES = { venue: 'Venue', topic: 'Topic', type: 'Type', author: 'Author' };
  const SHOW = 8;          // values shown before "show more"
  const MORE = 100;        // facet limit after "show more"
  const PAGE_SIZE = 10;
  const DEBOUNCE_MS = 250;

  const $ = (id) => document.getElementById(id);
  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'text') node.textContent = value;
      else if (key === 'className') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  };

  // ---------- state <-> URL ----------
  const emptyState = () => ({ q: '', venue: [], topic: [], type: [], author: [], year: '', sort: 'relevance', page: 1, paper: '', more: [] });

  function readState() {
    const p = new URLSearchParams(location.search);
    const s = emptyState();
    s.q = p.get('q') || '';
    for (const f of FACETS) s[f] = p.getAll(f);
    s.year = p.get('year') || '';
    s.sort = p.get('sort') || 'relevance';
    s.page = Math.max(1, parseInt(p.get('page') || '1', 10) || 1);
    s.paper = p.get('paper') || '';
    s.more = (p.get('more') || '').split(',').filter((d) => FACETS.includes(d));
    return s;
  }

  function searchParams(s, { withPage = true } = {}) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    for (const f of FACETS) for (const v of s[f]) p.append(f, v);
    if (s.year) p.set('year', s.year);
    if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
    if (withPage && s.page > 1) p.set('page', String(s.page));
    return p;
  }

  function urlOf(s) {
    const p = searchParams(s);
    if (s.more.length) p.set('more', s.more.join(','));
    if (s.paper) p.set('paper', s.paper);
    const qs = p.toString();
    return qs ? `/?${qs}` : '/';
  }

  let state = readState();
  let typing = false;   // consecutive as-you-type updates replace one history entry instead of piling up

  function navigate(next, { replace = false, fromTyping = false } = {}) {
    state = next;
    const url = urlOf(state);
    if (replace || (fromTyping && typing)) history.replaceState(null, '', url);
    else if (url !== location.pathname + location.search) history.pushState(null, '', url);
    typing = fromTyping;
    render();
  }

  const change = (mutate, opts) => {
    const next = structuredClone(state);
    mutate(next);
    navigate(next, opts);
  };

  window.addEventListener('popstate', () => {
    state = readState();
    typing = false;
    render();
  });

  // ---------- fetching ----------
  let inflight = null;

  async function getJson(url, signal) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const problem = body || {};
      const error = new Error(problem.detail || problem.title || `HTTP ${response.status}`);
      error.title = problem.title || 'Something went wrong';
      throw error;
    }
    return body;
  }

  // ---------- text helpers ----------
  const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (_, e) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[e.toLowerCase()];
    });
  }

  /** Snippet HTML from the API (escaped text + <mark>…</mark>) as DOM nodes, built piece by piece with textContent. */
  function snippetNodes(snippet) {
    const fragment = document.createDocumentFragment();
    const parts = String(snippet || '').split(/<mark>([\s\S]*?)<\/mark>/);
    parts.forEach((part, i) => {
      if (!part) return;
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      fragment.append(i % 2 === 1 ? el('mark', { text }) : document.createTextNode(text));
    });
    return fragment;
  }

  const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const safeUrl = (url) => (/^https?:\/\//i.test(url || '') ? url : null);

  // ---------- rendering: search ----------
  function render() {
    $('q').value !== state.q && document.activeElement !== $('q') && ($('q').value = state.q);
    $('sort').value = state.sort;
    if (state.paper) {
      $('content').hidden = true;
      $('sidebar').hidden = true;
      $('paper').hidden = false;
      renderPaper(state.paper);
    } else {
      $('paper').hidden = true;
      $('content').hidden = false;
      $('sidebar').hidden = false;
      runSearch();
    }
  }

  async function runSearch() {
    if (inflight) inflight.abort();
    inflight = new AbortController();
    const params = searchParams(state);
    params.set('size', String(PAGE_SIZE));
    params.set('facets', ['year', ...FACETS.map((d) => (state.more.includes(d) ? `${d}:${MORE}` : d))].join(','));
    document.body.classList.add('loading');
    try {
      const body = await getJson(`/api/search?${params}`, inflight.signal);
      renderResults(body);
    } catch (error) {
      if (error.name === 'AbortError') return;
      renderError(error);
    } finally {
      document.body.classList.remove('loading');
    }
  }

  function renderError(error) {
    $('results').replaceChildren();
    $('pager').replaceChildren();
    $('export').hidden = true;
    $('didyoumean').hidden = true;
    $('summary').textContent = '';
    const status = $('status');
    status.hidden = false;
    status.className = 'status error';
    status.setAttribute('role', 'alert');
    status.replaceChildren(el('strong', { text: error.title || 'Something went wrong' }), el('p', { text: error.message }),
      el('button', { type: 'button', text: 'Try again', onclick: () => render() }));
  }

  function renderResults(body) {
    const status = $('status');
    status.hidden = true;
    status.className = 'status';
    status.setAttribute('role', 'status');
    $('summary').textContent = body.total === 0 ? 'No papers found'
      : `${plural(body.total, 'paper')}${body.total > body.size ? ` · page ${body.page} of ${Math.ceil(Math.min(body.total, 10000) / body.size)}` : ''}`;

    const suggestion = body.suggestion;
    $('didyoumean').hidden = !suggestion;
    if (suggestion) {
      const link = $('suggestion-link');
      link.textContent = suggestion;
      link.href = urlOf({ ...state, q: suggestion, page: 1 });
    }

    const list = $('results');
    list.replaceChildren(...body.hits.map((hit, i) => resultCard(hit, (body.page - 1) * body.size + i + 1)));
    if (body.total === 0) {
      status.hidden = false;
      status.className = 'status empty';
      const hasFilters = FACETS.some((f) => state[f].length) || state.year;
      status.replaceChildren(
        el('strong', { text: state.q ? `No papers match “${state.q}”.` : 'No papers match these filters.' }),
        el('p', { text: hasFilters ? 'Try removing a filter.' : 'Try other words, fewer words, or a prefix such as transform*.' }),
        hasFilters ? el('button', { type: 'button', text: 'Clear all filters', onclick: clearFilters }) : null);
    }
    $('warnings').replaceChildren(...(body.warnings || []).map((w) => el('p', { className: 'warning', text: `Note: ${w}` })));

    renderPager(body);
    renderExport(body);
    renderChips();
    renderFacets(body);
    renderHistogram(body);
  }

  function resultCard(hit, rank) {
    const meta = [hit.authors.join(', ') + (hit.authorsTruncated ? ' et al.' : ''), hit.venue, hit.year, hit.type]
      .filter((v) => v !== null && v !== undefined && v !== '');
    return el('li', { className: 'result', 'data-id': hit.id, value: rank },
      el('h3', {}, el('a', {
        className: 'result-title', href: urlOf({ ...state, paper: hit.id }),
        text: hit.title, onclick: (e) => openPaper(e, hit.id),
      })),
      el('p', { className: 'meta', text: meta.join(' · ') }),
      hit.topics.length ? el('p', { className: 'topics' }, ...hit.topics.map((t) => el('span', { className: 'chip topic', text: t }))) : null,
      hit.snippet ? el('p', { className: 'snippet' }, snippetNodes(hit.snippet)) : null,
      hit.hasCode ? el('span', { className: 'badge', text: 'code' }) : null);
  }

  function openPaper(event, id) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1) return;
    event.preventDefault();
    change((s) => { s.paper = id; });
    window.scrollTo(0, 0);
  }

  function renderPager(body) {
    const pager = $('pager');
    const pages = Math.ceil(Math.min(body.total, 10000) / body.size);
    if (pages <= 1) { pager.replaceChildren(); return; }
    const link = (page, text, label) => el('a', {
      href: urlOf({ ...state, page }), text, 'aria-label': label,
      'aria-current': page === body.page ? 'page' : null,
      onclick: (e) => { e.preventDefault(); change((s) => { s.page = page; }); $('content').focus(); },
    });
    const items = [];
    if (body.page > 1) items.push(link(body.page - 1, '‹ Previous', 'Previous page'));
    const from = Math.max(1, body.page - 3);
    const to = Math.min(pages, from + 6);
    for (let p = from; p <= to; p++) items.push(link(p, String(p), `Page ${p}`));
    if (body.page < pages) items.push(link(body.page + 1, 'Next ›', 'Next page'));
    pager.replaceChildren(...items);
  }

  function renderExport(body) {
    $('export').hidden = body.total === 0;
    const params = searchParams(state);
    params.set('size', String(PAGE_SIZE));
    for (const format of ['csv', 'bibtex', 'ris']) {
      params.set('format', format);
      $(`export-${format}`).href = `/api/search?${params}`;
    }
  }

  function renderChips() {
    const chips = [];
    const chip = (label, remove) => chips.push(el('button', {
      type: 'button', className: 'chip removable', 'aria-label': `Remove filter ${label}`, text: `${label} ×`, onclick: remove,
    }));
    for (const f of FACETS) {
      for (const v of state[f]) chip(`${FACET_TITLES[f]}: ${v}`, () => change((s) => { s[f] = s[f].filter((x) => x !== v); s.page = 1; }));
    }
    if (state.year) chip(`Year: ${state.year}`, () => change((s) => { s.year = ''; s.page = 1; }));
    if (chips.length > 1) chips.push(el('button', { type: 'button', className: 'link', text: 'Clear all', onclick: clearFilters }));
    $('chips').replaceChildren(...chips);
  }

  function clearFilters() {
    change((s) => { for (const f of FACETS) s[f] = []; s.year = ''; s.page = 1; });
  }

  function renderFacets(body) {
    const container = $('facets');
    const sections = FACETS.map((dim) => {
      const values = body.facets[dim] || [];
      const selected = state[dim];
      const info = (body.facetInfo || {})[dim] || {};
      const expanded = state.more.includes(dim);
      const shown = expanded ? values : values.slice(0, SHOW);
      // selected values stay visible (checked) even when nothing matches them any more
      for (const v of selected) if (!shown.some((x) => x.value === v)) shown.push({ value: v, count: 0 });
      const list = el('ul', { className: 'facet-values' }, ...shown.map((v) => {
        const id = `f-${dim}-${v.value}`.replace(/[^A-Za-z0-9_-]/g, '_');
        const checked = selected.includes(v.value);
        return el('li', {},
          el('input', {
            type: 'checkbox', id, value: v.value, checked,
            onchange: (e) => change((s) => {
              s[dim] = e.target.checked ? [...s[dim], v.value] : s[dim].filter((x) => x !== v.value);
              s.page = 1;
            }),
          }),
          el('label', { for: id, title: v.label || null },
            el('span', { className: 'facet-value', text: v.label ? `${v.value} — ${v.label}` : v.value }),
            el('span', { className: 'facet-count', text: String(v.count) })));
      }));
      const canMore = !expanded && (values.length > SHOW || (info.distinct || 0) > values.length);
      const more = canMore || expanded ? el('button', {
        type: 'button', className: 'link more', text: expanded ? 'Show fewer' : `Show more (${info.distinct || values.length})`,
        onclick: () => change((s) => { s.more = expanded ? s.more.filter((d) => d !== dim) : [...s.more, dim]; }, { replace: true }),
      }) : null;
      return el('section', { className: 'facet', id: `facet-${dim}` },
        el('h2', { text: FACET_TITLES[dim] }),
        values.length || selected.length ? list : el('p', { className: 'muted', text: 'None' }),
        more);
    });
    container.replaceChildren(...sections);
  }

  function parseYear(range) {
    const m = /^(\d{4})?\s*(-)?\s*(\d{4})?$/.exec(range || '');
    if (!m) return { from: '', to: '' };
    return m[2] ? { from: m[1] || '', to: m[3] || '' } : { from: m[1] || '', to: m[1] || '' };
  }

  function yearValue(from, to) {
    if (from && to && from === to) return from;
    if (!from && !to) return '';
    return `${from || ''}-${to || ''}`;
  }

  function renderHistogram(body) {
    const histogram = ((body.facetInfo || {}).year || {}).histogram || [];
    const { from, to } = parseYear(state.year);
    if (document.activeElement !== $('year-from')) $('year-from').value = from;
    if (document.activeElement !== $('year-to')) $('year-to').value = to;
    const max = Math.max(1, ...histogram.map((b) => b.count));
    const inRange = (y) => state.year && (!from || y >= +from) && (!to || y <= +to);
    const bars = histogram.map((b) => {
      const year = +b.value;
      const bar = el('button', {
        type: 'button', className: `bar${inRange(year) ? ' selected' : ''}`, 'data-year': b.value,
        'aria-label': `${b.value}: ${plural(b.count, 'paper')}`, title: `${b.value}: ${plural(b.count, 'paper')}`,
        'aria-pressed': inRange(year) ? 'true' : 'false',
        onclick: (e) => selectYear(year, e.shiftKey),
      }, el('span', { className: 'fill' }));
      bar.firstChild.style.height = `${Math.max(b.count ? 6 : 0, Math.round((b.count / max) * 100))}%`;
      return bar;
    });
    const axis = histogram.length
      ? el('div', { className: 'axis' }, el('span', { text: histogram[0].value }), el('span', { text: histogram[histogram.length - 1].value }))
      : el('p', { className: 'muted', text: 'No years' });
    $('histogram').replaceChildren(el('div', { className: 'bars' }, ...bars), axis);
  }

  /** A bar sets that single year; a second bar (or shift-click) extends it to a range. */
  function selectYear(year, extend) {
    const { from, to } = parseYear(state.year);
    let value;
    if ((extend || (from && from === to)) && from && String(year) !== from) {
      const a = Math.min(+from, year);
      const b = Math.max(+to || +from, year);
      value = yearValue(String(a), String(b));
    } else if (from === String(year) && to === String(year)) {
      value = '';
    } else {
      value = String(year);
    }
    change((s) => { s.year = value; s.page = 1; });
  }

  // ---------- rendering: paper view ----------
  async function renderPaper(id) {
    const view = $('paper');
    view.replaceChildren(el('p', { className: 'muted', text: 'Loading…' }));
    let paper;
    try {
      paper = await getJson(`/api/papers/${encodeURIComponent(id)}`);
    } catch (error) {
      view.replaceChildren(backLink(), el('div', { className: 'status error', role: 'alert' },
        el('strong', { text: error.title }), el('p', { text: error.message })));
      return;
    }
    if (state.paper !== id) return;
    document.title = `${paper.title} — Paper Search`;
    const facts = [
      ['Authors', paper.authors.join(', ') + (paper.authorsTruncated ? ' et al.' : '')],
      ['Venue', paper.venue], ['Year', paper.year], ['Date', paper.date], ['Type', paper.type],
      ['Affiliation', paper.affiliation], ['Citations', paper.citations], ['Code', paper.hasCode ? 'available' : null],
    ].filter(([, v]) => v !== null && v !== undefined && v !== '');
    const links = [];
    if (paper.doi) links.push(el('a', { href: `https://doi.org/${encodeURI(paper.doi)}`, rel: 'noopener noreferrer', text: `doi:${paper.doi}` }));
    if (safeUrl(paper.url)) links.push(el('a', { href: paper.url, rel: 'noopener noreferrer', text: paper.url }));

    view.replaceChildren(
      backLink(),
      el('h1', { id: 'paper-title', text: paper.title }),
      el('dl', { className: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: String(v) })])),
      links.length ? el('p', { className: 'links' }, ...links.flatMap((l, i) => (i ? [' · ', l] : [l]))) : null,
      paper.topics.length ? el('p', { className: 'topics' }, ...paper.topics.map((t) => el('span', {
        className: `chip topic ${t.origin}`, title: t.origin === 'inferred' ? 'inferred by the engine' : 'given by a source',
        text: `${t.label ? `${t.code} — ${t.label}` : t.code}${t.origin === 'inferred' ? ' (inferred)' : ''}`,
      }))) : null,
      el('h2', { text: 'Abstract' }),
      el('p', { className: 'abstract', text: paper.abstract || 'No abstract available.' }),
      el('h2', { text: 'Cite' }),
      el('p', { className: 'cite' },
        el('a', { href: `/api/papers/${encodeURIComponent(paper.id)}/cite?format=bibtex`, text: 'BibTeX' }), ' · ',
        el('a', { href: `/api/papers/${encodeURIComponent(paper.id)}/cite?format=ris`, text: 'RIS' })),
      el('h2', { text: 'Where each fact came from' }),
      sourcesTable(paper.sources),
      el('section', { id: 'similar', className: 'similar', 'aria-live': 'polite' },
        el('h2', { text: 'Similar papers' }), el('p', { className: 'muted', text: 'Loading…' })));
    view.focus();
    loadSimilar(paper.id);
  }

  function backLink() {
    return el('a', {
      href: urlOf({ ...state, paper: '' }), className: 'back', text: '← Back to results',
      onclick: (e) => { e.preventDefault(); change((s) => { s.paper = ''; }); document.title = 'Paper Search'; },
    });
  }

  function sourcesTable(sources) {
    if (!sources.length) return el('p', { className: 'muted', text: 'No provenance recorded.' });
    const head = el('tr', {}, ...['File', 'Page kind', 'Record', 'Line', 'Venue', 'Year', 'Type', 'Implied by page'].map((h) => el('th', { scope: 'col', text: h })));
    const rows = sources.map((s) => el('tr', {}, ...[s.file, s.pageKind, s.ordinal, s.line, s.venue, s.year, s.type, (s.implied || []).join(', ')]
      .map((v) => el('td', { text: v === null || v === undefined ? '' : String(v) }))));
    return el('div', { className: 'table-wrap' }, el('table', { className: 'sources' }, el('thead', {}, head), el('tbody', {}, ...rows)));
  }

  async function loadSimilar(id) {
    let body;
    try {
      body = await getJson(`/api/papers/${encodeURIComponent(id)}/similar?size=5`);
    } catch (error) {
      const section = $('similar');
      if (section) section.replaceChildren(el('h2', { text: 'Similar papers' }), el('p', { className: 'status error', text: error.message }));
      return;
    }
    const section = $('similar');
    if (!section || state.paper !== id) return;
    section.replaceChildren(
      el('h2', { text: 'Similar papers' }),
      body.terms.length ? el('p', { className: 'why' }, 'Why similar: ', ...body.terms.slice(0, 12).map((t) => el('span', { className: 'chip term', text: t }))) : null,
      body.hits.length
        ? el('ol', { className: 'results similar-list' }, ...body.hits.map((hit, i) => resultCard(hit, i + 1)))
        : el('p', { className: 'muted', text: 'No similar papers found.' }));
  }

  // ---------- search box, autocomplete ----------
  let debounce = 0;
  let suggestTimer = 0;
  let suggestions = [];
  let active = -1;

  function commitQuery(q, fromTyping) {
    if (q === state.q && !state.paper) return;
    change((s) => { s.q = q; s.page = 1; s.paper = ''; }, { fromTyping });
  }

  $('q').addEventListener('input', () => {
    clearTimeout(debounce);
    const q = $('q').value.trim();
    debounce = setTimeout(() => commitQuery(q, true), DEBOUNCE_MS);
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => loadSuggestions(q), 120);
  });

  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(debounce);
    if (active >= 0 && suggestions[active]) { chooseSuggestion(suggestions[active]); return; }
    hideSuggestions();
    typing = false;
    commitQuery($('q').value.trim(), false);
  });

  $('q').addEventListener('keydown', (e) => {
    const list = $('suggestions');
    if (e.key === 'ArrowDown' && suggestions.length) { e.preventDefault(); setActive(Math.min(active + 1, suggestions.length - 1)); }
    else if (e.key === 'ArrowUp' && suggestions.length) { e.preventDefault(); setActive(Math.max(active - 1, -1)); }
    else if (e.key === 'Escape' && !list.hidden) { e.preventDefault(); hideSuggestions(); }
  });
  $('q').addEventListener('blur', () => setTimeout(hideSuggestions, 150));

  async function loadSuggestions(q) {
    if (q.length < 2) { hideSuggestions(); return; }
    try {
      const response = await fetch(`/api/suggest?q=${encodeURIComponent(q)}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) { hideSuggestions(); return; }
      const body = await response.json();
      if ($('q').value.trim() !== q) return;
      showSuggestions(body.suggestions || []);
    } catch {
      hideSuggestions();
    }
  }

  function showSuggestions(items) {
    suggestions = items;
    active = -1;
    const list = $('suggestions');
    if (!items.length || document.activeElement !== $('q')) { hideSuggestions(); return; }
    list.replaceChildren(...items.map((s, i) => el('li', {
      id: `suggestion-${i}`, role: 'option', className: `suggestion ${s.kind}`, 'aria-selected': 'false',
      onmousedown: (e) => { e.preventDefault(); chooseSuggestion(s); },
    }, el('span', { className: 'kind', text: s.kind === 'author' ? 'Author' : 'Paper' }), el('span', { text: s.text }))));
    list.hidden = false;
    $('q').setAttribute('aria-expanded', 'true');
  }

  function setActive(i) {
    active = i;
    [...$('suggestions').children].forEach((li, j) => li.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    if (i >= 0) $('q').setAttribute('aria-activedescendant', `suggestion-${i}`);
    else $('q').removeAttribute('aria-activedescendant');
  }

  function hideSuggestions() {
    suggestions = [];
    active = -1;
    $('suggestions').hidden = true;
    $('suggestions').replaceChildren();
    $('q').setAttribute('aria-expanded', 'false');
    $('q').removeAttribute('aria-activedescendant');
  }

  function chooseSuggestion(s) {
    hideSuggestions();
    clearTimeout(debounce);
    typing = false;
    if (s.kind === 'title' && s.id) {
      $('q').value = s.text;
      change((st) => { st.q = s.text; st.page = 1; st.paper = s.id; });
    } else if (s.kind === 'author') {
      $('q').value = '';
      change((st) => { st.q = ''; st.page = 1; st.paper = ''; if (!st.author.includes(s.text)) st.author = [...st.author, s.text]; });
    } else {
      $('q').value = s.text;
      commitQuery(s.text, false);
    }
  }

  // ---------- other controls ----------
  $('sort').addEventListener('change', () => change((s) => { s.sort = $('sort').value; s.page = 1; }));

  $('year-form').addEventListener('submit', (e) => {
    e.preventDefault();
    let from = $('year-from').value.trim();
    let to = $('year-to').value.trim();
    if (from && to && +from > +to) [from, to] = [to, from];
    change((s) => { s.year = yearValue(from, to); s.page = 1; });
  });

  $('suggestion-link').addEventListener('click', (e) => {
    e.preventDefault();
    const q = $('suggestion-link').textContent;
    $('q').value = q;
    typing = false;
    commitQuery(q, false);
  });

  $('home').addEventListener('click', (e) => {
    e.preventDefault();
    $('q').value = '';
    typing = false;
    navigate(emptyState());
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName)) {
      e.preventDefault();
      $('q').focus();
    }
  });

  if (window.matchMedia('(max-width: 760px)').matches) $('filters').removeAttribute('open');
  $('q').value = state.q;
  render();
})();
