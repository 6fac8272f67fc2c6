import { describe, expect, it } from 'vitest';
import { StatementCache } from '../../src/lib/db/statements';

function fakePrepare() {
  const log: string[] = [];
  const prepare = async (sql: string) => {
    log.push(`prepare ${sql}`);
    return {
      query: (...params: unknown[]) => `${sql}(${params.join(',')})`,
      close: () => log.push(`close ${sql}`),
    };
  };
  return { log, prepare };
}

describe('StatementCache', () => {
  it('prepares a statement once and binds new parameters to it', async () => {
    const { log, prepare } = fakePrepare();
    const cache = new StatementCache(prepare);
    expect(await cache.run('A', [1])).toBe('A(1)');
    expect(await cache.run('A', [2])).toBe('A(2)');
    expect(log).toEqual(['prepare A']);
    expect(cache.prepared).toBe(1);
  });

  it('closes the least recently used statement beyond its size', async () => {
    const { log, prepare } = fakePrepare();
    const cache = new StatementCache(prepare, 2);
    await cache.run('A', []);
    await cache.run('B', []);
    await cache.run('A', []);
    await cache.run('C', []);
    await Promise.resolve();
    expect(log).toEqual(['prepare A', 'prepare B', 'prepare C', 'close B']);
  });

  it('drops a statement whose query failed', async () => {
    const log: string[] = [];
    let fail = true;
    const cache = new StatementCache(async (sql: string) => {
      log.push(`prepare ${sql}`);
      return {
        query: () => {
          if (fail) throw new Error('boom');
          return 'ok';
        },
        close: () => log.push('close'),
      };
    });
    await expect(cache.run('A', [])).rejects.toThrow('boom');
    fail = false;
    expect(await cache.run('A', [])).toBe('ok');
    expect(log.filter((l) => l.startsWith('prepare'))).toHaveLength(2);
  });
});
