import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { StatTable } from '../../src/checklist/statistics-schema';
import { StatisticsField } from '../../src/ui/checklist/statistics/StatisticsField';
import { renderWithI18n } from '../helpers/render';

/** Number formats use a no-break space; accessible names keep it. */
const nb = (s: string) => s.replace(/ /g, '\u00a0');

function Harness({
  initial,
  onValue,
}: {
  initial: StatTable[];
  onValue?: (v: StatTable[]) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <StatisticsField
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue?.(next);
      }}
      idPrefix="b2-tables"
    />
  );
}

function far(extra: Partial<StatTable> = {}): StatTable {
  return {
    id: 'far',
    indicator: 'Deltagare FaR nivå 1',
    unit: 'count',
    period: '2019',
    source: 'Region Halland',
    breakdown: 'Kommun',
    groups: ['women', 'men'],
    rows: [
      { id: 'r1', label: 'Kungsbacka', values: { women: '40', men: '31' } },
      { id: 'r2', label: 'Varberg', values: { women: '70', men: '53' } },
    ],
    sentence: null,
    ...extra,
  };
}

const farExcel =
  'Nivå 1 - Kommun\tKvinnor\tMän\tTotalt\r\n' +
  'Kungsbacka\t40\t31\t71\r\n' +
  'Varberg\t70\t53\t123\r\n' +
  'Hylte\t0\t0\t0\r\n' +
  'Laholm\tca 14\t10\t24\r\n' +
  'Totalt i Halland\t124\t94\t218\r\n';

