/**
 * End to end in Chromium: a case officer fills a whole case as a person would, by
 * keyboard only (Tab, Space, arrow keys, typing, Enter on "Fortsätt"), reloads the page in the
 * middle and finds every answer still there, and reaches "Kontrollera dina svar" with the
 * right verdict. Then a shorter path in English, and the verdicts that ask for more.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { answerRow, KeyboardUser } from './helpers/journey';
import { seedCase } from './helpers/seed';

/** An answer given on the way, as "Kontrollera dina svar" must show it. */
interface Given {
  label: string;
  shown: string | RegExp;
}

/** Every given answer is on the whole-case check page, next to its question. */
async function expectAnswersShown(page: Page, given: readonly Given[]) {
  for (const g of given) {
    const row = answerRow(page, g.label);
    await expect(row, `a row for "${g.label}"`).toHaveCount(1);
    await expect(row.locator('.summary-list__value')).toContainText(g.shown);
  }
}

function caseIdOf(page: Page): string {
  const m = /#\/case\/([^/?]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`no case in ${page.url()}`);
  return decodeURIComponent(m[1]);
}

/** From a section's check page back to the task list, then into the next section. */
async function nextSection(user: KeyboardUser, sectionName: string) {
  const { page } = user;
  await user.followLink(/^(Till uppgiftslistan|To the task list)$/);
  await expect(page.getByRole('heading', { level: 2, name: /^(Del A|Part A)/ })).toBeVisible();
  await user.followLink(sectionName, page.locator('.task-list'));
}

