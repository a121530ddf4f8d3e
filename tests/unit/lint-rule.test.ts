// The lint rule that keeps page text as text: HTML sinks fail lint in
// production code (entrypoints/, components/, utils/) and are allowed in tests.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/lib/project';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function errorsFor(code: string, file: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}/${file}` });
  return result!.messages.filter((m) => /Page text must stay text/.test(m.message)).length;
}

describe('the HTML-sink ban', () => {
  it.each([
    ['innerHTML assignment', 'export const f = (e: HTMLElement) => { e.innerHTML = "x"; };'],
    ['outerHTML assignment', 'export const f = (e: HTMLElement) => { e.outerHTML = "x"; };'],
    ['insertAdjacentHTML call', 'export const f = (e: HTMLElement) => e.insertAdjacentHTML("beforeend", "x");'],
    ['innerHTML by computed key', 'export const f = (e: HTMLElement) => { e["innerHTML"] = "x"; };'],
    ['DOMParser', 'export const f = (s: string) => new DOMParser().parseFromString(s, "text/html");'],
  ])('rejects %s in utils/', async (_name, code) => {
    expect(await errorsFor(code, 'utils/sink.ts')).toBeGreaterThan(0);
  });

  it('rejects dangerouslySetInnerHTML in components/', async () => {
    const code = 'export const A = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;';
    expect(await errorsFor(code, 'components/Sink.tsx')).toBeGreaterThan(0);
  });

  it('accepts text rendering in production code', async () => {
    const code = 'export const f = (e: HTMLElement, s: string) => { e.textContent = s; };';
    expect(await errorsFor(code, 'entrypoints/ok.ts')).toBe(0);
  });

  it('does not apply to tests', async () => {
    expect(await errorsFor('export const f = (e: HTMLElement) => { e.innerHTML = "x"; };', 'tests/unit/x.test.ts')).toBe(0);
  });
});
