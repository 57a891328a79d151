import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist, type StaticServer } from '../../scripts/serve';

const root = path.resolve(import.meta.dirname, '../..');
let server: StaticServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves dist/ (the production build) on a free localhost port for the whole suite. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(path.join(root, 'dist', 'routes.json'))) {
    throw new Error('dist/ has no prerendered build: run `npm run build` first (npm run test:e2e does).');
  }
  server = await serveDist({ dir: path.join(root, 'dist') });
  project.provide('baseURL', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