async function expectSectionCheck(page: Page) {
  await expect(page).toHaveURL(/#\/case\/[^/]+\/check\/[^/]+$/);
  await expect(
    page.getByRole('heading', { level: 1, name: /^(Kontrollera dina svar|Check your answers)$/ }),
  ).toBeVisible();
}

test('a whole case in Swedish by keyboard: reload mid-way keeps every answer, and the verdict is "ger förutsättningar"', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const user = new KeyboardUser(page);
  const given: Given[] = [];
  const fill = async (label: string, text: string) => {
    await user.fill(label, text);
    given.push({ label, shown: text });
  };
  const radio = async (group: string, option: string) => {
    await user.answerRadio(group, option);
    given.push({ label: group, shown: option });
  };
  const check = async (group: string, option: string) => {
    await user.check(
      page.getByRole('group', { name: group }).getByRole('checkbox', { name: option, exact: true }),
    );
    given.push({ label: group, shown: option });
  };

  // Home page: "Nytt ärende".
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await user.activate(page.getByRole('button', { name: 'Nytt ärende' }).first());
  await expect(page).toHaveURL(/#\/case\/[^/]+$/);
  const caseId = caseIdOf(page);
  await expect(page.getByText('Du har besvarat 0 av 9 delar.')).toBeVisible();

  // ---- Part A --------------------------------------------------------------------------------
  await user.followLink('Ärendet', page.locator('.task-list'));
  await expect(page.getByRole('heading', { level: 1, name: 'Om ärendet' })).toBeVisible();
  await fill('Vad heter ärendet?', 'Fysisk aktivitet på recept');
  await fill('Vilket diarienummer har ärendet?', 'RS 2026/77');
  await user.continue();
  await fill('Vilket beslut föreslås?', 'Regionen erbjuder FaR i alla kommuner.');
  await user.continue();
  await fill('Vilken nämnd eller styrelse fattar beslutet?', 'Hälso- och sjukvårdsnämnden');
  await fill('Vilken förvaltning eller avdelning har tagit fram underlaget?', 'Folkhälsoenheten');
  await fill('Vem är handläggare?', 'Karin Lind');
  await user.continue();
  await user.fillDate('Vilket datum har underlaget?', '2026-03-15');
  given.push({ label: 'Vilket datum har underlaget?', shown: '15 mars 2026' });
  await fill('Vilken beteckning har bilagan?', 'Bilaga 3');
  await user.continue();
  await expectSectionCheck(page);

  // ---- Step 1 --------------------------------------------------------------------------------
  await nextSection(user, 'Steg 1: Berör ärendet kvinnor och män, flickor och pojkar?');
  await radio('Berör ärendet kvinnor och män, flickor och pojkar?', 'Ja');
  await user.continue();
  await check('Vilka grupper berörs?', 'Invånare');
  await check('Vilka grupper berörs?', 'Patienter');
  await fill('Hur berörs grupperna?', 'Fler kvinnor än män får FaR.');
  await user.continue();
  await expectSectionCheck(page);

  // ---- Step 2 with statistics ---------------------------------------------------------------
  await nextSection(user, 'Steg 2: Könsuppdelad statistik');
  await radio(
    'Är all individbaserad statistik i underlaget uppdelad på kön?',
    'Ja, all individbaserad statistik är uppdelad på kön',
  );
  await user.continue();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lägg in den könsuppdelade statistiken' }),
  ).toBeVisible();
  await user.activate(page.getByRole('button', { name: 'Lägg till en tabell' }));
  // The new table's first field takes the focus.
  await expect(page.getByLabel('Indikator (vad som mäts)')).toBeFocused();
  await user.type('Deltagare i FaR nivå 1');
  await user.fill('Period', '2025');
  await user.fill('Källa', 'Regionens uppföljning');
  await user.fill('Kön+-variabel (vad raderna delas upp efter)', 'Kommun');
  await user.fill(page.getByRole('textbox', { name: 'Namn på rad 1' }), 'Alingsås');
  await user.fill(page.getByRole('textbox', { name: 'Kvinnor, Alingsås' }), '150');
  await user.fill(page.getByRole('textbox', { name: 'Män, Alingsås' }), '90');
  await user.activate(page.getByRole('button', { name: 'Lägg till rad' }));
  await expect(page.getByRole('textbox', { name: 'Namn på rad 2' })).toBeFocused();
  await user.type('Borås');
  await user.fill(page.getByRole('textbox', { name: 'Kvinnor, Borås' }), '1 204');
  await user.fill(page.getByRole('textbox', { name: 'Män, Borås' }), '796');
  const alingsas = page.getByRole('row', { name: /Alingsås/ });
  await expect(alingsas.getByRole('cell', { name: /^62,5\s%$/ })).toBeVisible();
  await expect(alingsas.getByRole('cell', { name: /^37,5\s%$/ })).toBeVisible();
  // A count table shows the sex composition, and no gap without a base population.
  await expect(
    page.getByRole('columnheader', { name: 'Könsfördelning: andel kvinnor' }),
  ).toBeVisible();
  await expect(alingsas.getByRole('cell', { name: '+25', exact: true })).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Deltagare i FaR nivå 1, 2025' })).toBeVisible();
  given.push({
    label: 'Lägg in den könsuppdelade statistiken',
    shown: '1 tabell: Deltagare i FaR nivå 1',
  });
  await user.continue();
  await fill(
    'Vilka skillnader och likheter visar statistiken?',
    'Kvinnor är fler i båda kommunerna.',
  );
  await user.continue();
  await expectSectionCheck(page);

  // ---- Step 3, reloaded in the middle ---------------------------------------------------------
  await nextSection(user, 'Steg 3: Konsekvenser för kvinnor och män, flickor och pojkar');
  await fill('Vilka konsekvenser får beslutet för kvinnor?', 'Fler kvinnor når FaR.');
  // Typed, not continued: the page is reloaded at once.
  await page.reload();
  await expect(
    page.getByLabel('Vilka konsekvenser får beslutet för kvinnor?', { exact: true }),
  ).toHaveValue('Fler kvinnor når FaR.');
  const questionUrl = page.url();
  await page.goto(`./#/case/${encodeURIComponent(caseId)}/check`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kontrollera dina svar' }),
  ).toBeVisible();
  await expectAnswersShown(page, given);
  // The statistics table itself survived too, with its computed shares.
  await page.goto(`./#/case/${encodeURIComponent(caseId)}/page/b2-tables`);
  await expect(page.getByRole('textbox', { name: 'Kvinnor, Borås' })).toHaveValue('1 204');
  await expect(
    page.getByRole('row', { name: /Alingsås/ }).getByRole('cell', { name: /^62,5\s%$/ }),
  ).toBeVisible();
  await page.goto(questionUrl);
  await expect(
    page.getByLabel('Vilka konsekvenser får beslutet för kvinnor?', { exact: true }),
  ).toHaveValue('Fler kvinnor når FaR.');

  await fill('Vilka konsekvenser får beslutet för män?', 'Män behöver nås på andra sätt.');
  await user.continue();
  await fill('Vilka konsekvenser får beslutet för flickor och pojkar?', 'FaR gäller vuxna.');
  await user.continue();
  await radio('Hur påverkas kvinnor sammantaget?', 'Positivt');
  await radio('Hur påverkas män sammantaget?', 'Neutralt');
  await user.continue();
  await check('Inom vilka områden får beslutet konsekvenser?', 'Hälsa');
  await user.continue();
  await fill('Vad händer om inget beslut fattas?', 'Skillnaderna i hälsa består.');
  await user.continue();
  await expectSectionCheck(page);

  // ---- Step 4 --------------------------------------------------------------------------------
  await nextSection(user, 'Steg 4: Åtgärder mot osakliga skillnader');
  await radio(
    'Finns det osakliga skillnader eller likheter mellan kvinnor och män, flickor och pojkar?',
    'Nej',
  );
  await user.continue();
  await fill('Varför är skillnaderna sakliga?', 'Fler kvinnor söker vård.');
  await user.continue();
  await expectSectionCheck(page);

  // ---- Step 5 --------------------------------------------------------------------------------
  await nextSection(user, 'Steg 5: Analys mot jämställdhetsmålen');
  await check('Vilka jämställdhetsmål bidrar förslaget till?', 'Jämställd hälsa');
  // The organisation has its own goals (config.json): step 5 needs them analysed too.
  await check('Vilka jämställdhetsmål bidrar förslaget till?', 'En jämlik och jämställd region.');
  // Each chosen goal has its own comment, which step 5 requires.
  const goalComment = (goal: string) =>
    page.getByRole('textbox', {
      name: `Hur bidrar förslaget och åtgärderna till målet? Målet: ${goal}`,
    });
  await user.fill(goalComment('Jämställd hälsa'), 'Fler män nås av FaR.');
  await user.fill(
    goalComment('En jämlik och jämställd region.'),
    'Samma tillgång i alla kommuner.',
  );
  await user.continue();
  await fill('Hur bidrar förslaget och åtgärderna till målen?', 'Hälsan blir mer jämlik.');
  await user.continue();
  await fill('Hur och när följs effekterna upp?', 'Årligen i uppföljningen.');
  await user.fillDate('När ska uppföljningen redovisas?', '2027-02-01');
  await user.continue();
  await expectSectionCheck(page);

  // ---- Part C: the proposal is not in line, so compensating measures are asked ----------------
  await nextSection(user, 'Barnets rättigheter');
  await radio('Berör ärendet barn?', 'Ja, indirekt');
  await user.continue();
  await radio('Hur mycket berörs barnen?', 'I liten grad');
  // Indirectly and a little: the short road is offered; this officer takes the full road.
  await radio('Hur vill du göra barnrättsprövningen?', 'Gå igenom hela barnrättsprövningen');
  await user.continue();
  await check('Vilka åldersgrupper berörs?', '13–17 år');
  await user.continue();
  // The four basic principles are always assessed: already checked, and not removable.
  for (const article of [
    'Artikel 2: Icke-diskriminering',
    'Artikel 3: Barnets bästa',
    'Artikel 6: Rätt till liv, överlevnad och utveckling',
    'Artikel 12: Rätt att uttrycka sina åsikter och bli hörd',
  ]) {
    const box = page
      .getByRole('group', { name: 'Vilka av barnets rättigheter berörs?' })
      .getByRole('checkbox', { name: `${article} (prövas alltid)`, exact: true });
    await expect(box).toBeChecked();
    await expect(box).toBeDisabled();
  }
  await user.continue();
  await fill('Vilken kunskap finns om barnens situation?', 'Föräldrarnas hälsa påverkar barnen.');
  await fill(
    'Vilka relevanta lagar, föreskrifter och riktlinjer gäller i ärendet?',
    'Hälso- och sjukvårdslagen.',
  );
  await user.continue();
  // Affected to a small degree only: a stated reason for not hearing children will do.
  await radio('Har barn kommit till tals?', 'Nej');
  // The follow-up question appears on the same page.
  await fill('Varför har barn inte hörts?', 'Beslutet gäller vuxna patienter.');
  await user.continue();
  await fill('Vilka handlingsalternativ har prövats?', 'Att behålla den lokala finansieringen.');
  await radio('Hur påverkas barnens rättigheter?', 'Rättigheterna påverkas inte');
  await fill('Vilka konsekvenser får förslaget för barnen?', 'Små, indirekta.');
  await user.continue();
  await fill('Vad är barnets bästa i ärendet?', 'Friska föräldrar.');
  await fill(
    'Hur har barnets bästa vägts mot andra intressen?',
    'Väger lätt: barn berörs bara indirekt.',
  );
  await radio('Är förslaget förenligt med barnets bästa?', 'Delvis');
  await user.continue();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'När förslaget inte är förenligt med barnets bästa',
    }),
  ).toBeVisible();
  await fill(
    'Varför föreslås ett beslut som inte är förenligt med barnets bästa?',
    'FaR ges bara till vuxna.',
  );
  await fill('Vilka kompenserande åtgärder föreslås?', 'Familjeaktiviteter i kommunerna.');
  await user.continue();
  await user.continue(); // "Hur får barn veta vad som beslutades" is optional.
  await expectSectionCheck(page);
  await expect(
    page.getByText('Tillräckliga kompenserande åtgärder ifall beslutet går emot barnets bästa'),
  ).toBeVisible();

  // ---- Part D: Sami significance "Ja" with a logged consultation ------------------------------
  await nextSection(user, 'Nationella minoriteter och samer');
  await radio('Berör ärendet de nationella minoriteterna?', 'Nej');
  await user.continue();
  await user.continue(); // The reason for "Nej" is optional on the ordinary road.
  // The shipped organisation config names an administrative area (Sami), so this is asked.
  await radio('Påverkar ärendet rättigheterna i förvaltningsområdet?', 'Nej');
  await user.continue();
  await radio('Kan ärendet få särskild betydelse för samerna?', 'Ja');
  await user.continue();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Konsultation med Sametinget' }),
  ).toBeVisible();
  // Nothing logged yet: the page warns at once.
  const dutyNote = page.getByRole('note');
  await expect(dutyNote).toContainText(
    'Kan inte gå till sammanträdet förrän Sametinget har konsulterats.',
  );
  await user.activate(page.getByRole('button', { name: 'Lägg till en konsultation' }));
  // The first row is the one with Sametinget, the party the duty is owed to.
  const party = page.getByLabel('Konsultation 1: Part', { exact: true });
  await expect(party).toBeFocused();
  await expect(party).toHaveValue('sametinget');
  await user.fillDate('Konsultation 1: Datum då begäran om konsultation skickades', '2026-01-20');
  await user.choose('Konsultation 1: Svar på begäran', 'Begär konsultation');
  await user.choose('Konsultation 1: Form', 'Möte (även digitalt)');
  await user.fillDate('Konsultation 1: Datum då konsultationen hölls', '2026-02-10');
  await user.choose('Konsultation 1: Resultat', 'Enighet');
  await expect(dutyNote).toContainText('saknar datum, form, resultat eller vad som kommit fram');
  await user.fill('Konsultation 1: Vad som kommit fram', 'Informationen ges även på sydsamiska.');
  await expect(dutyNote).toHaveCount(0);
  given.push({
    label: 'Vilka konsultationer har genomförts?',
    shown:
      'Sametinget. Begäran skickad: 20 januari 2026. Hölls: 10 februari 2026, Möte (även digitalt). Resultat: Enighet. Vad som kommit fram: Informationen ges även på sydsamiska.',
  });
  await user.continue();
  await expectSectionCheck(page);
  await expect(page.getByText('Ingen konsultation med Sametinget är dokumenterad.')).toHaveCount(0);

  // ---- Part E (optional) ---------------------------------------------------------------------
  await nextSection(user, 'Övriga diskrimineringsgrunder');
  await check(
    'Påverkas någon grupp på ett särskilt sätt utifrån diskrimineringsgrunderna?',
    'Ålder',
  );
  await user.continue();
  await fill('Hur påverkas grupperna, och hur hanteras det?', 'Äldre erbjuds stöd.');
  await user.continue();
  await expectSectionCheck(page);

  // ---- Summary: "Fortsätt till nästa del" leads on without the task list --------------------
  await user.followLink('Fortsätt till nästa del');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vilken är din samlade bedömning?' }),
  ).toBeVisible();
  await fill('Vilken är din samlade bedömning?', 'Underlaget är jämställt.');
  await user.continue();
  await expectSectionCheck(page);

  // ---- Check your answers ---------------------------------------------------------------------
  await user.followLink('Till uppgiftslistan');
  await expect(page.getByText('Du har besvarat 9 av 9 delar.')).toBeVisible();
  await user.followLink('Kontrollera dina svar');
  await expect(page).toHaveURL(/#\/case\/[^/]+\/check$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kontrollera dina svar' }),
  ).toBeVisible();
  await expectAnswersShown(page, given);
  // No required question is unanswered (an optional one says "Ej besvarad (frivillig)").
  await expect(page.getByText('Ej besvarad', { exact: true })).toHaveCount(0);
  const verdicts = page.getByRole('region', { name: 'Bedömning av underlaget' });
  await expect(
    verdicts.getByText('Underlaget ger förutsättningar för ett jämställt beslut'),
  ).toBeVisible();
  await expect(
    verdicts.getByText('Barnets bästa är prövat enligt Barnombudsmannens metod'),
  ).toBeVisible();
  await expect(
    verdicts.getByText(/Du har angett att ärendet kan få särskild betydelse/),
  ).toHaveCount(0);
});

