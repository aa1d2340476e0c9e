/**
 * `appendix.template` in config.json: the organisation's Word template, a path relative to the
 * app's folder (e.g. "templates/bilaga.dotx"). Only a plain relative path to a .dotx or .docx is
 * accepted: no scheme, no leading slash, no "..", so the template always comes from the same
 * place as the app itself and nothing is fetched from elsewhere.
 */
import * as z from 'zod/mini';

export const TEMPLATE_PATH_MAX = 200;

const TEMPLATE_PATH = /^(?![./\\])(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9_\-./]+\.(?:dotx|docx)$/i;

export const templatePathSchema = z.string().check(
  z.overwrite((s) => s.trim()),
  z.maxLength(TEMPLATE_PATH_MAX),
  z.regex(TEMPLATE_PATH, { error: 'settings:problems.invalidTemplatePath' }),
);

/** `appendix` with the given template (or none), whatever `appendix` itself said. */
export function withTemplateOf<A extends { labelFormat: string }>(
  template: string | undefined,
  appendix: A,
): A & { template?: string } {
  const out: A & { template?: string } = { ...appendix };
  delete out.template;
  if (template) out.template = template;
  return out;
}
