/**
 * The migrations of the case envelope, one per shipped version. Each shipped version has a
 * frozen fixture (test/fixtures/case-v<N>.json) and test/unit/migrations.test.ts proves each one
 * decodes to a current case.
 */
import { isRecord } from './versioned-json';
import type { Migration } from './versioned-json';
import { questionById } from '../checklist/question-bank';

const SAMETINGET = /sametinget|s\u00e1medigge|saemiedigkie|s\u00e1mediggi/i;
const SAMEBY = /sameby|samebyar|čearru|cearru|sijte|sïjte|tjiellde/i;

/**
 * One version 1 consultation (`date`, free-text `parties`, `form`, `outcome`, `notes`) in the
 * version 2 shape. Tolerant: unknown values become '' and the old text is kept in `legacy`.
 * - parties naming Sametinget → party "sametinget"; naming a sameby → "sameby" with the text as
 *   its name; any other text → "organisation" with the text as its name;
 * - form "digitalt" (a digital meeting) → "mote"; "annat" → '' with the old form kept;
 * - a row that was held (a date, an outcome or notes) had been asked for: reply "begar".
 * A row that already has a `party` is left as it is.
 */
export function migrateConsultationV1(item: unknown): unknown {
  if (!isRecord(item) || 'party' in item) return item;
  const text = (k: string) => (typeof item[k] === 'string' ? (item[k] as string) : '');
  const parties = text('parties').trim();
  const party = SAMETINGET.test(parties)
    ? 'sametinget'
    : SAMEBY.test(parties)
      ? 'sameby'
      : parties !== ''
        ? 'organisation'
        : '';
  const oldForm = text('form');
  const form =
    oldForm === 'mote' || oldForm === 'digitalt'
      ? 'mote'
      : oldForm === 'skriftligt'
        ? 'skriftligt'
        : '';
  const outcome = ['enighet', 'samtycke', 'avslutad-utan-enighet', 'pagaende'].includes(
    text('outcome'),
  )
    ? text('outcome')
    : '';
  const date = text('date');
  const notes = text('notes');
  const held = date !== '' || outcome !== '' || notes.trim() !== '';
  const legacy: Record<string, string> = { parties: text('parties') };
  if (oldForm !== '' && form === '') legacy.form = oldForm;
  const rest = Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'parties'));
  return {
    ...rest,
    party,
    partyName: party === 'sametinget' ? '' : parties,
    requested: '',
    reply: held ? 'begar' : '',
    form,
    date,
    outcome,
    notes,
    ...(parties !== '' || legacy.form ? { legacy } : {}),
  };
}

function migrateV1toV2(data: Record<string, unknown>): Record<string, unknown> {
  const answers = data.answers;
  if (!isRecord(answers)) return data;
  const next: Record<string, unknown> = { ...answers };
  for (const [key, value] of Object.entries(answers)) {
    if (questionById.get(key)?.kind === 'consultations' && Array.isArray(value)) {
      next[key] = value.map(migrateConsultationV1);
    }
  }
  return { ...data, answers: next };
}

/**
 * 2 → 3, three changes of the same release:
 * - Kön+ is asked once (step 3, `b3.intersectional`): a version 2 case's step-2 answer
 *   (`b2.konPlus`) goes before the step-3 one, a blank line between, and its old key is dropped.
 *   Nothing the officer wrote is lost; a case with neither is left as it is.
 * - A chosen step-5 goal may carry its own comment (`GoalRef.comment`). That needs no change of
 *   the data (the one earlier comment, `b5.contribution`, stays and is still shown and exported);
 *   the version is raised so that an older build, which would drop the comments when it saves,
 *   opens such a case read-only instead.
 * - A case may carry the committee's decision (`decision`); a version 2 case has none, so a stray
 *   `decision` from a development build is dropped, never guessed at.
 */
export function migrateV2toV3(input: Record<string, unknown>): Record<string, unknown> {
  const data = Object.fromEntries(Object.entries(input).filter(([k]) => k !== 'decision'));
  const answers = data.answers;
  if (!isRecord(answers) || !('b2.konPlus' in answers)) return data;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const merged = [text(answers['b2.konPlus']), text(answers['b3.intersectional'])]
    .filter((s) => s !== '')
    .join('\n\n');
  const next: Record<string, unknown> = Object.fromEntries(
    Object.entries(answers).filter(([k]) => k !== 'b2.konPlus'),
  );
  if (merged !== '') next['b3.intersectional'] = merged;
  return { ...data, answers: next };
}

/**
 * Ordered migrations, one per shipped version; each has a fixture
 * test/fixtures/case-v<N>.json (the migrations test requires both).
 * 1 → 2: the Sami consultation log gets a structured party, request and reply.
 * 2 → 3: kön+ asked once (the step-2 answer joins the step-3 one); step-5 goals get a comment
 *        each; a case may carry the committee's decision.
 */
export const migrations: readonly Migration[] = [
  { from: 1, to: 2, migrate: migrateV1toV2 },
  { from: 2, to: 3, migrate: migrateV2toV3 },
];
