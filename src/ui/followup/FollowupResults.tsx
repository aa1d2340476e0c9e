/**
 * The follow-up's result (issue 14): per committee and year the tables of the SKR steps, child
 * rights and minorities, the Sami duty and the decisions. Every count above zero is a button
 * that opens the list of ärenden behind it (title, Dnr, date, file). After the steps and parts
 * tables and after the decisions table comes their chart, drawn from the same rows
 * (src/format/followup/chart.ts). The counting is done by src/format/followup; this component
 * only renders it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionParts } from '../../checklist/decision';
import type { Counted, FollowupGroup } from '../../format/followup/aggregate';
import { decisionRows, decisionsChart, partRows, partsChart } from '../../format/followup/chart';
import type { ShareRow } from '../../format/followup/chart';
import type { FollowupTranslate } from '../../format/followup/measures';
import { TableScroll } from '../common/TableScroll';
import { FollowupChart, useNarrowCharts } from './FollowupChart';

export interface RejectedRow {
  file: string;
  reason: string;
}

interface Shown {
  group: string;
  label: string;
  cases: Counted;
}

export function groupLabel(g: FollowupGroup, t: (k: string) => string): string {
  return `${g.committee || t('followup:report.noCommittee')} ${g.year ?? t('followup:report.noYear')}`;
}

function CountButton({
  cases,
  label,
  group,
  onShow,
}: {
  cases: Counted;
  label: string;
  group: string;
  onShow: (s: Shown) => void;
}) {
  const { t } = useTranslation('followup');
  if (cases.length === 0) return <>0</>;
  return (
    <button
      type="button"
      className="link-button followup-count"
      aria-label={t('screen.show', { count: cases.length, label: `${label}, ${group}` })}
      onClick={() => onShow({ group, label, cases })}
    >
      {cases.length}
    </button>
  );
}

function Table({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { head: string; cells: ReactNode[] }[];
}) {
  const id = useId();
  return (
    <TableScroll labelledBy={id}>
      <table className="table followup-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.head}>
              <th scope="row">{r.head}</th>
              {r.cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function GroupSection({ g, onShow }: { g: FollowupGroup; onShow: (s: Shown) => void }) {
  const { t } = useTranslation('followup');
  const name = groupLabel(g, t);
  const headingId = useId();
  const count = (cases: Counted, label: string) => (
    <CountButton cases={cases} label={label} group={name} onShow={onShow} />
  );
  const met = t('report.colMet');
  const notMet = t('report.colNotMet');
  const na = t('report.colNotApplicable');
  const tr = t as unknown as FollowupTranslate;
  // The rows of the tables and of their charts: one list, so they cannot disagree.
  const parts = partRows(g, tr);
  const decisions = decisionRows(g, tr);
  const layout = { narrow: useNarrowCharts() };
  const stackedCells = (r: ShareRow) => ({
    head: r.label,
    cells: r.segments.map((s) => count(s.cases, s.label)),
  });
  return (
    <section className="followup-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p>
        {t('screen.cases')}: {count(g.cases, t('screen.cases'))}
      </p>
      <Table
        caption={t('screen.stepsCaption', { group: name })}
        columns={[t('screen.colQuestion'), met, notMet, na]}
        rows={parts.filter((r) => r.id.startsWith('step')).map(stackedCells)}
      />
      <Table
        caption={t('screen.partsCaption', { group: name })}
        columns={[t('screen.colQuestion'), met, notMet, na]}
        rows={parts.filter((r) => r.id === 'child' || r.id === 'minorities').map(stackedCells)}
      />
      <Table
        caption={t('screen.samiCaption', { group: name })}
        columns={[
          t('screen.colQuestion'),
          t('screen.samiTriggered'),
          t('screen.samiMet'),
          t('screen.samiNotMet'),
        ]}
        rows={[
          {
            head: t('report.samiTriggered'),
            cells: [
              count(g.sami.triggered, t('csv.samiTriggered')),
              count(g.sami.met, t('csv.samiMet')),
              count(g.sami.notMet, t('csv.samiNotMet')),
            ],
          },
        ]}
      />
      {/* After the Sami table too: the chart has the Sami duty's row. */}
      <FollowupChart chart={partsChart(g, tr, parts, layout)} />
      <Table
        caption={t('screen.decisionsCaption', { group: name })}
        columns={[t('report.colOutcome'), t('screen.colCount')]}
        rows={[
          ...decisions.map((r) => ({
            head: r.label,
            cells: r.segments.map((s) => count(s.cases, s.label)),
          })),
          ...g.aterremiss.steps.map((s) => ({
            head: t('csv.aterremissStep', { n: s.n }),
            cells: [count(s.cases, t('csv.aterremissStep', { n: s.n }))],
          })),
          ...decisionParts.map((p) => {
            const label = t('csv.aterremissPart', { part: t(`decision.parts.${p}`) });
            return { head: label, cells: [count(g.aterremiss.parts[p], label)] };
          }),
        ]}
      />
      <FollowupChart chart={decisionsChart(g, tr, decisions, layout)} />
      {g.differs.length > 0 && (
        <p>
          {t('screen.differsList')}:{' '}
          {count(
            g.differs.map((d) => d.ref),
            t('screen.differsList'),
          )}
        </p>
      )}
    </section>
  );
}

