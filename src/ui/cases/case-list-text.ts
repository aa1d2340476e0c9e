/** Small texts of the case list shared by its parts. */
import type { TFunction } from 'i18next';
import type { Line } from './import-flow';

export function displayTitle(t: TFunction, title: string | undefined): string {
  return title?.trim() || (t('cases:list.untitled') as string);
}

/** One report line as text: `label: message`, or the message alone. */
export function lineText(t: TFunction, line: Line): string {
  const text = t(line.key, line.values ?? {}) as string;
  return line.label !== undefined ? `${line.label}: ${text}` : text;
}
