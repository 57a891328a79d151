/**
 * Serves the production build (dist/) like a plain static host: `/chapters/x` is answered
 * from `chapters/x/index.html`, unknown paths get 404.html with status 404. Honours
 * BASE_PATH (the same variable the build uses). Used by `npm run preview` and the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { readHeadersFile } from './csp';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(
  /** `gzip`: answer with a precompressed `file.gz` beside the file when the browser accepts gzip, as hosts compress. */
  options: { dir?: string; port?: number; base?: string; gzip?: boolean } = {},
): Promise<StaticServer> {
  const dir = options.dir ?? path.resolve(import.meta.dirname, '..', 'dist');
  const base = (options.base ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  const notFound = readFileSync(path.join(dir, '404.html'));
  // Unknown paths under /zh/ get the Chinese edition's 404 page (zh/404.html, lang zh-CN) where the build wrote one.
  const zhNotFoundFile = path.join(dir, 'zh', '404.html');
  const zhNotFound = existsSync(zhNotFoundFile) ? readFileSync(zhNotFoundFile) : notFound;
  const assets = sirv(dir, { extensions: ['html'], dev: false, etag: true, gzip: options.gzip });
  // Headers the build wrote for every path (the Content-Security-Policy, see scripts/csp.ts).
  const headers = readHeadersFile(path.join(dir, '_headers'));
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const send404 = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      const inner = url.startsWith(base) ? url.slice(base.length - 1) : url;
      response.end(/^\/zh(?=[/?#]|$)/i.test(inner) ? zhNotFound : notFound);
    };
    if (!url.startsWith(base) && `${url}/` !== base) return send404();
    request.url = `/${url.slice(base.length)}`;
    assets(request, response, send404);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serveDist({ port: Number(process.env.PORT ?? 4173) });
  console.log(`Serving dist/ at ${server.url}/`);
}
