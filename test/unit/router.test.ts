import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from '../../src/routing/router';

describe('the hash router', () => {
  it('reads a malformed percent escape as typed instead of throwing', () => {
    expect(parseRoute('#/case/%ZZ')).toEqual({ name: 'tasks', caseId: '%ZZ' });
    expect(parseRoute('#/case/abc/page/%E2%82')).toMatchObject({ name: 'page', pageId: '%E2%82' });
  });

  it('builds a link to a case whose id holds a lone surrogate without throwing', () => {
    expect(() => paths.tasks('a\uD800b')).not.toThrow();
    expect(paths.tasks('a\uD800b')).toBe('#/case/a%EF%BF%BDb');
    expect(paths.page('x\uDC00', 'p')).toBe('#/case/x%EF%BF%BD/page/p');
  });

  it('still round-trips ordinary ids and page ids', () => {
    const href = paths.page('Ärende 1', 'b1-affects', { kind: 'check', sectionId: 'b' });
    expect(parseRoute(href)).toEqual({
      name: 'page',
      caseId: 'Ärende 1',
      pageId: 'b1-affects',
      returnTo: { kind: 'check', sectionId: 'b' },
    });
  });

  it('the follow-up screen lives at #/uppfoljning, both ways', () => {
    expect(paths.followup()).toBe('#/uppfoljning');
    expect(parseRoute(paths.followup())).toEqual({ name: 'followup' });
    expect(parseRoute('#/followup')).toEqual({ name: 'not-found', path: '/followup' });
  });
});
