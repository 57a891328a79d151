/** Progress of a download: bytes so far and the total when the server says it (else null). */
export type ProgressFn = (loaded: number, total: number | null) => void;

const CACHE = 'book-data-v1';

/**
 * Fetches `url` as bytes, reporting progress, and keeps a copy in Cache Storage so the next
 * visit (and offline use) reads it locally. Works on a page and in a Web Worker. Throws an
 * Error naming the URL on an HTTP error or a network failure.
 */
export async function fetchCached(url: string, onProgress?: ProgressFn): Promise<ArrayBuffer> {
  const cache = typeof caches === 'undefined' ? undefined : await caches.open(CACHE).catch(() => undefined);
  const cached = await cache?.match(url);
  if (cached) {
    const bytes = await cached.arrayBuffer();
    onProgress?.(bytes.byteLength, bytes.byteLength);
    return bytes;
  }
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Could not download ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new Error(`Could not download ${url}: HTTP ${response.status}`);
  const bytes = await readWithProgress(response, onProgress);
  await cache?.put(url, new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } })).catch(() => {
    // A full or unavailable cache only costs a re-download next time.
  });
  return bytes;
}

async function readWithProgress(response: Response, onProgress?: ProgressFn): Promise<ArrayBuffer> {
  const header = response.headers.get('content-length');
  const total = header ? Number(header) : null;
  if (!response.body) {
    const bytes = await response.arrayBuffer();
    onProgress?.(bytes.byteLength, total);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress?.(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
