// The popup's per-category counts of boilerplate are found in steps (issue 15: on a 20,000-paragraph
// page one query per selector is a few ms, all of them at once a long task): run in slices with a
// budget of 0 (a pause after every step), they are the counts found at once.
import { expect, test } from 'vitest';
import { sinaArticle } from '../../e2e/harness/hostile-pages';
import { readArticle } from '@/utils/sina/article';
import { boilerplateSteps, countByCategory, findBoilerplate } from '@/utils/sina/boilerplate';
import { boilerplateRules } from '@/utils/sina/boilerplate-rules';
import { runInSlices } from '@/utils/time-slices';
import { parseLinkedom } from './load-page';

test('counted in slices, pausing after every query, the counts are the ones found at once', async () => {
  const page = sinaArticle({ id: 'counts0001', paragraphs: 600, links: 20 });
  const doc = parseLinkedom(page.html);
  const body = readArticle(doc, page.url)!.body;
  const atOnce = countByCategory(findBoilerplate(doc, body));
  expect(atOnce).toMatchObject({ ads: expect.any(Number), 'app-promo': expect.any(Number), related: expect.any(Number) });
  let pauses = 0;
  const sliced = await runInSlices(boilerplateSteps(doc, body), { budgetMs: 0, measure: 'finlens:test', pause: async () => void pauses++ });
  expect(countByCategory(sliced)).toEqual(atOnce);
  // at least one pause per selector
  expect(pauses).toBeGreaterThanOrEqual(boilerplateRules.flatMap((r) => r.selectors).length);
});
