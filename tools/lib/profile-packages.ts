// Where a content script's run time goes, by package: a sampling profile of page
// loads (Chromium's Profiler over CDP), each sample in one of the extension's
// scripts mapped back through the build's hidden source map to the package its
// code comes from (node_modules/<package>, else FinLens). Compiling shows up as
// no script frame, so this is the time spent running; bench:size gives the bytes
// each package adds, which is what compiling costs. Used by npm run bench:page.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { visit, type Session } from './browsers';
import { packageOf } from './size-report';

type ProfileNode = { id: number; callFrame: { url: string; lineNumber: number; columnNumber: number } };
type Profile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };

/**
 * Loads each URL once with the profiler on (sampling every 100 µs) and returns, per package, the
 * sampled milliseconds summed over the loads. `dir` is the loaded build, with its .map files.
 */
export async function runTimeByPackage(session: Session, dir: string, urls: string[], done: (tab: Page) => Promise<void>): Promise<Map<string, number>> {
  const maps = new Map<string, SourceMapConsumer>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) maps.set(file, new SourceMapConsumer(JSON.parse(fs.readFileSync(path.join(dir, `${file}.map`), 'utf8'))));
    return maps.get(file)!;
  };
  const ms = new Map<string, number>();
  for (const url of urls) {
    const tab = await session.browser.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await visit(tab, url);
    await done(tab);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    await tab.close();
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const frame = nodes.get(id)?.callFrame;
      if (!frame?.url.startsWith(session.extensionOrigin)) return;
      const file = frame.url.slice(session.extensionOrigin.length + 1);
      const source = fs.existsSync(path.join(dir, `${file}.map`)) ? mapOf(file).originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber }).source : null;
      const pkg = packageOf(source) ?? 'bundler runtime';
      // a sample's time is the gap to the next one
      ms.set(pkg, (ms.get(pkg) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    });
  }
  return ms;
}
