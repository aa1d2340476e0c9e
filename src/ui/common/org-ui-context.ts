/**
 * Organisation settings the UI offers as conveniences (not rules): e.g. the
 * configured committees suggested for "nämnd/styrelse". Provided by the app shell
 * from the organisation config; empty by default so every field still works.
 */
import { createContext, useContext } from 'react';

export interface OrgUi {
  committees: string[];
}

export const OrgUiContext = createContext<OrgUi>({ committees: [] });

export function useOrgUi(): OrgUi {
  return useContext(OrgUiContext);
}
