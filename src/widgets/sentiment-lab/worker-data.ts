/**
 * The sentiment worker's data: the IMDB vocabulary (fetched at start, small), the IMDB asset
 * (fetched on the first Train, with progress), the reader's CSV data, and the three splits
 * uploaded to the device once per choice of source, vocabulary size and sequence length.
 */
import type { DeviceDataset } from '../../ml/data/device';
import { decodeImdb, decodeImdbVocabulary, IMDB_MAX_LENGTH, type ImdbAsset } from '../../ml/data/imdb';
import { truncateVocabulary, vocabularyFromWords, type Vocabulary } from '../../ml/data/text';
import { prepareTextDataset, proportionalSizes, type TextDataset, type TextSplits } from '../../ml/data/text-dataset';
import { textToDevice } from '../../ml/data/text-device';
import { fetchCached, type ProgressFn } from '../../lib/fetch-cached';
import type { DataInfo, DataSource, SentimentLabConfig } from './protocol';

/** The splits on the device, and the test labels on the CPU (for the metrics). */
export interface DeviceSplits {
  train: DeviceDataset;
  validation: DeviceDataset;
  test: DeviceDataset;
  testLabels: Uint8Array;
}

interface CustomData {
  name: string;
  /** null for a loaded model whose CSV is not in memory (it can be used, not trained further). */
  texts: string[] | null;
  labels: Uint8Array;
  dataset: TextDataset;
  /** The vocabulary size the dataset was built with. */
  builtFor: number;
}

export class LabData {
  private imdbVocabulary: Vocabulary | undefined;
  private imdbAsset: ImdbAsset | undefined;
  private custom: CustomData | undefined;
  private device: (DeviceSplits & { key: string }) | undefined;

  constructor(
    private readonly urls: { data: string; vocabulary: string },
    private readonly onProgress: ProgressFn,
  ) {}

  get source(): DataSource {
    return this.custom ? { kind: 'csv', name: this.custom.name } : { kind: 'imdb' };
  }

  /** Fetches the IMDB vocabulary (about 80 kB gzipped); the reviews themselves wait for {@link ensureDevice}. */
  async loadVocabulary(): Promise<void> {
    const bytes = await fetchCached(this.urls.vocabulary);
    this.imdbVocabulary = decodeImdbVocabulary(new TextDecoder().decode(bytes)).vocabulary;
  }

  /** The vocabulary a model for `config` uses: a prefix of the IMDB one, or the CSV's own. */
  vocabularyFor(config: SentimentLabConfig): Vocabulary {
    if (this.custom) {
      if (this.custom.texts && this.custom.builtFor !== config.vocabularySize) this.rebuildCustom(config);
      return this.custom.dataset.vocabulary;
    }
    if (!this.imdbVocabulary) throw new Error('The IMDB vocabulary has not been loaded');
    return truncateVocabulary(this.imdbVocabulary, config.vocabularySize);
  }

  /** Switches to the reader's texts: tokenized, split 80/10/10 (stratified) and a vocabulary built from their training split. */
  useCsv(name: string, texts: string[], labels: Uint8Array, config: SentimentLabConfig): void {
    this.dropDevice();
    this.custom = { name, texts, labels, ...this.buildCustom(texts, labels, config) };
  }

  /** Back to the IMDB reviews (the CSV data are forgotten). */
  useImdb(): void {
    this.dropDevice();
    this.custom = undefined;
  }

  /** Adopts a saved model's vocabulary: IMDB's, or that of a CSV no longer in memory. */
  useSaved(source: DataSource, words: string[]): void {
    if (source.kind === 'imdb') return this.useImdb();
    this.dropDevice();
    const empty = { count: 0, labels: new Uint8Array(0), offsets: new Uint32Array(1), ids: new Uint16Array(0) };
    const splits: TextSplits = { train: empty, validation: empty, test: empty };
    this.custom = {
      name: source.name,
      texts: null,
      labels: new Uint8Array(0),
      dataset: { vocabulary: vocabularyFromWords(words), splits, truncate: 'start' },
      builtFor: words.length,
    };
  }

  /** What the page shows about the data. */
  info(): DataInfo {
    const splits = this.custom?.texts ? this.custom.dataset.splits : this.imdbAsset?.splits;
    const counts = splits
      ? { train: splits.train.count, validation: splits.validation.count, test: splits.test.count }
      : null;
    return { source: this.source, counts };
  }

  /**
   * The splits on the device for `config` (downloading the IMDB reviews the first time, and
   * re-uploading when the source, vocabulary size or sequence length changed). Throws when a
   * loaded model's CSV is not in memory.
   */
  async ensureDevice(config: SentimentLabConfig): Promise<DeviceSplits> {
    const vocabularySize = this.vocabularyFor(config).words.length;
    const key = `${this.custom?.name ?? 'imdb'}/${vocabularySize}/${config.sequenceLength}`;
    if (this.device?.key === key) return this.device;
    this.dropDevice();
    const splits = await this.splits();
    const shape = { sequenceLength: config.sequenceLength, vocabularySize };
    this.device = {
      key,
      train: textToDevice(splits.train, shape),
      validation: textToDevice(splits.validation, shape),
      test: textToDevice(splits.test, shape),
      testLabels: splits.test.labels,
    };
    return this.device;
  }

  /**
   * Frees the data a Reset no longer needs: the device copies and the decoded IMDB reviews (about
   * 20 MB; the next Train reads them again from Cache Storage). The reader's CSV texts stay: they
   * cannot be fetched again.
   */
  release(): void {
    this.dropDevice();
    this.imdbAsset = undefined;
  }

  /** Whether the splits are on the device now. */
  get loaded(): boolean {
    return this.device !== undefined;
  }

  /** Frees the device copies (the CPU data stay). */
  dropDevice(): void {
    if (!this.device) return;
    for (const data of [this.device.train, this.device.validation, this.device.test]) data.dispose();
    this.device = undefined;
  }

  private async splits(): Promise<TextSplits> {
    if (this.custom) {
      if (!this.custom.texts) {
        throw new Error(
          `This model was trained on “${this.custom.name}”, which is not loaded: upload it again to train further, ` +
            'or use the IMDB reviews.',
        );
      }
      return this.custom.dataset.splits;
    }
    this.imdbAsset ??= decodeImdb(await fetchCached(this.urls.data, this.onProgress));
    return this.imdbAsset.splits;
  }

  private buildCustom(texts: string[], labels: Uint8Array, config: SentimentLabConfig) {
    const dataset = prepareTextDataset(texts, labels, {
      vocabularySize: config.vocabularySize,
      maxLength: IMDB_MAX_LENGTH,
      sizes: proportionalSizes(texts.length),
      seed: config.seed,
    });
    return { dataset, builtFor: config.vocabularySize };
  }

  private rebuildCustom(config: SentimentLabConfig): void {
    if (!this.custom?.texts) return;
    this.dropDevice();
    Object.assign(this.custom, this.buildCustom(this.custom.texts, this.custom.labels, config));
  }
}