describe('StatisticsField', () => {
  it('shows the sex composition, never as a gap, and the sentence as soon as values are typed', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<Harness initial={[]} />);
    await user.click(screen.getByRole('button', { name: 'Lägg till en tabell' }));
    await user.type(screen.getByLabelText('Indikator (vad som mäts)'), 'Sökande');
    await user.type(screen.getByRole('textbox', { name: 'Kvinnor, rad 1' }), '62');
    await user.type(screen.getByRole('textbox', { name: 'Män, rad 1' }), '38');

    const grid = screen.getByRole('table', { name: 'Värden för Sökande' });
    expect(
      within(grid).getByRole('columnheader', { name: 'Könsfördelning: andel kvinnor' }),
    ).toBeInTheDocument();
    expect(within(grid).getByRole('cell', { name: nb('62 %') })).toBeInTheDocument();
    expect(within(grid).getByRole('cell', { name: nb('38 %') })).toBeInTheDocument();
    // Without a base population a count table has no gap and no ratio column.
    expect(within(grid).queryByRole('columnheader', { name: /Skillnad|Kvot/ })).toBeNull();
    expect(within(grid).queryByRole('cell', { name: '+24' })).toBeNull();
    expect(
      screen.getByText('Kvinnorna är fler. Könsfördelning: 62 % kvinnor och 38 % män.'),
    ).toBeInTheDocument();
  });

  it('computes the rate gap once the officer gives the number of women and men in the target group', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    await renderWithI18n(
      <Harness
        initial={[far({ rows: [{ id: 'r1', label: '', values: { women: '120', men: '80' } }] })]}
        onValue={onValue}
      />,
    );
    expect(screen.queryByRole('textbox', { name: /i målgruppen/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /^Jämför med målgruppen/ }));
    await user.type(screen.getByRole('textbox', { name: 'Kvinnor i målgruppen, rad 1' }), '6000');
    await user.type(screen.getByRole('textbox', { name: 'Män i målgruppen, rad 1' }), '2000');

    const grid = screen.getByRole('table', { name: 'Värden för Deltagare FaR nivå 1' });
    expect(
      within(grid).getByRole('columnheader', { name: 'Andel av kvinnor' }),
    ).toBeInTheDocument();
    expect(within(grid).getByRole('cell', { name: nb('2 %') })).toBeInTheDocument();
    expect(within(grid).getByRole('cell', { name: nb('4 %') })).toBeInTheDocument();
    expect(within(grid).getByRole('cell', { name: '−2' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Andelen är högre bland männen: 4 % av männen mot 2 % av kvinnorna, en skillnad på 2 procentenheter.',
      ),
    ).toBeInTheDocument();
    const stored = onValue.mock.lastCall?.[0] as StatTable[];
    expect(stored[0]!.withBase).toBe(true);
    expect(stored[0]!.rows[0]!.base).toEqual({ women: '6000', men: '2000' });
  });

  it('pre-marks a "varav" row as a subset, keeps it out of the sum, and lets the officer change it', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    await renderWithI18n(
      <Harness
        initial={[
          far({
            breakdown: '',
            rows: [
              { id: 'r1', label: 'Resor', values: { women: '100', men: '80' } },
              { id: 'r2', label: 'varav nattetid', values: { women: '10', men: '30' } },
              { id: 'r3', label: 'Övriga', values: { women: '50', men: '50' } },
            ],
          }),
        ]}
        onValue={onValue}
      />,
    );
    // The first row has nothing above it, so it has no toggle.
    expect(screen.queryByRole('checkbox', { name: /^Varav-rad: Resor/ })).toBeNull();
    const subset = screen.getByRole('checkbox', {
      name: 'Varav-rad: varav nattetid ingår i raden ovan och räknas inte in i summan',
    });
    expect(subset).toBeChecked();
    const other = screen.getByRole('checkbox', { name: /^Varav-rad: Övriga/ });
    expect(other).not.toBeChecked();

    const grid = screen.getByRole('table', { name: 'Värden för Deltagare FaR nivå 1' });
    const sumRow = () => within(grid).getByRole('row', { name: /^Summa/ });
    expect(within(sumRow()).getByRole('cell', { name: '150' })).toBeInTheDocument();
    expect(within(sumRow()).getByRole('cell', { name: '130' })).toBeInTheDocument();
    const sentence = screen.getByText(
      /Av två grupper är kvinnorna fler i en och det är ungefär lika många kvinnor som män i en\./,
      {
        selector: '.stat-sentence-auto',
      },
    );
    expect(sentence.textContent).not.toContain('nattetid');

    await user.click(subset);
    expect(subset).not.toBeChecked();
    // 100 + 10 + 50 women and 80 + 30 + 50 men: 320 in all.
    expect(within(sumRow()).getByRole('cell', { name: '320' })).toBeInTheDocument();
    expect((onValue.mock.lastCall?.[0] as StatTable[])[0]!.rows[1]!.subset).toBe(false);

    // Checking it again follows the label once more (nothing stored to override it).
    await user.click(subset);
    expect(subset).toBeChecked();
    expect((onValue.mock.lastCall?.[0] as StatTable[])[0]!.rows[1]!.subset).toBeUndefined();
    await user.click(other);
    // "Övriga" marked by the officer too: only "Resor" is left to add up, so no sum row.
    expect(within(grid).queryByRole('row', { name: /^Summa/ })).toBeNull();
    expect((onValue.mock.lastCall?.[0] as StatTable[])[0]!.rows[2]!.subset).toBe(true);
  });

  it('uses English number formatting in English', async () => {
    await renderWithI18n(
      <Harness
        initial={[
          far({ rows: [{ id: 'r', label: '', values: { women: '1234,5', men: '1000' } }] }),
        ]}
      />,
      'en',
    );
    const grid = screen.getByRole('table', { name: 'Values for Deltagare FaR nivå 1' });
    expect(within(grid).getByRole('cell', { name: '2,234.5' })).toBeInTheDocument();
    expect(within(grid).getByRole('cell', { name: '55.2%' })).toBeInTheDocument();
  });

  it('fills the table from a block pasted into a cell and lists what could not be read', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    await renderWithI18n(
      <Harness
        initial={[far({ breakdown: '', rows: [{ id: 'r1', label: '', values: {} }] })]}
        onValue={onValue}
      />,
    );
    await user.click(screen.getByRole('textbox', { name: 'Namn på rad 1' }));
    await user.paste(farExcel);

    expect(screen.getByRole('textbox', { name: 'Namn på rad 4' })).toHaveValue('Laholm');
    expect(screen.getByRole('textbox', { name: 'Kvinnor, Varberg' })).toHaveValue('70');
    expect(screen.queryByDisplayValue('Totalt i Halland')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/Kön\+-variabel/)).toHaveValue('Nivå 1 - Kommun');

    const status = screen
      .getByText('4 rader inklistrade.')
      .closest('[role="status"]') as HTMLElement;
    expect(within(status).getByText('2 saker behöver kontrolleras:')).toBeInTheDocument();
    const items = within(status)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toMatch(/^Rad 5, kolumn 2: ”ca 14” kunde inte läsas som ett tal/);
    expect(items[1]).toMatch(/^Rad 6, kolumn 1: ”Totalt i Halland” är en summarad/);

    // The unreadable cell keeps its text and says what is wrong there.
    const laholm = screen.getByRole('textbox', { name: 'Kvinnor, Laholm' });
    expect(laholm).toHaveValue('ca 14');
    expect(laholm).toHaveAttribute('aria-invalid', 'true');
    expect(laholm).toHaveAccessibleDescription(/Inte ett tal/);

    await user.click(within(status).getByRole('button', { name: 'Ångra inklistringen' }));
    expect(screen.queryByDisplayValue('Laholm')).not.toBeInTheDocument();
    expect(onValue.mock.lastCall?.[0][0].rows).toEqual([{ id: 'r1', label: '', values: {} }]);
  });

  it('adds pasted rows after the typed ones from the paste box, with and without a header row', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<Harness initial={[far()]} />);
    const box = screen.getByRole('textbox', { name: 'Klistra in från Excel' });

    await user.click(box);
    await user.paste('Falkenberg\t55\t39\nHalmstad\t15,5\t\n');
    await user.click(screen.getByRole('button', { name: 'Lägg till i tabellen' }));
    expect(screen.getByRole('textbox', { name: 'Kvinnor, Kungsbacka' })).toHaveValue('40');
    expect(screen.getByRole('textbox', { name: 'Män, Falkenberg' })).toHaveValue('39');
    expect(screen.getByRole('textbox', { name: 'Kvinnor, Halmstad' })).toHaveValue('15,5');
    expect(screen.getByRole('textbox', { name: 'Män, Halmstad' })).toHaveValue('');
    expect(box).toHaveValue('');

    await user.click(box);
    await user.paste('Kommun\tMän\tKvinnor\nKungsbacka\t32\t41\n');
    await user.click(screen.getByRole('button', { name: 'Lägg till i tabellen' }));
    expect(screen.getByRole('textbox', { name: 'Kvinnor, Kungsbacka' })).toHaveValue('41');
    expect(screen.getByRole('textbox', { name: 'Män, Kungsbacka' })).toHaveValue('32');
    expect(screen.getAllByRole('textbox', { name: /^Namn på rad/ })).toHaveLength(4);
  });

  it('shows a validation message at the cell and still keeps the value', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    await renderWithI18n(<Harness initial={[far()]} onValue={onValue} />);
    const cell = screen.getByRole('textbox', { name: 'Män, Varberg' });
    await user.clear(cell);
    await user.type(cell, '-53');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell).toHaveAccessibleDescription(
      'Värdet kan inte vara negativt för antal, procent eller dagar. Det räknas inte.',
    );
    expect(onValue.mock.lastCall?.[0][0].rows[1].values.men).toBe('-53');

    await user.selectOptions(screen.getByLabelText('Enhet'), 'percent');
    const women = screen.getByRole('textbox', { name: 'Kvinnor, Varberg' });
    expect(women).not.toHaveAttribute('aria-invalid');
    await user.clear(women);
    await user.type(women, '120');
    expect(women).toHaveAccessibleDescription(/över 100/);
  });

  it('draws a chart with an accessible name and the data in words', async () => {
    await renderWithI18n(<Harness initial={[far()]} />);
    const chart = screen.getByRole('img', { name: 'Deltagare FaR nivå 1, 2019' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart).toHaveAccessibleDescription(
      /Kungsbacka: kvinnor 40, män 31\. Varberg: kvinnor 70, män 53\./,
    );
    expect(chart).toHaveAccessibleDescription(
      /Kvinnorna är fler\. Könsfördelning: 56,7\s%\skvinnor och 43,3\s%\smän\./,
    );
    // Values are printed on the bars.
    expect(within(chart as unknown as HTMLElement).getByText('70')).toBeInTheDocument();
  });

  it('lets the officer write an own sentence and go back to the automatic one', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    await renderWithI18n(<Harness initial={[far()]} onValue={onValue} />);
    await user.click(screen.getByRole('radio', { name: 'Skriv en egen mening' }));
    const own = screen.getByRole('textbox', { name: 'Din mening om skillnader och likheter' });
    expect((own as HTMLTextAreaElement).value).toMatch(/^Kvinnorna är fler/);
    await user.clear(own);
    await user.type(own, 'Fler kvinnor deltar.');
    expect(onValue.mock.lastCall?.[0][0].sentence).toBe('Fler kvinnor deltar.');
    await user.click(screen.getByRole('radio', { name: 'Använd den automatiska meningen' }));
    expect(onValue.mock.lastCall?.[0][0].sentence).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Skriv en egen mening' }));
    expect(
      screen.getByRole('textbox', { name: 'Din mening om skillnader och likheter' }),
    ).toHaveValue('Fler kvinnor deltar.');
  });

  it('removes a table with an undo that puts it back', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<Harness initial={[far()]} />);
    await user.click(screen.getByRole('button', { name: 'Ta bort tabellen' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Tabellen ”Deltagare FaR nivå 1” togs bort.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ångra borttagningen' }));
    expect(screen.getByRole('textbox', { name: 'Kvinnor, Kungsbacka' })).toHaveValue('40');
  });

  it('adds girls and boys as columns with their composition, and their own gap and ratio from a base', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<Harness initial={[far()]} />);
    expect(screen.getByRole('checkbox', { name: 'Kvinnor' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Flickor' }));
    await user.click(screen.getByRole('checkbox', { name: 'Pojkar' }));
    expect(screen.getByRole('textbox', { name: 'Flickor, Kungsbacka' })).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: 'Könsfördelning: andel flickor' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Kvot flickor/pojkar' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /^Jämför med målgruppen/ }));
    expect(screen.getByRole('columnheader', { name: 'Kvot flickor/pojkar' })).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: 'Skillnad flickor − pojkar (procentenheter)' }),
    ).toBeInTheDocument();
  });
});
