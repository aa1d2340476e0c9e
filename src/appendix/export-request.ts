/** What the export worker is asked, turned into the writer's options (shared by the worker and its fallback). */
import type { RenderOptions } from './docx/document';
import type { ExportRequest } from './export-off-thread';

/** The writer's options from a request (a Date and the template, when given). */
export function renderOptions(req: ExportRequest): RenderOptions {
  return {
    ...(req.now === undefined ? {} : { now: new Date(req.now) }),
    ...(req.template ? { template: req.template } : {}),
  };
}
