import { useEffect, useMemo, useState } from 'react';
import type { BackendName } from '../../ml/backend';
import { RaceClient, initialRaceView, type RaceView } from './client';
import { raceConfig, type RaceSettings } from './settings';

/** The buttons' actions. */
export interface RaceActions {
  train(): void;
  pause(): void;
  resume(): void;
  stop(): void;
  step(): void;
  reset(): void;
}

/**
 * Runs the race that `settings` describe in a worker: starts it on mount and ends it on
 * unmount (which frees every tensor), restarts the race whenever the settings or the backend
 * change (the speed, `stepsPerFrame`, does not restart it), and returns the latest view with
 * the button actions.
 */
export function useOptimizerRace(
  settings: RaceSettings,
  stepsPerFrame: number,
  backend: BackendName,
): { view: RaceView; actions: RaceActions } {
  const [client] = useState(() => new RaceClient());
  const [view, setView] = useState<RaceView>(initialRaceView);
  const config = useMemo(() => raceConfig(settings), [settings]);

  useEffect(() => {
    const unsubscribe = client.subscribe(setView);
    client.start();
    return () => {
      unsubscribe();
      client.release();
    };
  }, [client]);
  useEffect(() => client.send({ type: 'configure', config, backend }), [client, config, backend]);
  useEffect(() => client.send({ type: 'speed', stepsPerFrame }), [client, stepsPerFrame]);

  const actions = useMemo<RaceActions>(
    () => ({
      train: () => client.send({ type: 'train' }),
      pause: () => client.send({ type: 'pause' }),
      resume: () => client.send({ type: 'resume' }),
      stop: () => client.send({ type: 'stop' }),
      step: () => client.send({ type: 'step' }),
      reset: () => client.send({ type: 'reset' }),
    }),
    [client],
  );
  return { view, actions };
}
