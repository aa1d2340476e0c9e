/** The URL of a journey target the domain names (src/checklist/journey.ts). */
import { paths } from '../../routing/router';
import type { JourneyTarget } from '../../checklist/journey';

export function journeyHref(caseId: string, target: JourneyTarget): string {
  switch (target.kind) {
    case 'page':
      return paths.page(
        caseId,
        target.pageId,
        target.returnTo ? { kind: 'check', sectionId: target.returnTo.sectionId } : null,
      );
    case 'check':
      return paths.check(caseId, target.sectionId);
    case 'tasks':
      return paths.tasks(caseId);
  }
}
