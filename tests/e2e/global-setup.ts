import type { TestProject } from 'vitest/node';
import { startKoersServer } from './support/koers-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's database, for journeys that make tokens with the CLI (`koers token create`). */
    databaseUrl: string;
  }
}

/** One seeded server for every journey; stopped when the run ends. */
export default async function setup(project: TestProject) {
  const server = await startKoersServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('databaseUrl', server.databaseUrl);
  return async () => {
    await server.stop();
  };
}
