// npm run --silent figures: JSON lines in ({"text": "…"}), JSON lines out
// ({"figures": Figure[]} or {"error": "…"}), one output line per input line, in
// order, streamed.
import readline from 'node:readline';
import { once } from 'node:events';
import { extractFigures } from '../utils/figures';

function answer(line: string): string {
  if (line.trim() === '') return JSON.stringify({ error: 'empty line' });
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ error: `invalid JSON: ${(e as Error).message}` });
  }
  if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') {
    return JSON.stringify({ error: 'expected an object with a string "text"' });
  }
  try {
    return JSON.stringify({ figures: extractFigures((input as { text: string }).text) });
  } catch (e) {
    return JSON.stringify({ error: `extraction failed: ${(e as Error).message}` });
  }
}

async function main(): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!process.stdout.write(`${answer(line)}\n`)) await once(process.stdout, 'drain');
  }
}

void main();