test('a shorter case in English: step 1 "No" with a reason makes steps 2 to 5 not applicable', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const user = new KeyboardUser(page);
  await page.goto('./');
  await user.activate(page.getByRole('button', { name: 'English' }));
  await expect(page.getByRole('heading', { level: 1, name: 'My cases' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await user.activate(page.getByRole('button', { name: 'New case' }).first());
  await expect(page).toHaveURL(/#\/case\/[^/]+$/);

  await user.followLink('The case', page.locator('.task-list'));
  await user.fill('What is the title of the case?', 'New street lights');
  await user.continue();
  await user.fill('What decision is proposed?', 'Replace the lamps with LED.');
  await user.continue();
  await user.fill('Which committee or board makes the decision?', 'Technical committee');
  await user.fill('Who is the case officer?', 'Alex Berg');
  await user.continue();
  await user.fillDate('What is the date of the paper?', '2026-04-01');
  await user.continue();
  await expectSectionCheck(page);
  await expect(answerRow(page, 'What is the date of the paper?')).toContainText('1 April 2026');

  await nextSection(user, 'Step 1: Does the case affect women and men, girls and boys?');
  await user.answerRadio('Does the case affect women and men, girls and boys?', 'No');
  await user.continue();
  await user.fill(
    'Why does the case not affect women and men, girls and boys?',
    'Only the lamps change; nobody is served differently.',
  );
  await user.continue();
  await expectSectionCheck(page);

  await user.followLink('To the task list');
  for (const step of [
    'Step 2: Sex-disaggregated statistics',
    'Step 3: Consequences for women and men, girls and boys',
    'Step 4: Measures against unjustified differences',
    'Step 5: Analysis against the gender equality goals',
  ]) {
    const item = page.locator('.task-list__item').filter({ hasText: step });
    await expect(item.locator('.task-list__status')).toHaveText('Not applicable');
  }

  await user.followLink('The rights of the child', page.locator('.task-list'));
  await user.answerRadio('Does the case affect children?', 'No');
  await user.continue();
  await user.fill(
    'Why does the case not affect children?',
    'Street lights are not about children.',
  );
  await user.continue();
  await expectSectionCheck(page);

  await nextSection(user, 'National minorities and the Sami');
  await user.answerRadio('Does the case affect the national minorities?', 'No');
  await user.continue();
  await user.continue(); // The reason for "No" is optional on the ordinary road.
  await user.answerRadio('Does the case affect rights in the administrative area?', 'No');
  await user.continue();
  await user.answerRadio('Could the case be of particular significance to the Sami?', 'No');
  await user.continue();
  await expectSectionCheck(page);

  await nextSection(user, 'Overall assessment');
  await user.fill('What is your overall assessment?', 'Gender analysis is not applicable.');
  await user.continue();
  await expectSectionCheck(page);

  await user.followLink('To the task list');
  await user.followLink('Check your answers');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const verdicts = page.getByRole('region', { name: 'Assessment of the decision paper' });
  await expect(
    verdicts.getByText('Not applicable: the case does not affect women and men, girls and boys'),
  ).toBeVisible();
  await expect(
    verdicts.getByText('Reason: Only the lamps change; nobody is served differently.'),
  ).toBeVisible();
  await expect(
    answerRow(page, 'Why does the case not affect women and men, girls and boys?'),
  ).toContainText('Only the lamps change');
});

// ---- verdicts that ask for more ----------------------------------------------------------------

const SEEDED = 'e2e-journey-partial';

/** Everything answered so that the case meets every step, except what the test changes. */
const completeAnswers: Record<string, unknown> = {
  'a.title': 'Nytt simhallsbad',
  'a.proposal': 'Bygg en simhall.',
  'a.committee': 'Kultur- och fritidsnämnden',
  'a.officer': 'Anna Andersson',
  'a.date': '2026-03-01',
  'b1.affects': 'ja',
  'b1.groups': ['invanare'],
  'b3.women': 'Kvinnor simmar mer.',
  'b3.men': 'Män simmar mindre.',
  'b3.directionWomen': 'positiv',
  'b3.directionMen': 'positiv',
  'b3.areas': ['halsa'],
  'b3.ifNothing': 'Inget bad.',
  'b4.unjustified': 'nej',
  // The organisation has its own goals (config.json): step 5 needs one of them too.
  'b5.goals': [
    { id: 'national-5', comment: 'Fler simmar.' },
    {
      id: 'org:jamlik-jamstalld-region',
      text: 'En jämlik och jämställd region.',
      comment: 'Badet är öppet för alla.',
    },
  ],
  'b5.contribution': 'Bättre hälsa.',
  'b5.followUp': 'Besöksstatistik.',
  'c.affects': 'nej',
  'c.noReason': 'Gäller vuxna.',
  'd.affects': 'nej',
  'd.adminRights': 'nej',
  'd.samiSignificance': 'ja',
  's.conclusion': 'Klart.',
};

test('step 2 answered "Delvis" asks for completion naming step 2, and the Sami warning shows until a consultation is logged', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await seedCase(page, SEEDED, completeAnswers);
  const user = new KeyboardUser(page);
  await page.goto(`./#/case/${SEEDED}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt simhallsbad' })).toBeVisible();
  // Sami significance "Ja" and nothing logged: the plain warning is on the task list.
  const samiWarning = page.getByText(
    /Du har angett att ärendet kan få särskild betydelse för samerna\. Enligt lag \(2022:66\)/,
  );
  // Once on its own, not only inside the verdicts further down.
  await expect(samiWarning.first()).toBeVisible();

  await user.followLink('Steg 2: Könsuppdelad statistik', page.locator('.task-list'));
  await user.answerRadio('Är all individbaserad statistik i underlaget uppdelad på kön?', 'Delvis');
  await user.continue();
  await user.activate(page.getByRole('button', { name: 'Lägg till en tabell' }));
  await expect(page.getByLabel('Indikator (vad som mäts)')).toBeFocused();
  await user.type('Badande vuxna');
  await user.fill(page.getByRole('textbox', { name: 'Kvinnor, rad 1' }), '40');
  await user.fill(page.getByRole('textbox', { name: 'Män, rad 1' }), '60');
  await user.continue();
  await user.fill('Vilka skillnader och likheter visar statistiken?', 'Män badar oftare.');
  await user.continue();
  await user.fill('Varför saknas könsuppdelad statistik?', 'Barnens besök räknas inte per kön.');
  await user.fill('Vad behövs för att ta fram könsuppdelad statistik?', 'Ett nytt kassasystem.');
  await user.continue();
  await expectSectionCheck(page);
  await expect(
    page.getByText('Den individbaserade statistiken är bara delvis uppdelad på kön.'),
  ).toBeVisible();

  await user.followLink('Till uppgiftslistan');
  await user.followLink('Kontrollera dina svar');
  const verdicts = page.getByRole('region', { name: 'Bedömning av underlaget' });
  // Step 2 and no other step is named.
  await expect(verdicts.locator('p', { hasText: 'Underlaget bör kompletteras i steg' })).toHaveText(
    /Underlaget bör kompletteras i steg 2$/,
  );
  await expect(
    verdicts.getByText('Underlaget ger förutsättningar för ett jämställt beslut'),
  ).toHaveCount(0);
  await expect(
    verdicts.getByText('Ingen konsultation med Sametinget är dokumenterad.'),
  ).toBeVisible();
  // Check-answers never calls the log optional while the duty is unmet.
  await expect(answerRow(page, 'Vilka konsultationer har genomförts?')).toContainText(
    'Saknas: konsultation med Sametinget krävs enligt lag (2022:66) om konsultation i frågor som rör det samiska folket',
  );

  // Sametinget informed and declining is a recorded outcome that meets the duty.
  await user.activate(answerRow(page, 'Vilka konsultationer har genomförts?').getByRole('link'));
  await user.activate(page.getByRole('button', { name: 'Lägg till en konsultation' }));
  await user.fillDate('Konsultation 1: Datum då begäran om konsultation skickades', '2026-02-20');
  await user.choose('Konsultation 1: Svar på begäran', 'Informerad, avstod från konsultation');
  await user.continue();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kontrollera dina svar' }),
  ).toBeVisible();
  await expect(page.getByText('Ingen konsultation med Sametinget är dokumenterad.')).toHaveCount(0);
  await expect(
    page.getByText('Kan inte gå till sammanträdet förrän Sametinget har konsulterats.'),
  ).toHaveCount(0);
  await expect(
    page
      .getByRole('region', { name: 'Bedömning av underlaget' })
      .locator('p', { hasText: 'Underlaget bör kompletteras i steg' }),
  ).toHaveText(/Underlaget bör kompletteras i steg 2$/);
});

/** The screens a test has shown: each distinct route (the hash without its query). */
function trackScreens(page: Page): Set<string> {
  const seen = new Set<string>();
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const hash = new URL(frame.url()).hash.split('?')[0] ?? '';
    seen.add(hash === '' ? '#/' : hash);
  });
  return seen;
}

test('the one-page road: a trivial case from the case list to the exported appendix in five screens', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const screens = trackScreens(page);
  const user = new KeyboardUser(page);
  await page.goto('./');
  await user.activate(page.getByRole('button', { name: 'Nytt ärende' }).first());
  await expect(page).toHaveURL(/#\/case\/[^/]+$/);
  await user.followLink(/^Snabbväg/);
  await expect(page.getByRole('heading', { level: 1, name: /^Snabbväg/ })).toBeVisible();
  await user.fill('Vad heter ärendet?', 'Ny delegationsordning');
  await user.fill('Vilket beslut föreslås?', 'Regionstyrelsen antar en ny delegationsordning.');
  await user.fill('Vilken nämnd eller styrelse fattar beslutet?', 'Regionstyrelsen');
  await user.fill('Vem är handläggare?', 'Anna Andersson');
  await user.fillDate('Vilket datum har underlaget?', '2026-01-10');
  await user.answerRadio('Berör ärendet kvinnor och män, flickor och pojkar?', 'Nej');
  await user.fill(
    'Varför berör ärendet inte kvinnor och män, flickor och pojkar?',
    'Ordningen gäller intern beslutsrätt.',
  );
  await user.answerRadio('Berör ärendet barn?', 'Nej');
  await user.fill('Varför berör ärendet inte barn?', 'Ordningen påverkar inte barn.');
  await user.answerRadio('Berör ärendet de nationella minoriteterna?', 'Nej');
  await user.fill(
    'Varför berör ärendet inte de nationella minoriteterna?',
    'Ordningen påverkar inte minoriteternas rättigheter.',
  );
  await user.answerRadio('Påverkar ärendet rättigheterna i förvaltningsområdet?', 'Nej');
  await user.answerRadio('Kan ärendet få särskild betydelse för samerna?', 'Nej');
  // Every gate is "Nej": the concluding assessment is asked on the same page.
  await user.fill('Vilken är din samlade bedömning?', 'Ärendet påverkar inte jämställdhet.');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/one-page-road.png', fullPage: true });
  await user.continue();
  await expect(page).toHaveURL(/#\/case\/[^/]+\/check$/);
  const verdicts = page.getByRole('region', { name: 'Bedömning av underlaget' });
  await expect(verdicts).toBeVisible();
  await expect(page.getByText('Ej besvarad', { exact: true })).toHaveCount(0);
  await user.followLink('Förhandsgranska och skapa bilagan');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Förhandsgranska och exportera bilagan' }),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner bilagan (Word)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  // Case list, task list, the one page, check answers, preview: within the goal of ten.
  expect([...screens].map((h) => h.replace(/\/case\/[^/]+/, '/case/*'))).toEqual([
    '#/',
    '#/case/*',
    '#/case/*/page/snabbvag',
    '#/case/*/check',
    '#/case/*/preview',
  ]);
});

test('the short child-rights road: two pages when children are affected indirectly and a little, the full road on request', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await seedCase(page, 'short-child', { 'a.title': 'Nya öppettider' });
  const user = new KeyboardUser(page);
  await page.goto('./#/case/short-child');
  await user.followLink('Barnets rättigheter', page.locator('.task-list'));
  await user.answerRadio('Berör ärendet barn?', 'Ja, indirekt');
  await user.continue();
  await user.answerRadio('Hur mycket berörs barnen?', 'I liten grad');
  const full = page.getByRole('radio', { name: 'Gå igenom hela barnrättsprövningen' });
  await expect(full).toBeVisible();
  await expect(full).not.toBeChecked();
  await user.continue();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Barnen, kunskapen och barnens röst' }),
  ).toBeVisible();
  await user.check('13–17 år');
  await user.fill('Vilken kunskap finns om barnens situation?', 'Besöksstatistik per ålder.');
  await user.fill(
    'Vilka relevanta lagar, föreskrifter och riktlinjer gäller i ärendet?',
    'Hälso- och sjukvårdslagen.',
  );
  await user.answerRadio('Har barn kommit till tals?', 'Nej');
  await user.fill('Varför har barn inte hörts?', 'Barn berörs bara indirekt och lite.');
  await page.screenshot({ path: 'test-results/short-child-road.png', fullPage: true });
  await user.continue();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Alternativ, konsekvenser och barnets bästa' }),
  ).toBeVisible();
  await user.fill('Vilka handlingsalternativ har prövats?', 'Att behålla kvällsöppet.');
  await user.answerRadio('Hur påverkas barnens rättigheter?', 'Rättigheterna påverkas inte');
  await user.fill('Vilka konsekvenser får förslaget för barnen?', 'Små och indirekta.');
  await user.fill('Vad är barnets bästa i ärendet?', 'Att föräldrar får vård nära hemmet.');
  await user.fill('Hur har barnets bästa vägts mot andra intressen?', 'Väger lätt här.');
  await user.answerRadio('Är förslaget förenligt med barnets bästa?', 'Ja');
  await user.continue();
  await expectSectionCheck(page);
  // Four screens for Part C (two questions, two short pages), every check of the method met.
  const verdict = page.getByRole('region', { name: 'Bedömning' });
  await expect(verdict.getByText('Klar', { exact: true })).toBeVisible();
  await expect(verdict.getByText('Uppfyllt', { exact: true })).toHaveCount(5);
  await expect(page.getByRole('link', { name: 'Fortsätt till nästa del' })).toHaveAttribute(
    'href',
    '#/case/short-child/page/d-affects',
  );

  // The full road on request: stored with the case, so a reload keeps it.
  await page.goto('./#/case/short-child/page/c-extent');
  await user.answerRadio(
    'Hur vill du göra barnrättsprövningen?',
    'Gå igenom hela barnrättsprövningen',
  );
  await page.reload();
  await expect(
    page.getByRole('radio', { name: 'Gå igenom hela barnrättsprövningen' }),
  ).toBeChecked();
  await user.continue();
  await expect(page.getByRole('group', { name: 'Vilka åldersgrupper berörs?' })).toBeVisible();
  await expect(page).toHaveURL(/\/page\/c-children$/);
});
