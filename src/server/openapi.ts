// GET /openapi.json: every route of the API, OpenAPI 3.1.
const filterParams = [
  { name: 'actor', in: 'query', description: 'actor code ("USA" matches USA, USAGOV…), kb id, or any name variant', schema: { type: 'string' } },
  { name: 'type', in: 'query', description: 'PLOVER type (CONSULT) or CAMEO code prefix (04, 042)', schema: { type: 'string' } },
  { name: 'since', in: 'query', description: 'first day, YYYY-MM-DD', schema: { type: 'string', format: 'date' } },
  { name: 'until', in: 'query', description: 'last day, YYYY-MM-DD', schema: { type: 'string', format: 'date' } },
  { name: 'place', in: 'query', schema: { type: 'string' } },
  { name: 'outlet', in: 'query', schema: { type: 'string' } },
  { name: 'modality', in: 'query', schema: { type: 'string', enum: ['asserted', 'attributed', 'rumored', 'speculative', 'planned', 'hypothetical', 'negated'] } },
  { name: 'text', in: 'query', description: 'words in quote contents or series measures', schema: { type: 'string' } },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000 } },
];

const err = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const json = (description: string, schema: object = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });
const list = (description: string) => json(description, { type: 'array', items: { type: 'object' } });
const bad = { '400': err('bad input: the message says what is wrong'), '429': err('rate limited (Retry-After)') };
const articleBody = (many: boolean) => ({
  required: true,
  content: {
    'application/json': { schema: many ? { oneOf: [{ $ref: '#/components/schemas/Article' }, { type: 'array', maxItems: 100, items: { $ref: '#/components/schemas/Article' } }] } : { $ref: '#/components/schemas/Article' } },
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
  },
});
const metaQuery = ['published', 'title', 'url', 'outlet'].map((name) => ({ name, in: 'query', description: 'metadata for text/plain and text/html bodies', schema: { type: 'string' } }));

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'Sift API', version, description: 'News articles as Document JSON (sift/document@1), and the corpus they make: merged events, actors, quotes, figure series.' },
    paths: {
      '/api/health': { get: { summary: 'Liveness, store kind and corpus counts', responses: { '200': json('ok') } } },
      '/api/analyze': {
        post: { summary: 'Analyse one article; nothing is stored', parameters: metaQuery, requestBody: articleBody(false), responses: { '200': json('Document JSON', { $ref: '#/components/schemas/Document' }), ...bad, '413': err('body too large'), '415': err('unsupported content type') } },
      },
      '/api/ingest': {
        post: {
          summary: 'Analyse and store one article or a list (at most 100)', security: [{ bearer: [] }], parameters: metaQuery, requestBody: articleBody(true),
          responses: { '201': json('stored ({results: [{status, id, duplicateOf?}]})'), '200': json('all already stored'), ...bad, '401': err('no or wrong bearer token'), '413': err('body too large') },
        },
      },
      '/api/documents': {
        get: {
          summary: 'Stored articles, newest first (X-Total-Count header)',
          parameters: [{ name: 'outlet', in: 'query', schema: { type: 'string' } }, { name: 'limit', in: 'query', schema: { type: 'integer' } }, { name: 'offset', in: 'query', schema: { type: 'integer' } }],
          responses: { '200': list('document summaries'), ...bad },
        },
      },
      '/api/documents/{id}': { get: { summary: 'One stored article as Document JSON', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': json('Document JSON', { $ref: '#/components/schemas/Document' }), '404': err('no such document') } } },
      '/api/events': { get: { summary: 'Merged events with their mentions across articles', parameters: filterParams, responses: { '200': list('events'), ...bad } } },
      '/api/quotes': { get: { summary: 'Quotes (actor = speaker, text = words in the content)', parameters: filterParams, responses: { '200': list('quotes'), ...bad } } },
      '/api/entities': { get: { summary: 'Actors (type = PERSON, GPE, ORG…)', parameters: filterParams, responses: { '200': list('actors'), ...bad } } },
      '/api/entities/{id}': {
        get: { summary: 'An actor page: the actor, its roles in events, quotes, events and places', parameters: [{ name: 'id', in: 'path', required: true, description: 'numeric id, key or kb id', schema: { type: 'string' } }], responses: { '200': json('{entity, roles, events, quotes, places}'), '404': err('no such actor') } },
      },
      '/api/timeline': { get: { summary: 'Events and mentions per day', parameters: filterParams, responses: { '200': list('[{date, events, mentions}]'), ...bad } } },
      '/api/network': { get: { summary: 'Actors as nodes, events between them as weighted edges (goldstein: cooperation > 0 > conflict)', parameters: filterParams, responses: { '200': json('{nodes, edges}'), ...bad } } },
      '/api/series': { get: { summary: 'Figure series (text = words in the measure)', parameters: filterParams, responses: { '200': list('series with points'), ...bad } } },
      '/api/search': { get: { summary: 'Full-text search of the articles', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, ...filterParams], responses: { '200': list('hits with snippets'), ...bad } } },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': json('OpenAPI 3.1') } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the server\'s SIFT_TOKEN' } },
      schemas: {
        Article: {
          type: 'object', required: ['text'],
          properties: { text: { type: 'string' }, published: { type: 'string', description: 'YYYY-MM-DD' }, title: { type: 'string' }, url: { type: 'string' }, outlet: { type: 'string' }, id: { type: 'string' } },
        },
        Document: { type: 'object', description: 'Document JSON v1 (schema "sift/document@1"): id, text, meta, sentences, paragraphs, entities, events, quotes, quantities, times, inserts, diagnostics' },
        Error: { type: 'object', properties: { error: { type: 'object', properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } } } } },
      },
    },
  };
}
