import type { figuresEn } from './figures-en';
import { zh as paramCount } from './figures/param-count';
import { zh as serving } from './figures/serving';
import { zh as lora } from './figures/lora';
import { zh as threshold } from './figures/threshold';
import { zh as quantization } from './figures/quantization';
import { zh as temperature } from './figures/temperature';
import { zh as models } from './figures/models';
import { zh as scale } from './figures/scale';
import { zh as transformer } from './figures/transformer';
import { zh as attention } from './figures/attention';
import { zh as bigram } from './figures/bigram';
import { zh as tokenizer } from './figures/tokenizer';
import { zh as convolution } from './figures/convolution';
import { zh as receptive } from './figures/receptive';
import { zh as cosine } from './figures/cosine';
import { zh as activation } from './figures/activation';
import { zh as loss } from './figures/loss';
import { zh as softmax } from './figures/softmax';
import { zh as finiteDifferences } from './figures/finite-differences';
import { zh as clipping } from './figures/clipping';
import { zh as schedule } from './figures/schedule';
import { zh as overfitting } from './figures/overfitting';
import { zh as mse } from './figures/mse';
import { zh as network } from './figures/network';
import { zh as optimizer } from './figures/optimizer';

/** Every figure's Chinese strings (src/i18n/figures/<figure>.ts): the same keys as figures-en.ts. */
export const figuresZh: typeof figuresEn = {
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
