/**
 * "Om metoden": the method behind the checklist in plain words, the laws by name and
 * number, the six national sub-goals and where to read more. Sources are plain text,
 * never links: the app loads nothing from another origin.
 */
import { useDocumentTitle } from '../../routing/use-document-title';
import { Paragraphs, TextList, TitledList, usePageText } from './page-text';

/** Order of the "read more" sources; their texts live under about.readMore.sources.<id>. */
const READ_MORE_SOURCES = [
  'skr',
  'barnombudsmannen',
  'minoritet',
  'sametinget',
  'jamstalldhetsmyndigheten',
] as const;

export function AboutPage() {
  const { t, list, titled } = usePageText();
  const title = t('about.title');
  useDocumentTitle(title);

  return (
    <article>
      <h1>{title}</h1>
      <Paragraphs items={list('about.intro')} />

      <section>
        <h2>{t('about.gender.heading')}</h2>
        <Paragraphs items={list('about.gender.body')} />

        <h3>{t('about.gender.stepsHeading')}</h3>
        <p>{t('about.gender.stepsIntro')}</p>
        <TextList items={list('about.gender.steps')} ordered />

        <h3>{t('about.gender.politiciansHeading')}</h3>
        <p>{t('about.gender.politiciansIntro')}</p>
        <TextList items={list('about.gender.politiciansQuestions')} ordered />
        <p>{t('about.gender.politiciansOutcome')}</p>

        <h3>{t('about.gender.goalsHeading')}</h3>
        <p>{t('about.gender.goalsIntro')}</p>
        <TitledList items={titled('about.gender.goals')} ordered />
      </section>

      <section>
        <h2>{t('about.child.heading')}</h2>
        <Paragraphs items={list('about.child.body')} />
        <h3>{t('about.child.methodHeading')}</h3>
        <p>{t('about.child.methodIntro')}</p>
        <TextList items={list('about.child.method')} />
      </section>

      <section>
        <h2>{t('about.minorities.heading')}</h2>
        <Paragraphs items={list('about.minorities.body')} />
        <TextList items={list('about.minorities.basicProtection')} />
        <p>{t('about.minorities.administrativeAreas')}</p>
        <h3>{t('about.minorities.samiHeading')}</h3>
        <Paragraphs items={list('about.minorities.sami')} />
      </section>

      <section>
        <h2>{t('about.discrimination.heading')}</h2>
        <p>{t('about.discrimination.intro')}</p>
        <TextList items={list('about.discrimination.grounds')} />
        <p>{t('about.discrimination.body')}</p>
      </section>

      <section>
        <h2>{t('about.laws.heading')}</h2>
        <TextList items={list('about.laws.items')} />
      </section>

      <section>
        <h2>{t('about.readMore.heading')}</h2>
        <p>{t('about.readMore.intro')}</p>
        <ul>
          {READ_MORE_SOURCES.map((id) => (
            <li key={id}>
              <strong>{t(`about.readMore.sources.${id}.name`)}</strong>
              <br />
              {t('about.readMore.entry', {
                address: t(`about.readMore.sources.${id}.address`),
                topic: t(`about.readMore.sources.${id}.topic`),
              })}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
