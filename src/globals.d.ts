/** Set by vite.config.ts (build, dev and Vitest): a fingerprint of src/checklist's source. */
declare const __RULES_HASH__: string;
