// One result card: used by the result list and by "Similar papers".
import { el, richText } from './dom.js';
import { paperLinks } from '../links.js';

/**
 * @param {object} hit a search hit: {id, title, titleHighlights, authors, authorsTruncated, venue, year, type,
 *   topics, inferredTopics (which of topics the engine inferred), hasCode, links: [{kind, url, origin}], snippet: {text, highlights} | null}
 * @param {number} rank 1-based position shown as the list number
 * @param {{paperUrl: (id: string) => string, openPaper: (event: MouseEvent, id: string) => void}} actions
 */
export function resultCard(hit, rank, actions) {
  const authors = (hit.authors || []).join(', ') + (hit.authorsTruncated ? ' et al.' : '');
  const meta = [authors, hit.venue, hit.year, hit.type].filter((v) => v !== null && v !== undefined && v !== '');
  const snippet = hit.snippet && hit.snippet.text ? hit.snippet : null;
  const inferred = new Set(hit.inferredTopics || []);
  return el('li', { className: 'result', 'data-id': hit.id, value: rank },
    el('h3', {}, el('a', {
      className: 'result-title', href: actions.paperUrl(hit.id), onclick: (e) => actions.openPaper(e, hit.id),
    }, richText(hit.title, hit.titleHighlights))),
    el('p', { className: 'meta', text: meta.join(' · ') }),
    hit.topics && hit.topics.length ? el('p', { className: 'topics' }, ...hit.topics.map((t) => topicChip(t, inferred.has(t)))) : null,
    snippet ? el('p', { className: 'snippet' }, richText(snippet.text, snippet.highlights)) : null,
    cardLinks(hit));
}

/** A topic chip; an inferred topic is marked as such, in words and style (the paper page does the same). */
function topicChip(code, inferred) {
  return inferred
    ? el('span', { className: 'chip topic inferred', title: 'inferred by the engine', text: `${code} (inferred)` })
    : el('span', { className: 'chip topic given', title: 'given by a source', text: code });
}

/** Code / arXiv / DOI links; a paper flagged as having code without a known URL keeps the plain "code" badge. */
function cardLinks(hit) {
  const links = paperLinks(hit.links);
  const code = links.some((l) => l.kind === 'code');
  if (!links.length && !hit.hasCode) return null;
  return el('p', { className: 'paper-links' },
    hit.hasCode && !code ? el('span', { className: 'badge', text: 'code' }) : null,
    ...links.map((l) => el('a', {
      className: l.kind === 'code' ? 'badge link-code' : `link-${l.kind}`, href: l.url, title: l.title,
      rel: 'noopener noreferrer', target: '_blank', text: l.label,
    })));
}
