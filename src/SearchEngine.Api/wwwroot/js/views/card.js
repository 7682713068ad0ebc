// One result card: used by the result list and by "Similar papers".
import { el, richText } from './dom.js';

/**
 * @param {object} hit a search hit: {id, title, titleHighlights, authors, authorsTruncated, venue, year, type,
 *   topics, hasCode, snippet: {text, highlights} | null}
 * @param {number} rank 1-based position shown as the list number
 * @param {{paperUrl: (id: string) => string, openPaper: (event: MouseEvent, id: string) => void}} actions
 */
export function resultCard(hit, rank, actions) {
  const authors = (hit.authors || []).join(', ') + (hit.authorsTruncated ? ' et al.' : '');
  const meta = [authors, hit.venue, hit.year, hit.type].filter((v) => v !== null && v !== undefined && v !== '');
  const snippet = hit.snippet && hit.snippet.text ? hit.snippet : null;
  return el('li', { className: 'result', 'data-id': hit.id, value: rank },
    el('h3', {}, el('a', {
      className: 'result-title', href: actions.paperUrl(hit.id), onclick: (e) => actions.openPaper(e, hit.id),
    }, richText(hit.title, hit.titleHighlights))),
    el('p', { className: 'meta', text: meta.join(' · ') }),
    hit.topics && hit.topics.length ? el('p', { className: 'topics' }, ...hit.topics.map((t) => el('span', { className: 'chip topic', text: t }))) : null,
    snippet ? el('p', { className: 'snippet' }, richText(snippet.text, snippet.highlights)) : null,
    hit.hasCode ? el('span', { className: 'badge', text: 'code' }) : null);
}
