// Which links of a paper the page shows, and how they are labelled: Code, arXiv and DOI first (in that order, one of
// each), then other web pages. Pure, so it runs under node --test.

const LABELS = { code: 'Code', arxiv: 'arXiv', doi: 'DOI' };
const ORIGINS = { abstract: 'found in the abstract', source: 'given by a source' };

/** Only absolute http(s) URLs become links: a javascript: or relative URL from a source never does. */
export const safeUrl = (url) => (/^https?:\/\//i.test(url || '') ? url : null);

/**
 * @param {Array<{kind: string, url: string, origin: string}>} links a hit's or paper's links
 * @param {{withWeb?: boolean}} [options] withWeb: also other web pages (the paper page shows them, cards do not)
 * @returns {Array<{kind: string, label: string, url: string, title: string}>}
 */
export function paperLinks(links, { withWeb = false } = {}) {
  const shown = [];
  for (const kind of [...Object.keys(LABELS), ...(withWeb ? ['web'] : [])]) {
    for (const link of (links || []).filter((l) => l.kind === kind && safeUrl(l.url))) {
      if (kind !== 'web' && shown.some((s) => s.kind === kind)) break;
      if (shown.some((s) => s.url === link.url)) continue;
      const label = LABELS[kind] || hostOf(link.url);
      shown.push({ kind, label, url: link.url, title: `${label}: ${ORIGINS[link.origin] || link.origin}` });
    }
  }
  return shown;
}

function hostOf(url) {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
