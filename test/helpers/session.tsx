/**
 * The session of a component test: `newTestSession()` (in beforeEach) throws
 * away the previous one and makes a fresh session over localStorage, and
 * `renderWithI18n` mounts it with SessionProvider as the app shell does.
 */
import { createSession } from '../../src/session/session';
import type { Session, SessionOptions } from '../../src/session/session';

let current: Session | null = null;

export function newTestSession(options: SessionOptions = {}): Session {
  current?.dispose();
  current = createSession({ flushHandlers: false, ...options });
  return current;
}

/** The session the last `newTestSession()` made (null before the first). */
export function testSession(): Session | null {
  return current;
}
