/**
 * An administrator edits the status thresholds on the targets page (issue 13): the page and
 * /api/v1/meta show the new values, the audit trail lists the change, a value out of range is
 * refused with its field named. The thresholds are put back as they were before the file ends
 * (in the journey itself, and again afterwards whatever happened), so the worker's other journeys
 * judge statuses as seeded.
 */
import { apiWith, createToken, signIn, unexpected } from './support/admin-session.ts';
import { expect, test } from './support/fixtures.ts';

interface Thresholds {
  minN: number;
  minCoverage: number;
  onTrack: number;
  needsAcceleration: number;
}
interface AuditItem {
  action: string;
  actor: string;
  details: { old?: Thresholds; new?: Thresholds };
}

let admin: string;
let original: Thresholds;

const metaThresholds = async (baseUrl: string) => (await apiWith<{ statusThresholds: Thresholds }>(baseUrl, null, 'GET', '/meta')).body.statusThresholds;
const auditTrail = async (baseUrl: string) =>
  (await apiWith<{ items: AuditItem[] }>(baseUrl, admin, 'GET', '/audit?action=status_thresholds_set&limit=100')).body.items;
/** A share as the page writes it (Dutch, whole percent). */
const wholePercent = (share: number) => new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 0 }).format(share);

test.beforeAll(async ({ koers }) => {
  admin = await createToken(koers.databaseUrl, ['--role', 'admin', '--label', 'e2e thresholds admin']);
  original = await metaThresholds(koers.baseUrl);
});

test.afterAll(async ({ koers }) => {
  if (!admin || !original) return;
  const now = await metaThresholds(koers.baseUrl);
  if (JSON.stringify(now) !== JSON.stringify(original)) await apiWith(koers.baseUrl, admin, 'PUT', '/status-thresholds', original);
});

test.describe('status thresholds', () => {
  test('an administrator changes minN and minCoverage: the page, /meta and the audit trail follow; a coverage over 100 % is refused by name; the old values go back', async ({
    page,
    problems,
    openPage,
    koers,
  }) => {
    expect(original).toEqual({ minN: 5, minCoverage: 0.8, onTrack: 0.95, needsAcceleration: 0.6 });
    const changed: Thresholds = { ...original, minN: 7, minCoverage: 0.75 };
    const auditBefore = (await auditTrail(koers.baseUrl)).length;

    // Everyone reads the thresholds in force; only an administrator gets the form.
    await page.goto('/targets');
    const section = page.getByRole('region', { name: 'Drempels voor een oordeel' });
    const current = section.getByTestId('status-thresholds-current');
    await expect(current).toContainText(`n ≥ 5 en dekking ≥ ${wholePercent(0.8)}`);
    await expect(section.getByRole('textbox')).toHaveCount(0);
    await signIn(page, admin);
    const minN = section.getByLabel('Minimum aantal opdrachten (n)');
    const minCoverage = section.getByLabel('Minimale dekking (%)');
    const save = section.getByRole('button', { name: 'Drempels opslaan' });
    await expect(minN).toHaveValue('5');
    await expect(minCoverage).toHaveValue('80');

    // A coverage over 100 %: refused by the server, which names the field; nothing changes.
    await minCoverage.fill('150');
    await save.click();
    const refusal = section.getByRole('alert');
    await expect(refusal).toContainText('Niet opgeslagen');
    await expect(refusal).toContainText('Minimale dekking (%)');
    await expect(minCoverage).toHaveAttribute('aria-invalid', 'true');
    await expect(minN).not.toHaveAttribute('aria-invalid', 'true');
    // A field that is no number: refused on the page, naming it.
    await minN.fill('veel');
    await save.click();
    await expect(refusal).toContainText('Minimum aantal opdrachten (n)');
    await expect(minN).toHaveAttribute('aria-invalid', 'true');
    await minN.fill('5');
    expect(await metaThresholds(koers.baseUrl)).toEqual(original);
    expect(await auditTrail(koers.baseUrl)).toHaveLength(auditBefore);

    // minN 7 and minCoverage 75 %: saved, shown, served and audited.
    await minN.fill('7');
    await minCoverage.fill('75');
    await save.click();
    await expect(section.getByRole('status')).toHaveText('Opgeslagen: alle statussen volgen de nieuwe drempels.');
    await expect(minCoverage).not.toHaveAttribute('aria-invalid', 'true');
    await expect(current).toContainText(`n ≥ 7 en dekking ≥ ${wholePercent(0.75)}`);
    expect(await metaThresholds(koers.baseUrl)).toEqual(changed);
    const trail = await auditTrail(koers.baseUrl);
    expect(trail).toHaveLength(auditBefore + 1);
    expect(trail[0]!.actor).toContain('e2e thresholds admin');
    expect(trail[0]!.details).toEqual({ old: original, new: changed });

    // A reader opening the methodology afresh is told the new rule.
    const reader = await openPage();
    await reader.page.goto('/methodology');
    await expect(reader.page.getByRole('main')).toContainText(`een jaar met minder dan 7 opdrachten of een dekking onder ${wholePercent(0.75)}`);
    expect(reader.problems).toEqual([]);

    // The old values go back the same way, and that is audited too.
    await minN.fill('5');
    await minCoverage.fill('80');
    await save.click();
    await expect(current).toContainText(`n ≥ 5 en dekking ≥ ${wholePercent(0.8)}`);
    await expect(section.getByRole('status')).toHaveText('Opgeslagen: alle statussen volgen de nieuwe drempels.');
    expect(await metaThresholds(koers.baseUrl)).toEqual(original);
    const restored = await auditTrail(koers.baseUrl);
    expect(restored).toHaveLength(auditBefore + 2);
    expect(restored[0]!.details).toEqual({ old: changed, new: original });

    // The refusal answered 400 on purpose; nothing else went wrong.
    expect(unexpected(problems, [/HTTP 400 .*\/api\/v1\/status-thresholds/, /status of 400/])).toEqual([]);
  });
});
