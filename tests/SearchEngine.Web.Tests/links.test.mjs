import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paperLinks, safeUrl } from '../../src/SearchEngine.Api/wwwroot/js/links.js';

const yolo = [
  { kind: 'arxiv', url: 'https://arxiv.org/abs/2209.02976', origin: 'abstract' },
  { kind: 'code', url: 'https://github.com/meituan/YOLOv6', origin: 'abstract' },
  { kind: 'code', url: 'https://github.com/other/fork', origin: 'abstract' },
  { kind: 'web', url: 'https://www.example.org/yolo', origin: 'source' },
  { kind: 'doi', url: 'https://doi.org/10.1000/x', origin: 'source' },
];

test('Code, arXiv and DOI come first, one of each, labelled with where they were found', () => {
  assert.deepEqual(paperLinks(yolo).map((l) => [l.label, l.url, l.title]), [
    ['Code', 'https://github.com/meituan/YOLOv6', 'Code: found in the abstract'],
    ['arXiv', 'https://arxiv.org/abs/2209.02976', 'arXiv: found in the abstract'],
    ['DOI', 'https://doi.org/10.1000/x', 'DOI: given by a source'],
  ]);
});

test('the paper page also shows other web pages, by host', () => {
  assert.deepEqual(paperLinks(yolo, { withWeb: true }).map((l) => l.label), ['Code', 'arXiv', 'DOI', 'example.org']);
});

test('only http(s) URLs become links; missing lists give none', () => {
  assert.deepEqual(paperLinks([{ kind: 'code', url: 'javascript:alert(1)', origin: 'abstract' }]), []);
  assert.deepEqual(paperLinks(undefined), []);
  assert.equal(safeUrl('/relative'), null);
  assert.equal(safeUrl('HTTPS://x.org'), 'HTTPS://x.org');
});
