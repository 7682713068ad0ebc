import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  apiSearchParams, emptyState, facetsParam, hasFilters, lastPage, moreCount, parseYear, readState, searchParams,
  summaryText, urlOf, withFilter, withoutFilters, yearAfterBar, yearFromInputs, yearInRange, MORE,
  isYearBucket, yearAfterOtherBucket,
} from '../../src/SearchEngine.Api/wwwroot/js/state.js';
import { dimensions } from './fixtures.mjs';

test('empty state has one filter per filter dimension: lists for keywords, strings otherwise', () => {
  const s = emptyState(dimensions);
  assert.deepEqual(s.filters, { year: '', venue: [], topic: [], type: [], author: [], hasCode: '' });
  assert.equal(s.page, 1);
  assert.equal(s.sort, 'relevance');
});

test('filters come from the schema, not a fixed list: a new dimension needs no page change', () => {
  const withLanguage = [...dimensions, { name: 'language', label: 'Language', kind: 'keyword', filter: true, facet: true, facetLimit: 10 }];
  const s = readState('?language=en&language=de', withLanguage);
  assert.deepEqual(s.filters.language, ['en', 'de']);
  assert.equal(urlOf(s, withLanguage), '/?language=en&language=de');
  assert.match(facetsParam(withLanguage, []), /language$/);
});

test('readState reads repeatable keywords, the year range, booleans, sort, page, paper and more', () => {
  const s = readState('?q=ghost&venue=CVPR&venue=NeurIPS&year=2018-2022&hasCode=true&sort=newest&page=3&paper=p01&more=author,venue,bogus', dimensions);
  assert.equal(s.q, 'ghost');
  assert.deepEqual(s.filters.venue, ['CVPR', 'NeurIPS']);
  assert.equal(s.filters.year, '2018-2022');
  assert.equal(s.filters.hasCode, 'true');
  assert.equal(s.sort, 'newest');
  assert.equal(s.page, 3);
  assert.equal(s.paper, 'p01');
  assert.deepEqual(s.more, ['author', 'venue']);
});

test('readState ignores unknown parameters and repairs bad page and sort values', () => {
  const s = readState('?page=-4&sort=sideways&colour=red&venue=', dimensions);
  assert.equal(s.page, 1);
  assert.equal(s.sort, 'relevance');
  assert.deepEqual(s.filters.venue, []);
  assert.equal('colour' in s.filters, false);
});

test('URL round-trips through readState', () => {
  // the order of filters in the URL is the schema's
  const url = '/?q=neural+networks&year=2020&venue=NeurIPS&topic=cs.CV&hasCode=true&sort=oldest&page=2&more=author&paper=p02';
  const s = readState(url.slice(1), dimensions);
  assert.equal(urlOf(s, dimensions), url);
  assert.equal(urlOf(emptyState(dimensions), dimensions), '/');
});

test('searchParams leaves out defaults and, on request, the page', () => {
  const s = { ...emptyState(dimensions), q: 'x', page: 4 };
  assert.equal(searchParams(s, dimensions).toString(), 'q=x&page=4');
  assert.equal(searchParams(s, dimensions, { withPage: false }).toString(), 'q=x');
});

test('apiSearchParams asks for every facet dimension, expanded ones with the larger limit', () => {
  const s = { ...emptyState(dimensions), q: 'ghost', more: ['author'] };
  const p = apiSearchParams(s, dimensions);
  assert.equal(p.get('size'), '10');
  assert.equal(p.get('facets'), `year,venue,topic,type,author:${MORE},hasCode`);
  assert.equal(facetsParam(dimensions.filter((d) => d.name !== 'hasCode'), []), 'year,venue,topic,type,author');
});

