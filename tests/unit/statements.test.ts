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
    expect(await cache.run('SELECT A', [1])).toBe('SELECT A(1)');
    expect(await cache.run('SELECT A', [2])).toBe('SELECT A(2)');
    expect(log).toEqual(['prepare SELECT A']);
    expect(cache.prepared).toBe(1);
  });

  it('closes the least recently used statement beyond its size', async () => {
    const { log, prepare } = fakePrepare();
    const cache = new StatementCache(prepare, 2);
    await cache.run('SELECT A', []);
    await cache.run('SELECT B', []);
    await cache.run('SELECT A', []);
    await cache.run('SELECT C', []);
    await Promise.resolve();
    expect(log).toEqual(['prepare SELECT A', 'prepare SELECT B', 'prepare SELECT C', 'close SELECT B']);
  });

  it('runs a write once and drops every kept statement (a table it reads may have changed)', async () => {
    const { log, prepare } = fakePrepare();
    const cache = new StatementCache(prepare);
    await cache.run('SELECT A', []);
    await cache.run('INSERT INTO t VALUES (?)', [1]);
    await Promise.resolve();
    await cache.run('SELECT A', []);
    expect(log).toEqual(['prepare SELECT A', 'prepare INSERT INTO t VALUES (?)', 'close INSERT INTO t VALUES (?)', 'close SELECT A', 'prepare SELECT A']);
  });

  it('closes a dropped statement only when the query using it has finished', async () => {
    const log: string[] = [];
    let finish!: () => void;
    const cache = new StatementCache(async (sql: string) => ({
      query: () => new Promise<string>((r) => (finish = () => r(sql))),
      close: () => log.push('close'),
    }));
    const running = cache.run('SELECT slow', []);
    await Promise.resolve();
    await Promise.resolve();
    cache.clear();
    expect(log).toEqual([]);
    finish();
    expect(await running).toBe('SELECT slow');
    await Promise.resolve();
    expect(log).toEqual(['close']);
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
    await expect(cache.run('SELECT A', [])).rejects.toThrow('boom');
    fail = false;
    expect(await cache.run('SELECT A', [])).toBe('ok');
    expect(log.filter((l) => l.startsWith('prepare'))).toHaveLength(2);
  });
});
