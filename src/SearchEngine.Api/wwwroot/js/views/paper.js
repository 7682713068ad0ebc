// The paper page: facts, other titles, links, topics, abstract, other versions, citation, provenance table, similar papers.
import { byId, el, replace, richText } from './dom.js';
import { resultCard } from './card.js';
import { latexToPlain } from '../latex.js';
import { paperLinks, safeUrl } from '../links.js';
import { citationBox } from './cite.js';

/**
 * @param {HTMLElement} view the #paper article
 * @param {object} paper /api/papers/{id} response
 * @param {{backUrl: string, back: (e: MouseEvent) => void, citeUrl: (id: string, format: string) => string,
 *   cite: (id: string, format: string) => Promise<string>,
 *   paperUrl: (id: string) => string, openPaper: (event: MouseEvent, id: string) => void}} ctx
 */
export function renderPaper(view, paper, ctx) {
  document.title = `${latexToPlain(paper.title)} — Paper Search`;
  const facts = [
    ['Authors', (paper.authors || []).join(', ') + (paper.authorsTruncated ? ' et al.' : '')],
    ['Venue', paper.venue], ['Year', paper.year], ['Date', paper.date], ['Type', paper.type],
    ['Affiliation', paper.affiliation], ['Citations', paper.citations], ['Code', paper.hasCode ? 'available' : null],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  const targets = paperLinks(paper.links, { withWeb: true });
  // why: a source's url that is not one of the recognised links (a listing page) is still worth following.
  if (safeUrl(paper.url) && !targets.some((t) => t.url === paper.url)) {
    targets.push({ kind: 'web', label: paper.url, url: paper.url, title: 'given by a source' });
  }
  const links = targets.map((t) => el('a', {
    className: `link-${t.kind}`, href: t.url, title: t.title, rel: 'noopener noreferrer', text: t.label,
  }));

  replace(view,
    backLink(ctx),
    el('h1', { id: 'paper-title' }, richText(paper.title)),
    paper.alternateTitles && paper.alternateTitles.length
      ? el('p', { className: 'alternate-titles' }, 'Also listed as: ',
        ...paper.alternateTitles.flatMap((t, i) => [i ? '; ' : null, el('cite', {}, richText(t))]))
      : null,
    el('dl', { className: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: String(v) })])),
    links.length ? el('p', { className: 'links' }, ...links.flatMap((l, i) => (i ? [' · ', l] : [l]))) : null,
    paper.topics && paper.topics.length ? el('p', { className: 'topics' }, ...paper.topics.map((t) => el('span', {
      className: `chip topic ${t.origin}`, title: t.origin === 'inferred' ? 'inferred by the engine' : 'given by a source',
      text: `${t.label ? `${t.code} — ${t.label}` : t.code}${t.origin === 'inferred' ? ' (inferred)' : ''}`,
    }))) : null,
    el('h2', { text: 'Abstract' }),
    el('p', { className: 'abstract' }, paper.abstract ? richText(paper.abstract) : 'No abstract available.'),
    otherVersions(paper.otherVersions || [], ctx),
    citationBox(paper.id, ctx),
    el('h2', { text: 'Where each fact came from' }),
    sourcesTable(paper.sources || []),
    el('section', { id: 'similar', className: 'similar', 'aria-live': 'polite' },
      el('h2', { text: 'Similar papers' }), el('p', { className: 'muted', text: 'Loading…' })));
}

export function renderPaperLoading(view) {
  replace(view, el('p', { className: 'muted', text: 'Loading…' }));
}

export function renderPaperError(view, error, ctx) {
  replace(view, backLink(ctx), el('div', { className: 'status error', role: 'alert' },
    el('strong', { text: error.title || 'Something went wrong' }), el('p', { text: error.message })));
}

/** @param {object|Error} result /api/papers/{id}/similar response, or the error that fetching it gave */
export function renderSimilar(result, cardActions) {
  const section = byId('similar');
  if (!section) return;
  if (result instanceof Error) {
    replace(section, el('h2', { text: 'Similar papers' }), el('p', { className: 'status error', text: result.message }));
    return;
  }
  replace(section,
    el('h2', { text: 'Similar papers' }),
    result.terms.length ? el('p', { className: 'why' }, 'Why similar: ', ...result.terms.slice(0, 12).map((t) => el('span', { className: 'chip term', text: t }))) : null,
    result.hits.length
      ? el('ol', { className: 'results similar-list' }, ...result.hits.map((hit, i) => resultCard(hit, i + 1, cardActions)))
      : el('p', { className: 'muted', text: 'No similar papers found.' }));
}

/** Distinct papers that are versions of this one (a journal extension of a conference paper), each a link. */
function otherVersions(versions, ctx) {
  if (!versions.length) return null;
  return el('section', { className: 'other-versions' },
    el('h2', { text: 'Other versions' }),
    el('ul', {}, ...versions.map((v) => el('li', {},
      el('a', { href: ctx.paperUrl(v.id), onclick: (e) => ctx.openPaper(e, v.id) }, richText(v.title)),
      v.year ? ` (${v.year})` : null))));
}

function backLink(ctx) {
  return el('a', { href: ctx.backUrl, className: 'back', text: '← Back to results', onclick: ctx.back });
}

function sourcesTable(sources) {
  if (!sources.length) return el('p', { className: 'muted', text: 'No provenance recorded.' });
  const head = el('tr', {}, ...['File', 'Page kind', 'Record', 'Line', 'Venue', 'Year', 'Type', 'Implied by page'].map((h) => el('th', { scope: 'col', text: h })));
  const rows = sources.map((s) => el('tr', {}, ...[s.file, s.pageKind, s.ordinal, s.line, s.venue, s.year, s.type, (s.implied || []).join(', ')]
    .map((v) => el('td', { text: v === null || v === undefined ? '' : String(v) }))));
  return el('div', { className: 'table-wrap' }, el('table', { className: 'sources' }, el('thead', {}, head), el('tbody', {}, ...rows)));
}
