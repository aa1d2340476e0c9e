/**
 * The organisation context the rules need (administrative-area languages, own
 * goals), provided once at the top of the tree from the organisation config.
 */
import { createContext, useContext } from 'react';
import { emptyContext } from '../checklist/types';
import type { RuleContext } from '../checklist/types';

export const RuleContextContext = createContext<RuleContext>(emptyContext);

export function useRuleContext(): RuleContext {
  return useContext(RuleContextContext);
}
