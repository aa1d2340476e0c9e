import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
  // Node-environment test files have no localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