test('withFilter adds and removes list values, sets and clears single values, and resets the page', () => {
  let s = { ...emptyState(dimensions), page: 3 };
  s = withFilter(s, 'venue', 'CVPR', true);
  s = withFilter(s, 'venue', 'CVPR', true);
  assert.deepEqual(s.filters.venue, ['CVPR']);
  assert.equal(s.page, 1);
  s = withFilter(s, 'hasCode', 'true', true);
  assert.equal(s.filters.hasCode, 'true');
  assert.equal(hasFilters(s), true);
  s = withFilter(withFilter(s, 'venue', 'CVPR', false), 'hasCode', 'true', false);
  assert.deepEqual(s.filters.venue, []);
  assert.equal(s.filters.hasCode, '');
  assert.equal(hasFilters(s), false);
});

test('withoutFilters clears every dimension and keeps the query', () => {
  const s = withoutFilters({ ...readState('?q=a&venue=X&year=2020&hasCode=true&page=2', dimensions) });
  assert.equal(hasFilters(s), false);
  assert.equal(s.q, 'a');
  assert.equal(s.page, 1);
});

test('lastPage and summaryText: page counts, the 10,000-hit window, and no "page 9 of 5"', () => {
  assert.equal(lastPage(43, 10), 5);
  assert.equal(lastPage(0, 10), 1);
  assert.equal(lastPage(1_000_000, 10), 1000);
  assert.equal(summaryText(43, 2, 10), '43 papers · page 2 of 5');
  assert.equal(summaryText(43, 9, 10), '43 papers');
  assert.equal(summaryText(1, 1, 10), '1 paper');
  assert.equal(summaryText(12345, 1, 10), '12,345 papers · page 1 of 1,000');
  assert.equal(summaryText(0, 1, 10), 'No papers found');
});

test('moreCount is how many more values a facet has, not its total', () => {
  assert.equal(moreCount(8, 10, 11), 3);
  assert.equal(moreCount(8, 10, 0), 2);  // distinct unknown: what was returned beyond those shown
  assert.equal(moreCount(5, 5, 5), 0);
});

test('year ranges: parse, membership, bars and inputs', () => {
  assert.deepEqual(parseYear('2018-2022'), { from: '2018', to: '2022' });
  assert.deepEqual(parseYear('2020'), { from: '2020', to: '2020' });
  assert.deepEqual(parseYear('2018-'), { from: '2018', to: '' });
  assert.deepEqual(parseYear('nonsense'), { from: '', to: '' });
  assert.equal(yearInRange('2018-2020', 2019), true);
  assert.equal(yearInRange('2018-2020', 2021), false);
  assert.equal(yearInRange('-2015', 1999), true);
  assert.equal(yearInRange('', 2020), false);
  assert.equal(yearAfterBar('', 2021, false), '2021');
  assert.equal(yearAfterBar('2021', 2023, false), '2021-2023');
  assert.equal(yearAfterBar('2021', 2019, false), '2019-2021');
  assert.equal(yearAfterBar('2021', 2021, false), '');
  assert.equal(yearAfterBar('2018-2020', 2022, false), '2022');
  assert.equal(yearAfterBar('2018-2020', 2022, true), '2018-2022');
  assert.equal(yearFromInputs(' 2022', '2018 '), '2018-2022');
  assert.equal(yearFromInputs('2020', '2020'), '2020');
  assert.equal(yearFromInputs('', '2015'), '-2015');
  assert.equal(yearFromInputs('', ''), '');
});

test('a non-year bucket such as "unknown" is its own selection and selects no year bar', () => {
  assert.equal(isYearBucket('2021'), true);
  assert.equal(isYearBucket('unknown'), false);
  assert.equal(yearInRange('unknown', 2021), false);
  assert.equal(yearAfterOtherBucket('2018-2020', 'unknown'), 'unknown');
  assert.equal(yearAfterOtherBucket('unknown', 'unknown'), '');
  assert.equal(yearAfterBar('unknown', 2021, false), '2021');
  assert.equal(readState('?year=unknown', dimensions).filters.year, 'unknown');
});
