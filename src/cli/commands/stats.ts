// jejak stats: what the configured store holds.
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.js';
import { openStore } from '../../store/open.js';
import { stdio } from '../output.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count what the store holds')
    .action(async () => {
      const store = await openStore(loadConfig());
      try {
        const s = await store.stats();
        stdio.line(`${store.backend}: ${s.articles} articles, ${s.entities} entities, ${s.claims} claims, ${s.mentions} mentions`);
      } finally {
        await store.close();
      }
    });
}
