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

/**
 * Serves the production build on a free localhost port for the whole suite: dist/, or the folder
 * named by E2E_DIST (so two checkouts or two people can build and test side by side).
 */
export async function setup(project: TestProject): Promise<void> {
  const dir = path.resolve(root, process.env.E2E_DIST ?? 'dist');
  if (!existsSync(path.join(dir, 'routes.json'))) {
    throw new Error(`${dir} has no prerendered build: run \`npm run build\` first (npm run test:e2e does).`);
  }
  server = await serveDist({ dir });
  project.provide('baseURL', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
