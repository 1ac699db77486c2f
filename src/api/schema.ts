// The executable schema: the SDL files of schema/graphql/ (in file-name order) with the resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { schemaDir } from '../config/paths.js';
import { codedResolvers } from './resolvers/index.js';

export const graphqlSchemaDir: string = join(schemaDir, 'graphql');

export function loadTypeDefs(dir: string = graphqlSchemaDir): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${dir}`);
  return files.map((f) => readFileSync(join(dir, f), 'utf8'));
}

export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: codedResolvers() });
}
