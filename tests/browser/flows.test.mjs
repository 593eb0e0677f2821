// The browser flows of `coopflow serve`, in Debian's Chromium driven by
// playwright-core: sign in, open a case, take it through analysis,
// commitment and plan approval, meet the four-eyes refusal, an auditor with
// no action button, and the French pages. COOPFLOW_SCREENSHOTS=DIR saves the
// screenshots docs/ shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const binary = resolve(process.env.COOPFLOW_BINARY ?? '../../build/cli/coopflow');
const shots = process.env.COOPFLOW_SCREENSHOTS;
const dir = mkdtempSync(join(tmpdir(), 'coopflow-browser-'));
const db = join(dir, 'office.db');
let base;  // the server names its address once it listens (port 0: the system picks one)
const passwords = { alice: 'alice-secret-1', bob: 'bob-secret-12', carol: 'carol-secret-1', audrey: 'audrey-secret-1' };
let server;
let browser;

function cf(args, input) {
  return execFileSync(binary, ['--db', db, ...args], { input, encoding: 'utf8' });
}

function startServer() {
  server = spawn(binary, ['--db', db, 'serve', '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'inherit', 'pipe'] });
  return new Promise((ready, fail) => {
    let said = '';
    server.stderr.on('data', (chunk) => {
      said += chunk;
      const at = said.match(/on (http:\/\/127\.0\.0\.1:\d+)/);
      if (at && !base) {
        base = at[1];
        ready();
      }
    });
    server.on('exit', (code) => fail(new Error(`coopflow serve exited (${code}): ${said}`)));
  });
}

before(async () => {
  cf(['init', '--admin', 'ada']);
  cf(['--as', 'ada', 'user', 'add', 'alice', '--role', 'coordinator', '--full-name', 'Alice Tremblay']);
  cf(['--as', 'ada', 'user', 'add', 'bob', '--role', 'manager', '--full-name', 'Bob Gagnon']);
  cf(['--as', 'ada', 'user', 'add', 'carol', '--role', 'coordinator', '--role', 'manager']);
  cf(['--as', 'ada', 'user', 'add', 'audrey', '--role', 'auditor']);
  for (const [user, password] of Object.entries(passwords)) {
    cf(['--as', 'ada', 'user', 'passwd', user], `${password}\n`);
  }
  await startServer();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

// A browser context signed in as user, on a page; locale 'fr-CA' for French.
async function signIn(user, locale = 'en-CA') {
  const context = await browser.newContext({ locale, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  assert.match(page.url(), /\/login\?next=/);
  await page.fill('#user', user);
  await page.fill('#password', passwords[user]);
  await page.click('button[type=submit]');
  await page.waitForURL(`${base}/`);
  return { context, page };
}

// Submits the form of `event` on the case page, with fields by their ids.
async function fire(page, event, fields = {}) {
  const form = page.locator(`form:has(button[value="${event}"])`);
  for (const [name, value] of Object.entries(fields)) {
    const input = form.locator(`[name="f.${name}"]`);
    if ((await input.evaluate((e) => e.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
  await form.locator(`button[value="${event}"]`).click();
  await page.waitForLoadState();
}

let caseId;

test('a coordinator signs in and opens a case from an official request', async () => {
  const { context, page } = await signIn('alice');
  assert.equal(await page.locator('h1').textContent(), 'My tasks');
  await page.click('text=Open a case');
  await page.selectOption('#workflow', 'electoral-cooperation');
  await page.fill('#requester', 'Commission électorale indépendante');
  await page.selectOption('#requester_type', 'partner-authority');
  await page.fill('#countries', 'CI');
  await page.fill('#reference', 'CEI/2010/042');
  await page.fill('#received', '2010-03-15');
  await page.fill('#subject', '<script>alert(1)</script> Révision de la liste électorale');
  await page.fill('#partner1', 'OIF');
  await page.selectOption('#partner1_role', 'funder');
  await page.click('button.act');
  await page.waitForURL(/\/cases\/EC-2010-\d{4}\?done=open$/);
  caseId = new URL(page.url()).pathname.split('/').pop();
  assert.match(await page.locator('.done').textContent(), /^open the case: recorded in the case's journal\.$/);
  // French text with markup in it is shown as text, never run.
  assert.match(await page.locator('h1').textContent(), /<script>alert\(1\)<\/script> Révision/);
  assert.equal(await page.locator('main script').count(), 0);
  await fire(page, 'start-analysis');
  assert.match(await page.locator('.done').textContent(), /^start the analysis: recorded/);
  await fire(page, 'record-analysis', {
    context: 'Crise politique', objectives: 'Fiabiliser la liste', impact: 'Confiance accrue',
    sovereignty: 'À la demande de la CEI', 'mandate-fit': 'yes', resources: 'Deux experts',
  });
  if (shots) await page.screenshot({ path: join(shots, 'case-analysis.png'), fullPage: true });
  await context.close();
});

test('a manager commits, the plan is drafted, and four-eyes stops its author approving it', async () => {
  const bob = await signIn('bob');
  await bob.page.goto(`${base}/cases/${caseId}`);
  await fire(bob.page, 'commit');
  assert.match(await bob.page.locator('main').textContent(), /Planning/);

  // Carol coordinates and manages: she drafts the plan, so she may not approve it.
  const carol = await signIn('carol');
  await carol.page.goto(`${base}/cases/${caseId}`);
  await fire(carol.page, 'draft-plan', {
    schedule: 'Avril 2010', budget: '48500.00', currency: 'CAD', team: 'Deux experts',
    services: 'Audit de la liste',
  });
  await fire(carol.page, 'submit-plan');
  const blocked = carol.page.locator('.forms p.card', { hasText: 'approve the plan' });
  assert.match(await blocked.textContent(), /four-eyes|wrote/i);
  assert.equal(await carol.page.locator('button[value="approve-plan"]').count(), 0);
  // Sent anyway, with her valid CSRF token: refused, nothing written.
  const csrf = await carol.page.locator('input[name=csrf]').first().inputValue();
  const forced = await carol.context.request.post(`${base}/cases/${caseId}/events`, {
    form: { csrf, event: 'approve-plan' }, maxRedirects: 0,
  });
  assert.equal(forced.status(), 403);
  assert.match(await forced.text(), /four-eyes|wrote/i);
  if (shots) await carol.page.screenshot({ path: join(shots, 'four-eyes.png'), fullPage: true });

  await bob.page.goto(`${base}/cases/${caseId}`);
  const form = bob.page.locator('form:has(button[value="approve-plan"])');
  await form.locator('textarea[name=comment]').fill('Conforme à la politique');
  await form.locator('button[value="approve-plan"]').click();
  await bob.page.waitForLoadState();
  assert.match(await bob.page.locator('.done').textContent(), /^approve the plan: recorded/);
  assert.match(await bob.page.locator('main').textContent(), /Partner review/);
  assert.match(await bob.page.locator('main').textContent(), /Conforme à la politique/);
  await bob.context.close();
  await carol.context.close();
});

test('an auditor sees the case and the audit, and no action button', async () => {
  const { context, page } = await signIn('audrey');
  await page.goto(`${base}/cases/${caseId}`);
  assert.equal(await page.locator('button.act').count(), 0);
  assert.match(await page.locator('.forms').textContent(), /Nothing, for you, in this state/);
  await page.click('text=Audit');
  assert.match(await page.locator('main').textContent(), /Verified/);
  if (shots) await page.screenshot({ path: join(shots, 'audit.png'), fullPage: true });
  await context.close();
});

test('the pages are in French for a French browser, and switch to English', async () => {
  const { context, page } = await signIn('bob', 'fr-CA');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('h1').textContent(), 'Mes tâches');
  await page.goto(`${base}/cases/${caseId}`);
  const main = await page.locator('main').textContent();
  assert.match(main, /Ce que vous pouvez faire maintenant/);
  assert.match(main, /Revue par le partenaire/);
  assert.match(main, /Chronologie/);
  if (shots) await page.screenshot({ path: join(shots, 'case-fr.png'), fullPage: true });
  // The banner after an action names it in French; the address names nothing else.
  await page.goto(`${base}/cases/${caseId}?done=approve-plan`);
  assert.equal(await page.locator('.done').textContent(), '« approuver le plan » : consigné au journal du dossier.');
  await page.goto(`${base}/cases/${caseId}?done=${encodeURIComponent('<b>pwned</b>')}`);
  assert.equal(await page.locator('.done').count(), 0);
  // A refusal is said in French too, with the rule it enforces.
  const csrf = await page.locator('input[name=csrf]').first().inputValue();
  const refused = await context.request.post(`${base}/cases/${caseId}/events?lang=fr`, {
    form: { csrf, event: 'partner-approves' }, maxRedirects: 0,
  });
  assert.equal(refused.status(), 403);
  assert.match(await refused.text(), /« consigner l(&#39;|')approbation du partenaire » exige le rôle coordonnateur/);
  await page.click('text=English');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.goto(`${base}/`);
  assert.equal(await page.locator('h1').textContent(), 'My tasks');
  if (shots) {
    await page.goto(`${base}/?lang=fr`);
    await page.screenshot({ path: join(shots, 'tasks-fr.png'), fullPage: true });
  }
  await context.close();
});

test('in French, a manager takes a case and reads the figures; a coordinator attaches the letter', async () => {
  const bob = await signIn('bob', 'fr-CA');
  await bob.page.goto(`${base}/cases/${caseId}`);
  const holders = bob.page.locator('form[action$="/holders"]');
  await holders.locator('#holder-manager').selectOption('bob');
  await holders.locator('button.act').click();
  await bob.page.waitForLoadState();
  assert.equal(await bob.page.locator('.done').textContent(), 'Responsables du dossier : consignés au journal.');
  assert.match(await bob.page.locator('main > p').first().textContent(), /Alice Tremblay, Bob Gagnon/);

  const alice = await signIn('alice', 'fr-CA');
  await alice.page.goto(`${base}/cases/${caseId}`);
  const attach = alice.page.locator('form[action$="/documents"]');
  await attach.locator('#document-file').setInputFiles({
    name: 'lettre-CEI.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 lettre officielle'),
  });
  await attach.locator('#document-kind').selectOption('request-letter');
  await attach.locator('#document-title').fill('Lettre de la CEI');
  await attach.locator('button.act').click();
  await alice.page.waitForLoadState();
  assert.match(await alice.page.locator('.done').textContent(), /Le document est conservé avec le dossier/);
  const link = alice.page.locator('a', { hasText: 'Lettre de la CEI' });
  const download = await alice.context.request.get(`${base}${await link.getAttribute('href')}`);
  assert.equal(await download.text(), '%PDF-1.4 lettre officielle');
  await alice.context.close();

  cf(['--as', 'ada', 'budget', 'set', String(new Date().getUTCFullYear()), '150000.00', 'CAD']);
  await bob.page.click('text=Chiffres');
  const figures = await bob.page.locator('main').textContent();
  assert.match(figures, /Engagé par les plans approuvés48\u00a0500,00\u00a0CAD/);
  assert.match(figures, /Disponible101\u00a0500,00\u00a0CAD/);
  if (shots) await bob.page.screenshot({ path: join(shots, 'figures-fr.png'), fullPage: true });
  await bob.context.close();
});
