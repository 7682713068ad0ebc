// The API client: one function per endpoint, JSON in and out, problem details (RFC 7807) turned into ApiError.
// Pure apart from the fetch it is given, so it runs under node --test with a fake fetch.

export class ApiError extends Error {
  constructor(title, message, status) {
    super(message);
    this.name = 'ApiError';
    this.title = title;
    this.status = status;
  }
}

/** @param {typeof fetch} fetchImpl */
export function createApi(fetchImpl = (...args) => globalThis.fetch(...args)) {
  async function getJson(url, signal) {
    const response = await fetchImpl(url, { headers: { Accept: 'application/json' }, signal });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const problem = body || {};
      throw new ApiError(problem.title || 'Something went wrong', problem.detail || problem.title || `HTTP ${response.status}`, response.status);
    }
    return body;
  }

  const paperPath = (id) => `/api/papers/${encodeURIComponent(id)}`;

  return {
    /** The filter/facet dimensions: [{name, label, kind, multiValued, filter, facet, facetLimit}]. */
    schema: async () => (await getJson('/api/schema')).dimensions || [],
    search: (params, signal) => getJson(`/api/search?${params}`, signal),
    paper: (id, signal) => getJson(paperPath(id), signal),
    similar: (id, size, signal) => getJson(`${paperPath(id)}/similar?size=${size}`, signal),
    suggest: async (q, signal) => (await getJson(`/api/suggest?q=${encodeURIComponent(q)}`, signal)).suggestions || [],
    exportUrl: (params, format) => {
      const p = new URLSearchParams(params);
      p.set('format', format);
      return `/api/export?${p}`;
    },
    citeUrl: (id, format) => `${paperPath(id)}/cite?format=${format}`,
    /** The citation of a paper as text (bibtex, ris or text). */
    cite: async (id, format, signal) => {
      const response = await fetchImpl(`${paperPath(id)}/cite?format=${format}`, { signal });
      if (!response.ok) throw new ApiError('Citation unavailable', `HTTP ${response.status}`, response.status);
      return response.text();
    },
  };
}
