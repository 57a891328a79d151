import * as tf from '@tensorflow/tfjs';
import { VALLEY_A, VALLEY_B, type SurfaceId } from './surfaces';

/**
 * The race's surfaces on TF.js scalars: the graphs the optimizers differentiate (the plain
 * float64 versions, with hand-derived gradients, are in ./surfaces.ts). Each call makes
 * tensors: call inside `tf.tidy` or `optimizer.minimize`.
 */
export type SurfaceTensorFn = (x: tf.Scalar, y: tf.Scalar) => tf.Scalar;

const { add, sub, mul, square } = tf;

export const SURFACE_TENSORS: Readonly<Record<SurfaceId, SurfaceTensorFn>> = {
  // ½(a x² + b y²)
  valley: (x, y) => mul(0.5, add(mul(VALLEY_A, square(x)), mul(VALLEY_B, square(y)))) as tf.Scalar,
  // (1 − x)² + 100(y − x²)²
  rosenbrock: (x, y) => add(square(sub(1, x)), mul(100, square(sub(y, square(x))))) as tf.Scalar,
  // x² − y²
  saddle: (x, y) => sub(square(x), square(y)) as tf.Scalar,
  // (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²
  beale: (x, y) => {
    const xy = mul(x, y);
    const xy2 = mul(xy, y);
    const xy3 = mul(xy2, y);
    return add(
      add(square(add(sub(1.5, x), xy)), square(add(sub(2.25, x), xy2))),
      square(add(sub(2.625, x), xy3)),
    ) as tf.Scalar;
  },
};