function CaseList({ shown, onClose }: { shown: Shown; onClose: () => void }) {
  const { t } = useTranslation('followup');
  const ref = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => ref.current?.focus(), [shown]);
  return (
    <section className="followup-list" aria-labelledby={id}>
      <h3 id={id} ref={ref} tabIndex={-1}>
        {t('screen.listHeading', {
          label: shown.label,
          group: shown.group,
          count: shown.cases.length,
        })}
      </h3>
      <TableScroll labelledBy={id}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('report.colTitle')}</th>
              <th scope="col">{t('report.colDnr')}</th>
              <th scope="col">{t('report.colDate')}</th>
              <th scope="col">{t('report.colFile')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.cases.map((c) => (
              <tr key={`${c.caseId}|${c.file}`}>
                <td>{c.title}</td>
                <td>{c.dnr}</td>
                <td>{c.date}</td>
                <td className="followup-file">{c.file}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('screen.close')}
      </button>
    </section>
  );
}

export function FollowupResults({
  groups,
  rejected,
  withStored = false,
}: {
  groups: readonly FollowupGroup[];
  rejected: readonly RejectedRow[];
  /** The cases stored in this browser are counted too: the list names files and stored cases. */
  withStored?: boolean;
}) {
  const { t } = useTranslation('followup');
  const [shown, setShown] = useState<Shown | null>(null);
  const lastButton = useRef<HTMLElement | null>(null);
  const rejectedId = useId();
  // A new count (a filter changed) closes the list: its numbers may no longer hold.
  useEffect(() => setShown(null), [groups]);
  const onShow = (s: Shown) => {
    lastButton.current = document.activeElement as HTMLElement | null;
    setShown(s);
  };
  const onClose = () => {
    setShown(null);
    lastButton.current?.focus();
  };
  return (
    <>
      {groups.length === 0 && <p>{t('screen.nothing')}</p>}
      {groups.map((g) => (
        <GroupSection key={`${g.committee}|${g.year ?? ''}`} g={g} onShow={onShow} />
      ))}
      {shown && <CaseList shown={shown} onClose={onClose} />}
      {rejected.length > 0 && (
        <section aria-labelledby={rejectedId}>
          <h3 id={rejectedId}>
            {t(withStored ? 'stored.rejectedHeading' : 'screen.rejectedHeading', {
              count: rejected.length,
            })}
          </h3>
          <TableScroll labelledBy={rejectedId}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t(withStored ? 'stored.colSource' : 'report.colFile')}</th>
                  <th scope="col">{t('report.colReason')}</th>
                </tr>
              </thead>
              <tbody>
                {rejected.map((r, i) => (
                  <tr key={i}>
                    <td className="followup-file">{r.file}</td>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </>
  );
}
