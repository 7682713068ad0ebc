// API response shapes of the issue-9 contract, as the page's pure modules receive them.
export const dimensions = [
  { name: 'year', label: 'Year', kind: 'year', multiValued: false, filter: true, facet: true, facetLimit: 10 },
  { name: 'venue', label: 'Venue', kind: 'keyword', multiValued: false, filter: true, facet: true, facetLimit: 10 },
  { name: 'topic', label: 'Topic', kind: 'keyword', multiValued: true, filter: true, facet: true, facetLimit: 10 },
  { name: 'type', label: 'Type', kind: 'keyword', multiValued: false, filter: true, facet: true, facetLimit: 10 },
  { name: 'author', label: 'Author', kind: 'keyword', multiValued: true, filter: true, facet: true, facetLimit: 10 },
  { name: 'hasCode', label: 'Code', kind: 'boolean', multiValued: false, filter: true, facet: true, facetLimit: 2 },
];

export const schemaResponse = { dimensions };

export const hit = {
  id: 'p01',
  title: 'GhostNet: More Features from Cheap Operations',
  titleHighlights: [{ start: 0, length: 5 }],
  snippet: { text: '… a Ghost module that generates more feature maps …', highlights: [{ start: 4, length: 5 }] },
};
