// The figures CLI of the contract: JSON lines in, one JSON line out per input line.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../corpus/shared';

describe('npm run figures (tools/figures-cli.ts)', () => {
  const input = [
    JSON.stringify({ text: '公司营收86.42亿元，同比增长5%。' }),
    'not json',
    '',
    JSON.stringify({ text: 5 }),
    JSON.stringify({ text: '九阳股份公告称公司经营正常。' }),
    '[1,2]',
  ].join('\n');
  const run = spawnSync('npx', ['tsx', 'tools/figures-cli.ts'], { cwd: PROJECT_ROOT, input, encoding: 'utf8', timeout: 60_000 });
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { figures?: { surface: string }[]; error?: string });

  it('exits cleanly with one output line per input line', () => {
    expect(run.status).toBe(0);
    expect(lines).toHaveLength(6);
  });

  it('answers text with its figures', () => {
    expect(lines[0]?.figures?.map((f) => f.surface)).toEqual(['86.42亿元', '同比增长5%']);
    expect(lines[4]).toEqual({ figures: [] });
  });

  it('answers invalid lines with an error and goes on', () => {
    for (const k of [1, 2, 3, 5]) expect(typeof lines[k]?.error).toBe('string');
  });
});
