/**
 * A stand-in OpenAI-compatible `/v1/embeddings` server for tests, run as its
 * own process (the synchronous embedder path blocks its caller's thread, so
 * the server cannot live in the test's thread). Vectors come from the hashed
 * embedder, so similar texts really are near each other. Prints the port.
 *
 * Models: "hashed-64" answers normally; "broken" answers HTTP 500;
 * "short" returns one embedding too few.
 */
import { createServer } from 'node:http';
import { HashedNgramEmbedder } from '../../memory/embedders/hashed-ngram-embedder.js';

const embedder = new HashedNgramEmbedder({ dimension: 64 });
let requests = 0;

const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    requests++;
    if (request.url === '/requests') return void response.end(String(requests));
    if (request.method !== 'POST' || request.url !== '/v1/embeddings') {
      response.writeHead(404).end('not found');
      return;
    }
    const { model, input } = JSON.parse(body) as { model: string; input: string[] };
    if (request.headers.authorization !== 'Bearer test-key') return void response.writeHead(401).end('{"error":"bad key"}');
    if (model === 'broken') return void response.writeHead(500).end('{"error":"model crashed"}');
    const vectors = embedder.embedSync(model === 'short' ? input.slice(1) : input);
    // Reverse order with explicit indexes, as servers may.
    const data = vectors.map((vector, index) => ({ object: 'embedding', index, embedding: Array.from(vector, (value) => value * 3) })).reverse();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model }));
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
