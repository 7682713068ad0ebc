import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, createApi } from '../../src/SearchEngine.Api/wwwroot/js/api.js';
import { schemaResponse } from './fixtures.mjs';

/** A fetch that records its calls and answers from a table of url → [status, body]. */
function fakeFetch(table) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init });
    const [status, body] = table[url] ?? [404, { title: 'Not found', detail: `no ${url}` }];
    return {
      ok: status >= 200 && status < 300,
      status,
      json: async () => (typeof body === 'string' ? JSON.parse(body) : body),
    };
  };
  return { fetch, calls };
}

test('schema returns the dimension list and asks for JSON', async () => {
  const { fetch, calls } = fakeFetch({ '/api/schema': [200, schemaResponse] });
  const dims = await createApi(fetch).schema();
  assert.deepEqual(dims.map((d) => d.name), ['year', 'venue', 'topic', 'type', 'author', 'hasCode']);
  assert.equal(calls[0].init.headers.Accept, 'application/json');
});

test('problem details become an ApiError with title, detail and status', async () => {
  const { fetch } = fakeFetch({
    '/api/search?year=2022-2018': [400, { type: '/docs/errors#inverted-year-range', title: 'Inverted year range', detail: 'year: 2022 is after 2018', status: 400 }],
  });
  await assert.rejects(createApi(fetch).search(new URLSearchParams('year=2022-2018')), (e) => {
    assert.ok(e instanceof ApiError);
    assert.equal(e.title, 'Inverted year range');
    assert.equal(e.message, 'year: 2022 is after 2018');
    assert.equal(e.status, 400);
    return true;
  });
});

test('a failure without a JSON body still gives a readable error', async () => {
  const fetch = async () => ({ ok: false, status: 502, json: async () => { throw new SyntaxError('not json'); } });
  await assert.rejects(createApi(fetch).paper('p01'), { title: 'Something went wrong', message: 'HTTP 502' });
});

test('paths escape ids and queries; export and cite URLs keep the search parameters', async () => {
  const { fetch, calls } = fakeFetch({
    '/api/papers/a%2Fb': [200, { id: 'a/b' }],
    '/api/papers/a%2Fb/similar?size=5': [200, { hits: [], terms: [] }],
    '/api/suggest?q=vision%20tr': [200, { suggestions: [{ text: 'Vision Transformer Pruning', kind: 'title', id: 'p03' }] }],
  });
  const api = createApi(fetch);
  await api.paper('a/b');
  await api.similar('a/b', 5);
  assert.equal((await api.suggest('vision tr'))[0].id, 'p03');
  assert.deepEqual(calls.map((c) => c.url), ['/api/papers/a%2Fb', '/api/papers/a%2Fb/similar?size=5', '/api/suggest?q=vision%20tr']);
  const params = new URLSearchParams('q=ghost&venue=CVPR');
  assert.equal(api.exportUrl(params, 'bibtex'), '/api/export?q=ghost&venue=CVPR&format=bibtex');
  assert.equal(params.has('format'), false);
  assert.equal(api.citeUrl('p01', 'ris'), '/api/papers/p01/cite?format=ris');
});

test('the abort signal reaches fetch', async () => {
  const { fetch, calls } = fakeFetch({ '/api/search?q=x': [200, { hits: [] }] });
  const controller = new AbortController();
  await createApi(fetch).search(new URLSearchParams('q=x'), controller.signal);
  assert.equal(calls[0].init.signal, controller.signal);
});
