/**
 * The guided tour "The statement in nine steps" (#19): each step is a permalink that restores its view (the point
 * selected and open in the Statement panel, its day, the tour bar), and the keyboard walks through it.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForIdle } from './helpers.ts';
import { formatDay } from '../../src/model/calendar.ts';
import type { ClausesFile } from '../../src/model/types.ts';

const { clauses } = JSON.parse(readFileSync('geo/clauses.json', 'utf8')) as ClausesFile;
/** Each step's day: its point's first obligation met, else the day the statement took effect. */
const dayOf = (n: number) => clauses[n - 1]!.obligations?.find((o) => o.actual)?.actual ?? '2020-11-10';

test('the nine steps are nine permalinks, each restoring its point, its day and the tour bar', async ({ page }) => {
  test.setTimeout(150_000);
  expect(clauses).toHaveLength(9);
  for (let n = 1; n <= 9; n++) {
    await page.goto(`/#tour=${n}`);
    await waitForIdle(page);
    const bar = page.getByRole('region', { name: /The statement in nine steps/ });
    await expect(bar.getByRole('heading')).toHaveText(`The statement in nine steps: ${n} of 9. Point ${n}: ${clauses[n - 1]!.title}`);
    await expect(bar).toContainText(clauses[n - 1]!.paraphrase);
    await expect(page.locator('.date-label')).toHaveText(formatDay(dayOf(n)));
    await expect(page.locator(`li.clause[data-clause="${n}"] .clause-button`)).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(new RegExp(`#date=${dayOf(n)}&.*sel=clause:${n}&tour=${n}&v=`));
    if (n === 6) await page.screenshot({ path: 'tests/screenshots/tour-step-6.png' });
  }
});

test('the tour starts from the Statement panel and the keyboard steps through it; Escape leaves it', async ({ page }) => {
  await page.goto('/#panel=clauses');
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Take the tour: the statement in nine steps' }).click();
  const heading = page.locator('#tour-heading');
  await expect(heading).toBeFocused();
  await expect(heading).toContainText('1 of 9. Point 1:');
  await page.keyboard.press('ArrowRight');
  await expect(heading).toContainText('2 of 9. Point 2: Agdam district to Azerbaijan');
  await expect(page.locator('.date-label')).toHaveText('20 November 2020');
  await expect(page.locator('.tour')).toContainText('due 20 November 2020 → 20 November 2020 (on time)');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(heading).toContainText('3 of 9');
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(heading).toContainText('2 of 9');
  // Each step gives its heading the focus, so the new step is read out and no focus is lost on a disabled button.
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(heading).toContainText('1 of 9');
  await expect(heading).toBeFocused();
  await expect(page.getByRole('button', { name: 'Previous step' })).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await expect(heading).toContainText('2 of 9');
  // History walks the steps too: 1, 2, 3, 2, 1, 2, so Back shows step 1 again.
  await page.goBack();
  await expect(heading).toContainText('1 of 9');
  await heading.focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.tour')).toBeHidden();
  await expect(page).not.toHaveURL(/tour=/);
  // The focus goes back to where the tour was started.
  await expect(page.getByRole('button', { name: 'Take the tour: the statement in nine steps' })).toBeFocused();
});

test('with the tour open, its buttons stay in sight and the legend ends within the map, clear of the credits', async ({ page }) => {
  // Step 6 is the longest: on 1280 x 800 its text scrolls inside the bar.
  await page.goto('/#tour=6');
  await waitForIdle(page);
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  const bar = await box('.tour');
  for (const name of ['Previous step', 'Next step', 'Close the tour']) {
    const b = (await page.getByRole('button', { name }).boundingBox())!;
    expect(b.y + b.height, name).toBeLessThanOrEqual(bar.y + bar.height);
  }
  const map = await box('#map');
  const legend = await box('.legend-ctrl');
  const scale = await box('.maplibregl-ctrl-scale');
  expect(legend.y + legend.height).toBeLessThanOrEqual(scale.y);
  expect(legend.y + legend.height).toBeLessThanOrEqual(map.y + map.height);
  const credits = await box('.maplibregl-ctrl-attrib');
  expect(credits.x).toBeGreaterThanOrEqual(legend.x + legend.width);
  // What the legend cannot show scrolls: its last layer switch is reachable.
  const last = page.locator('.layer-toggles input').last();
  await last.scrollIntoViewIfNeeded();
  const lb = (await last.boundingBox())!;
  expect(lb.y + lb.height).toBeLessThanOrEqual(legend.y + legend.height + 1);
});
