/**
 * Small building blocks for the plain content pages (about, accessibility, privacy).
 * Lists and runs of paragraphs are stored in locales/<lng>/pages.json as arrays, so a
 * translator sees each page as readable text in one place.
 */
import { useTranslation } from 'react-i18next';

/** A list item with a short bold title and an explanation. */
export interface TitledText {
  title: string;
  text: string;
}

function isTitledText(value: unknown): value is TitledText {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && typeof v.text === 'string';
}

/**
 * The `pages` namespace with two readers for arrays: `list` (strings) and `titled`
 * ({ title, text } items). Anything of another shape is left out rather than shown raw.
 */
export function usePageText() {
  const { t, i18n } = useTranslation('pages');
  const array = (key: string): unknown[] => {
    const value: unknown = t(key, { returnObjects: true });
    return Array.isArray(value) ? value : [];
  };
  const list = (key: string): string[] =>
    array(key).filter((v): v is string => typeof v === 'string');
  const titled = (key: string): TitledText[] => array(key).filter(isTitledText);
  return { t, list, titled, lng: i18n.language };
}

export function Paragraphs({ items }: { items: readonly string[] }) {
  return (
    <>
      {items.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </>
  );
}

export function TextList({
  items,
  ordered = false,
}: {
  items: readonly string[];
  ordered?: boolean;
}) {
  const children = items.map((text, i) => <li key={i}>{text}</li>);
  return ordered ? <ol>{children}</ol> : <ul>{children}</ul>;
}

export function TitledList({
  items,
  ordered = false,
}: {
  items: readonly TitledText[];
  ordered?: boolean;
}) {
  const children = items.map((item, i) => (
    <li key={i}>
      <strong>{item.title}</strong>
      <br />
      {item.text}
    </li>
  ));
  return ordered ? <ol>{children}</ol> : <ul>{children}</ul>;
}
