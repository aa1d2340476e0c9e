/**
 * Tillgänglighetsredogörelse (accessibility statement) in the structure Swedish public-sector
 * services publish under lag (2018:1937) and DIGG's guidance. The app sends nothing, so
 * problems are reported to the organisation that provides it (named by configuration).
 */
import { useDocumentTitle } from '../../routing/use-document-title';
import { Paragraphs, TextList, TitledList, usePageText } from './page-text';
import { Notice } from '../common/Notice';

/** When the statement was last assessed; update it together with the known gaps below. */
export const ACCESSIBILITY_ASSESSED_ON = '2026-11-22';

/** A long date in the reader's language ("22 november 2026", "22 November 2026"). */
function formatDate(isoDate: string, lng: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const locale = lng === 'en' ? 'en-GB' : 'sv-SE';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, d)),
    );
  } catch {
    return isoDate;
  }
}

export interface AccessibilityPageProps {
  /** The organisation that provides the app (from configuration); reports go to it. */
  organisationName?: string;
}

export function AccessibilityPage({ organisationName }: AccessibilityPageProps) {
  const { t, list, titled, lng } = usePageText();
  const title = t('accessibility.title');
  useDocumentTitle(title);

  const organisation = organisationName?.trim() ?? '';
  const withOrg = organisation !== '';
  const date = formatDate(ACCESSIBILITY_ASSESSED_ON, lng);

  return (
    <article>
      <h1>{title}</h1>
      <p>
        {withOrg
          ? t('accessibility.introWithOrganisation', { organisation })
          : t('accessibility.introWithoutOrganisation')}
      </p>
      <p>{t('accessibility.scope')}</p>

      <section>
        <h2>{t('accessibility.howAccessible.heading')}</h2>
        <p>{t('accessibility.howAccessible.body')}</p>
      </section>

      <section>
        <h2>{t('accessibility.ifYouCannot.heading')}</h2>
        <p>
          {withOrg
            ? t('accessibility.ifYouCannot.bodyWithOrganisation', { organisation })
            : t('accessibility.ifYouCannot.bodyWithoutOrganisation')}
        </p>
      </section>

      <section>
        <h2>{t('accessibility.report.heading')}</h2>
        <p>{t('accessibility.report.body')}</p>
        <Notice>
          <p>{t('accessibility.report.appSendsNothing')}</p>
          <p>
            {withOrg
              ? t('accessibility.report.contactWithOrganisation', { organisation })
              : t('accessibility.report.contactWithoutOrganisation')}
          </p>
        </Notice>
      </section>

      <section>
        <h2>{t('accessibility.supervision.heading')}</h2>
        <p>{t('accessibility.supervision.body')}</p>
      </section>

      <section>
        <h2>{t('accessibility.technical.heading')}</h2>
        <p>
          <strong>{t('accessibility.technical.status')}</strong>
        </p>
        <p>{t('accessibility.technical.standard')}</p>
      </section>

      <section>
        <h2>{t('accessibility.gaps.heading')}</h2>
        <h3>{t('accessibility.gaps.nonComplianceHeading')}</h3>
        <p>{t('accessibility.gaps.intro')}</p>
        <TitledList items={titled('accessibility.gaps.items')} />
        <h3>{t('accessibility.gaps.outOfScopeHeading')}</h3>
        <p>{t('accessibility.gaps.outOfScope')}</p>
      </section>

      <section>
        <h2>{t('accessibility.method.heading')}</h2>
        <p>{t('accessibility.method.intro')}</p>
        <TextList items={list('accessibility.method.items')} />
        <Paragraphs
          items={[t('accessibility.method.limitations'), t('accessibility.method.date', { date })]}
        />
      </section>
    </article>
  );
}
