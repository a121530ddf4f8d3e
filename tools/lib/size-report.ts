// The build with hidden source maps that bench:size and bench:page read (the code is byte for byte the
// normal build's; wxt.config.ts writes it elsewhere when FINLENS_SIZE_REPORT is set), and the package a
// mapped source comes from.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './project';

export const SIZE_REPORT_DIR = path.join(PROJECT_ROOT, '.output/size-report/chrome-mv3');

/** Builds the Chrome extension with hidden source maps into SIZE_REPORT_DIR. */
export function buildSizeReport(): void {
  execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, FINLENS_SIZE_REPORT: '1' } });
}

/** The package a source file of the map comes from (node_modules/<package>, else FinLens); null for code with no source. */
export const packageOf = (source: string | null): string | null =>
  source ? (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? 'FinLens') : null;
