// Reads and validates the environment once; everything else receives a Config.
import { z } from 'zod';
import { JejakError } from '../domain/errors.js';

const EnvSchema = z.object({
  JEJAK_DB: z.string().min(1).default('./data/jejak.db'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  JEJAK_API_TOKEN: z.string().min(1).optional(),
  JEJAK_READ_TOKEN: z.string().min(1).optional(),
});

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  /** SQLite file of the embedded store (used when no Neo4j is configured). */
  sqlitePath: string;
  neo4j: Neo4jConfig | null;
  port: number;
  apiToken: string | null;
  readToken: string | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset: `NEO4J_URI= jejak …` must mean "no Neo4j".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? 'environment';
    throw new JejakError('BAD_USER_INPUT', `invalid environment variable ${field}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  return {
    sqlitePath: e.JEJAK_DB,
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : null,
    port: e.PORT,
    apiToken: e.JEJAK_API_TOKEN ?? null,
    readToken: e.JEJAK_READ_TOKEN ?? null,
  };
}
