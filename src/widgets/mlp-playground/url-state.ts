/**
 * The whole playground setup in a URL query, so that a shared link opens the same experiment:
 * `?data=spiral&n=500&noise=0.1&train=0.5&dseed=1&layers=8-8-8-8&act=relu&loss=bce&opt=adam&
 * lr=0.01&sched=constant&batch=32&l1=0&l2=0&drop=0&steps=2000&seed=1&backend=auto`. Pure: strings
 * in, a typed setup out. Decoding never throws: a missing key keeps the base value, a bad one
 * keeps it too and is reported. `decodeSetup(encodeSetup(s))` gives back `s` for every valid
 * setup (tests/widgets/mlp-playground.test.ts pins it).
 */
import {
  ACTIVATIONS,
  BACKEND_CHOICES,
  DATA_CHOICES,
  DEFAULT_SETUP,
  LIMITS,
  OPTIMIZERS,
  PLAYGROUND_LOSSES,
  SCHEDULES,
  type PlaygroundSetup,
} from '../../ml/playground/setup';

/** The query key of each field. */
export const URL_KEYS: Record<keyof PlaygroundSetup, string> = {
  data: 'data',
  points: 'n',
  noise: 'noise',
  trainFraction: 'train',
  dataSeed: 'dseed',
  layers: 'layers',
  activation: 'act',
  loss: 'loss',
  optimizer: 'opt',
  learningRate: 'lr',
  schedule: 'sched',
  batchSize: 'batch',
  l1: 'l1',
  l2: 'l2',
  dropout: 'drop',
  steps: 'steps',
  seed: 'seed',
  backend: 'backend',
};

const FIELDS = Object.keys(URL_KEYS) as (keyof PlaygroundSetup)[];

/** Hidden layers as text: "8-8-4", or "none" for a network without hidden layers. */
export function encodeLayers(layers: readonly number[]): string {
  return layers.length === 0 ? 'none' : layers.join('-');
}

/** The query string (without "?") for `setup`, every field written, in a fixed order. */
export function encodeSetup(setup: PlaygroundSetup): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = setup[field];
    params.set(URL_KEYS[field], Array.isArray(value) ? encodeLayers(value) : String(value));
  }
  return params.toString();
}

/** What decoding found. */
export interface DecodedSetup {
  setup: PlaygroundSetup;
  /** One sentence per value that was ignored, naming the key and why. */
  problems: string[];
  /** Whether the query held any playground key at all. */
  present: boolean;
}

/** A parsed value, or why the text was rejected. */
type Parsed<T> = { ok: true; value: T } | { ok: false; why: string };
type Parser<T> = (text: string) => Parsed<T>;

const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
const reject = <T>(why: string): Parsed<T> => ({ ok: false, why });

function oneOf<T extends string>(options: readonly T[]): Parser<T> {
  return (text) =>
    (options as readonly string[]).includes(text) ? accept(text as T) : reject(`must be one of ${options.join(', ')}`);
}

function numberIn([low, high]: readonly [number, number], integer = false): Parser<number> {
  return (text) => {
    const value = text.trim() === '' ? NaN : Number(text);
    if (!Number.isFinite(value)) return reject('is not a number');
    if (integer && !Number.isInteger(value)) return reject('must be a whole number');
    if (value < low || value > high) return reject(`must be between ${low} and ${high}`);
    return accept(value);
  };
}

const parseLayers: Parser<number[]> = (text) => {
  if (text === 'none') return accept([]);
  const parts = text.split('-');
  if (parts.length > LIMITS.maxLayers) return reject(`may have at most ${LIMITS.maxLayers} hidden layers`);
  const units = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
  const [low, high] = LIMITS.units;
  if (units.some((u) => !Number.isInteger(u) || u < low || u > high))
    return reject(`must be "none" or widths ${low}–${high} joined by "-", e.g. 8-8`);
  return accept(units);
};

const PARSERS: { [K in keyof PlaygroundSetup]: Parser<PlaygroundSetup[K]> } = {
  data: oneOf(DATA_CHOICES),
  points: numberIn(LIMITS.points, true),
  noise: numberIn(LIMITS.noise),
  trainFraction: numberIn(LIMITS.trainFraction),
  dataSeed: numberIn(LIMITS.seed, true),
  layers: parseLayers,
  activation: oneOf(ACTIVATIONS),
  loss: oneOf(PLAYGROUND_LOSSES),
  optimizer: oneOf(OPTIMIZERS),
  learningRate: numberIn(LIMITS.learningRate),
  schedule: oneOf(SCHEDULES),
  batchSize: numberIn(LIMITS.batchSize, true),
  l1: numberIn(LIMITS.penalty),
  l2: numberIn(LIMITS.penalty),
  dropout: numberIn(LIMITS.dropout),
  steps: numberIn(LIMITS.steps, true),
  seed: numberIn(LIMITS.seed, true),
  backend: oneOf(BACKEND_CHOICES),
};

/** Parses `text` for `field` and stores it in `setup` when valid; returns why not otherwise. */
function applyField<K extends keyof PlaygroundSetup>(
  setup: PlaygroundSetup,
  field: K,
  text: string,
): string | undefined {
  const parsed = PARSERS[field](text);
  if (!parsed.ok) return parsed.why;
  setup[field] = parsed.value;
  return undefined;
}

/**
 * The setup a query describes, starting from `base` (a preset, or the defaults). Uploaded data
 * cannot travel in a link, so `data=csv` keeps the base's data and says so.
 */
export function decodeSetup(query: string, base: PlaygroundSetup = DEFAULT_SETUP): DecodedSetup {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const setup: PlaygroundSetup = { ...base, layers: [...base.layers] };
  const problems: string[] = [];
  let present = false;
  for (const field of FIELDS) {
    const text = params.get(URL_KEYS[field]);
    if (text === null) continue;
    present = true;
    if (field === 'data' && text === 'csv') {
      problems.push('This link was made with an uploaded CSV, which a link cannot carry: upload the file again.');
      continue;
    }
    const why = applyField(setup, field, text);
    if (why) problems.push(`“${URL_KEYS[field]}=${text}” was ignored: it ${why}.`);
  }
  return { setup, problems, present };
}
