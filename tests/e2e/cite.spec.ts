/**
 * Cite this view (#19): the citation names the view's permalink and the data version in three formats; a link made with
 * another version says so; the data downloads under names that carry the version.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForIdle } from './helpers.ts';

const { version } = JSON.parse(readFileSync('geo/derived/version.json', 'utf8')) as { version: string };

test('the citation of a view names its permalink, the day, the selection and the data version, in three formats', async ({ page }) => {
  await page.goto('/#date=2020-11-25&sel=district:kalbajar');
  await waitForIdle(page);
  // The link says which data it was made with.
  await expect(page).toHaveURL(new RegExp(`[#&]v=${version}$`));
  const cite = page.getByRole('button', { name: 'Cite' });
  await cite.click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog).toBeVisible();
  const url = page.url();
  const text = (await dialog.locator('#cite-text').textContent())!;
  expect(text).toContain('Territorial control around Nagorno-Karabakh on 25 November 2020: Kalbajar');
  expect(text).toContain(url);
  expect(text).toContain(`data version ${version}`);
  const bibtex = (await dialog.locator('#cite-bibtex').textContent())!;
  expect(bibtex).toMatch(/^@misc\{ceasefire-atlas-2020-11-25-[0-9a-f]{8},/);
  expect(bibtex).toContain(`version = {${version}}`);
  expect(/url = \{(.*)\},/.exec(bibtex)![1]).toBe(url);
  const csl = JSON.parse((await dialog.locator('#cite-csl').textContent())!) as { URL: string; version: string; type: string }[];
  expect(csl[0]).toMatchObject({ URL: url, version, type: 'map' });
  await page.screenshot({ path: 'tests/screenshots/cite-dialog.png' });

  // Copy puts the text on the clipboard; Escape closes the dialog and gives the focus back to the Cite button.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(dialog.getByRole('status')).toHaveText('BibTeX copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cite).toBeFocused();
});

test('a link made with another data version says so; the same version says nothing', async ({ page }) => {
  await page.goto('/#date=2020-11-10&v=0123456789');
  await waitForIdle(page);
  await expect(page.locator('.notice-info')).toContainText(
    `This link was made with data version 0123456789; the map shows data version ${version}.`,
  );
  // The link written back carries the version shown.
  await expect(page).toHaveURL(new RegExp(`[#&]v=${version}$`));
  await page.goto('/');
  await page.goto(`/#date=2020-11-10&v=${version}`);
  await waitForIdle(page);
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('the data downloads under names with the data version, as the files of record', async ({ page }) => {
  await page.goto('/#date=2020-11-10');
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog.getByRole('heading', { name: `The data, version ${version}` })).toBeVisible();
  const expected: [string, string][] = [
    [`ceasefire-atlas-${version}-changes.csv`, 'geo/sources/changes.csv'],
    [`ceasefire-atlas-${version}-places.csv`, 'geo/sources/places.csv'],
    [`ceasefire-atlas-${version}-cells.geojson`, 'geo/zones.geojson'],
    [`ceasefire-atlas-${version}-units-1988.geojson`, 'geo/boundaries.geojson'],
    [`ceasefire-atlas-${version}-lines.geojson`, 'geo/lines.geojson'],
  ];
  for (const [name, file] of expected) {
    const link = dialog.getByRole('link', { name });
    await expect(link.locator('xpath=..')).toContainText('Licence:');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(name);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(file, 'utf8'));
  }
  await expect(dialog.locator('li', { hasText: 'cells.geojson' })).toContainText('ODbL');
});
