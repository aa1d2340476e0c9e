/**
 * React access to the organisation's settings: the deployed config.json, the user's local
 * overrides, and what the rules need (`ruleContext`). Components read it with `useOrgConfig()`.
 *
 * The app shell can load config.json before the first render and pass it as `initial`
 * (no flash of defaults); without it the provider loads it itself and exposes `status`.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import type { RuleContext } from '../checklist/types';
import { defaultConfig, mergeOverrides, ruleContextFrom } from './config-schema';
import type { ConfigProblem, LocalOverrides, OrgConfig } from './config-schema';
import { defaultsLoaded, loadConfig } from './load-config';
import type { LoadedConfig } from './load-config';
import { OVERRIDES_KEY, readOverrides, writeOverrides } from '../storage/override-storage';

export interface OrgConfigValue {
  status: 'loading' | 'ready';
  /** As deployed by the administrator (config.json, or defaults). */
  deployed: OrgConfig;
  /** In force on this computer: deployed plus local overrides (when allowed). */
  effective: OrgConfig;
  /** Whether a config.json was found (even an invalid one); false means built-in defaults. */
  found: boolean;
  /** Problems in config.json, for the administrator message. */
  problems: readonly ConfigProblem[];
  ruleContext: RuleContext;
  localOverrides: LocalOverrides | null;
  /** False when browser storage is unavailable and overrides last for this session only. */
  overridesPersisted: boolean;
  /** Replace the local overrides (null: back to the deployed settings). */
  setLocalOverrides: (overrides: LocalOverrides | null) => void;
}

function valueFrom(
  status: OrgConfigValue['status'],
  loaded: LoadedConfig,
  local: LocalOverrides | null,
  persisted: boolean,
  set: OrgConfigValue['setLocalOverrides'],
): OrgConfigValue {
  const effective = mergeOverrides(loaded.config, local);
  return {
    status,
    deployed: loaded.config,
    effective,
    found: loaded.found,
    problems: loaded.problems,
    ruleContext: ruleContextFrom(effective),
    localOverrides: local,
    overridesPersisted: persisted,
    setLocalOverrides: set,
  };
}

// Outside a provider (e.g. an isolated component test) the defaults apply and nothing is saved.
const OrgConfigContext = createContext<OrgConfigValue>(
  valueFrom('ready', { config: defaultConfig(), problems: [], found: false }, null, true, () => {}),
);

export interface ConfigProviderProps {
  children: ReactNode;
  /** Already loaded config (the shell awaited `loadConfig()`); skips loading. */
  initial?: LoadedConfig;
  /** How to load when `initial` is absent; defaults to fetching ./config.json. */
  load?: () => Promise<LoadedConfig>;
}

export function ConfigProvider({ children, initial, load }: ConfigProviderProps) {
  const [loaded, setLoaded] = useState<LoadedConfig>(() => initial ?? defaultsLoaded());
  const [status, setStatus] = useState<OrgConfigValue['status']>(initial ? 'ready' : 'loading');
  const [local, setLocal] = useState<LocalOverrides | null>(() => readOverrides());
  const [persisted, setPersisted] = useState(true);

  // Load once on mount; later changes of `load` (e.g. an inline function) do not reload.
  const loadOnce = useRef(initial ? null : (load ?? (() => loadConfig())));
  useEffect(() => {
    const run = loadOnce.current;
    if (!run) return;
    let live = true;
    void run().then((result) => {
      if (!live) return;
      setLoaded(result);
      setStatus('ready');
    });
    return () => {
      live = false;
    };
  }, []);

  // Another tab saved or reset its overrides: follow it.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === OVERRIDES_KEY || e.key === null) setLocal(readOverrides());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const setLocalOverrides = useCallback((overrides: LocalOverrides | null) => {
    setPersisted(writeOverrides(overrides));
    setLocal(overrides);
  }, []);

  const value = useMemo(
    () => valueFrom(status, loaded, local, persisted, setLocalOverrides),
    [status, loaded, local, persisted, setLocalOverrides],
  );
  return <OrgConfigContext.Provider value={value}>{children}</OrgConfigContext.Provider>;
}

export function useOrgConfig(): OrgConfigValue {
  return useContext(OrgConfigContext);
}
