/**
 * The appendix as semantic HTML, rendered from the same AppendixModel as the Word file
 * (src/appendix/model.ts), so the preview and the .docx never disagree on content.
 * Word's Title / Heading 1 / Heading 2 map to h2 / h3 / h4 here (the page has its own h1).
 * All wording and every figure come from the model (already in the export language),
 * the statistics charts too: the preview draws the chart geometry the model carries.
 */
import { useId } from 'react';
import type { ReactNode } from 'react';
import type {
  AnswerContent,
  AppendixModel,
  Block,
  ChartBlock,
  TableBlock,
} from '../../appendix/model';
import { TableScroll } from '../common/TableScroll';
import { StatChartSvg } from '../common/StatChart';
import { Notice } from '../common/Notice';

export interface AppendixViewProps {
  model: AppendixModel;
  /** Accessible name of the preview region. */
  label: string;
  /** True while the preview lags behind the latest keystroke (useDeferredValue). */
  stale?: boolean;
}

const domId = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');

function Text({ text }: { text: string }) {
  // pre-wrap keeps the officer's line breaks and tabs, as the Word writer does.
  return <p className="preview-text">{text}</p>;
}

function TableView({ table, labelledBy }: { table: TableBlock; labelledBy?: string }) {
  const captionId = useId();
  return (
    <>
      <TableScroll labelledBy={labelledBy ?? (table.caption ? captionId : undefined)}>
        <table className="table preview-table" aria-labelledby={labelledBy}>
          {table.caption && (
            <caption className="preview-caption" id={captionId}>
              {table.caption}
            </caption>
          )}
          <thead>
            <tr>
              {table.head.map((h, i) => (
                <th
                  scope="col"
                  key={i}
                  className={table.numeric?.[i] ? 'preview-figure' : undefined}
                >
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th scope="row" key={i}>
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={table.numeric?.[i] ? 'preview-figure' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {table.notes.map((n, i) => (
        <p className="preview-note" key={i}>
          {n}
        </p>
      ))}
    </>
  );
}

/** A statistics table's chart as the model has it: the SVG geometry and its words. */
function ChartView({ chart, idPrefix }: { chart: ChartBlock; idPrefix: string }) {
  return (
    <div className="preview-chart">
      <StatChartSvg
        chart={chart.svg.geometry}
        texts={{
          title: chart.title,
          description: chart.altText,
          legend: chart.svg.legend,
          axisLabel: chart.svg.axisLabel,
          breakdown: chart.svg.breakdown,
        }}
        idPrefix={idPrefix}
      />
    </div>
  );
}

function Answer(props: { answer: AnswerContent; questionId: string }) {
  const { answer, questionId } = props;
  switch (answer.kind) {
    case 'text':
      return <Text text={answer.text} />;
    case 'list':
      return (
        <ul className="preview-list">
          {answer.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'unanswered':
      return <p className="preview-unanswered">{answer.text}</p>;
    case 'tables':
      return (
        <>
          {answer.tables.map((table, i) => (
            <div className="preview-table-block" key={`${table.id}-${i}`}>
              <TableView table={table} />
              {table.chart && (
                <ChartView chart={table.chart} idPrefix={domId(`preview-${questionId}-${i}`)} />
              )}
              {table.chartOmitted && <p className="preview-note">{table.chartOmitted}</p>}
            </div>
          ))}
        </>
      );
  }
}

type Run = { kind: 'qa'; items: Extract<Block, { kind: 'qa' }>[] } | Exclude<Block, { kind: 'qa' }>;

/** Consecutive question/answer blocks form one description list. */
function runs(blocks: Block[]): Run[] {
  const out: Run[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (b.kind === 'qa') {
      if (last?.kind === 'qa') last.items.push(b);
      else out.push({ kind: 'qa', items: [b] });
    } else {
      out.push(b);
    }
  }
  return out;
}

function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {runs(blocks).map((run, i): ReactNode => {
        switch (run.kind) {
          case 'qa':
            return (
              <dl className="preview-qa" key={i}>
                {run.items.map((qa) => (
                  <div
                    className={qa.inline ? 'preview-item preview-item--inline' : 'preview-item'}
                    key={qa.questionId}
                  >
                    <dt className="preview-item-heading">{qa.heading}</dt>
                    <dd className="preview-answer">
                      <Answer answer={qa.answer} questionId={qa.questionId} />
                    </dd>
                  </div>
                ))}
              </dl>
            );
          case 'paragraph':
            if (run.tone === 'warning') {
              return (
                <Notice variant="warning" className="preview-warning" key={i}>
                  <p>
                    <strong>{run.text}</strong>
                  </p>
                </Notice>
              );
            }
            return (
              <p className={run.tone === 'status' ? 'preview-status' : undefined} key={i}>
                {run.tone === 'status' ? <strong>{run.text}</strong> : run.text}
              </p>
            );
          case 'table':
            return <TableView table={run.table} key={i} />;
        }
      })}
    </>
  );
}

export function AppendixView({ model, label, stale = false }: AppendixViewProps) {
  const verdictId = 'appendix-verdict';
  return (
    <article
      className="appendix-preview"
      lang={model.langTag}
      aria-label={label}
      aria-busy={stale || undefined}
    >
      {/* The page header of the Word file: Dnr on the left, the appendix label on the right. */}
      <header className="preview-page-header">
        <span>{model.pageHeader.dnr}</span>
        <span className="preview-label">{model.label}</span>
      </header>
      <h2 className="preview-title">{model.title}</h2>
      <p className="preview-case-title">
        <strong>{model.caseTitle}</strong>
      </p>
      <p className="preview-subtitle">
        <em>{model.subtitle}</em>
      </p>

      <TableScroll labelledBy="appendix-header-caption">
        <table className="table preview-table preview-fields">
          <caption className="preview-caption" id="appendix-header-caption">
            {model.header.caption}
          </caption>
          <tbody>
            {model.header.fields.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.label}</th>
                <td>{f.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h3 id={verdictId}>{model.verdict.heading}</h3>
      {model.verdict.sentences.map((s, i) => (
        <p className="preview-status" key={i}>
          <strong>{s}</strong>
        </p>
      ))}
      {model.verdict.samiWarning && (
        <Notice variant="warning" className="preview-warning">
          <p>
            <strong>{model.verdict.samiWarning}</strong>
          </p>
        </Notice>
      )}
      <TableScroll labelledBy={verdictId}>
        <table className="table preview-table preview-verdict" aria-labelledby={verdictId}>
          <thead>
            <tr>
              {model.verdict.head.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.verdict.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                <td>
                  <span className={`preview-status-word preview-status-word--${r.status}`}>
                    {r.statusText}
                  </span>
                </td>
                <td>{r.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h3>{model.conclusion.heading}</h3>
      <Answer answer={model.conclusion.answer} questionId="s.conclusion" />

      {model.parts.map((part) => {
        const headingId = `appendix-part-${part.id}`;
        return (
          <section
            className={
              model.bodyOnNewPage && part.id === 'A'
                ? 'preview-part print-break-before'
                : 'preview-part'
            }
            aria-labelledby={headingId}
            key={part.id}
          >
            <h3 id={headingId}>{part.heading}</h3>
            {part.subsections.map((sub) => (
              <div className="preview-subsection" key={sub.id}>
                {sub.heading && <h4>{sub.heading}</h4>}
                <Blocks blocks={sub.blocks} />
              </div>
            ))}
          </section>
        );
      })}

      {model.footer.orgText && (
        <footer className="preview-footer">
          <p className="preview-text">{model.footer.orgText}</p>
        </footer>
      )}
    </article>
  );
}
