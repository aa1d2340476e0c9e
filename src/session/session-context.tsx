/**
 * How React reaches the session: the app shell mounts `SessionProvider` with
 * the session made at start-up (main.tsx), screens call `useSession()` for
 * the operations and `useSessionState()` for the UI state. Tests mount the
 * provider with a session of their own.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { Session, SessionState } from './session';

/** For class components and the crash screen (null outside the provider). */
export const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session of the app (throws outside SessionProvider: a wiring bug, not a user error). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}

/** The session's UI state; re-renders the caller when it changes. */
export function useSessionState(): SessionState {
  const s = useSession();
  return useSyncExternalStore(s.subscribe, s.getState, s.getState);
}
