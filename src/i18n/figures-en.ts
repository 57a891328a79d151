import { en as paramCount } from './figures/param-count';
import { en as serving } from './figures/serving';
import { en as lora } from './figures/lora';
import { en as threshold } from './figures/threshold';
import { en as quantization } from './figures/quantization';
import { en as temperature } from './figures/temperature';
import { en as models } from './figures/models';
import { en as scale } from './figures/scale';
import { en as transformer } from './figures/transformer';
import { en as attention } from './figures/attention';
import { en as bigram } from './figures/bigram';
import { en as tokenizer } from './figures/tokenizer';
import { en as convolution } from './figures/convolution';
import { en as receptive } from './figures/receptive';
import { en as cosine } from './figures/cosine';
import { en as activation } from './figures/activation';
import { en as loss } from './figures/loss';
import { en as softmax } from './figures/softmax';
import { en as finiteDifferences } from './figures/finite-differences';
import { en as clipping } from './figures/clipping';
import { en as schedule } from './figures/schedule';
import { en as overfitting } from './figures/overfitting';
import { en as mse } from './figures/mse';
import { en as network } from './figures/network';
import { en as optimizer } from './figures/optimizer';

/**
 * Every figure's English strings (src/i18n/figures/<figure>.ts), nested by figure: the shape of the
 * `figures.…` keys (typed through i18next.d.ts) and what tests/i18n/strings.test.ts checks. The app
 * does not import this module: each figure imports the strings module it uses, which adds its
 * strings to the i18next instance (registerFigureStrings, ./index.ts), so a page downloads only the strings of
 * the figures it shows (all of them, both languages, are ~21 KB of gzip: too much for every page).
 */
export const figuresEn = {
  paramCount,
  serving,
  lora,
  threshold,
  quantization,
  temperature,
  models,
  scale,
  transformer,
  attention,
  bigram,
  tokenizer,
  convolution,
  receptive,
  cosine,
  activation,
  loss,
  softmax,
  finiteDifferences,
  clipping,
  schedule,
  overfitting,
  mse,
  network,
  optimizer,
};
