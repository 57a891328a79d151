/**
 * The 2-D loss surfaces of the optimizer race as plain float64 functions: value and analytic
 * gradient, for drawing, hand checks and the step explanations. No TF.js here (the page draws
 * with these); the same functions on tensors, which the optimizers differentiate, are in
 * ./surface-tensors.ts. Tests check the two against each other and the gradients against
 * finite differences.
 */

export type SurfaceId = 'valley' | 'rosenbrock' | 'saddle' | 'beale';
export const SURFACE_IDS: readonly SurfaceId[] = ['valley', 'rosenbrock', 'saddle', 'beale'];

/** A point (x, y) in the plane. */
export type Point = readonly [number, number];

export interface Surface {
  id: SurfaceId;
  /** Short name for a menu. */
  label: string;
  /** The formula as plain text (Unicode), for captions and screen readers. */
  formula: string;
  /** f(x, y) in float64. */
  value(x: number, y: number): number;
  /** (∂f/∂x, ∂f/∂y) in float64, derived by hand. */
  gradient(x: number, y: number): Point;
  /** Where every racer starts. */
  start: Point;
  /** The plotted region: [xMin, xMax] and [yMin, yMax]. */
  domain: { x: Point; y: Point };
  /** The global minimum, or null where f is unbounded below (the saddle). */
  minimum: Point | null;
  /** A shared learning rate at which every racer makes visible progress. */
  learningRate: number;
  /** Steps after which the race ends. */
  maxSteps: number;
  /** Steps per animation frame that make the race watchable. */
  stepsPerFrame: number;
  /** How the heat map maps f to shade: log of (f − min + 1) for surfaces with huge ranges. */
  shading: 'log' | 'linear';
  /** One or two sentences on what the surface shows. */
  lesson: string;
}

/** Curvatures of the valley: f = ½(a x² + b y²); b/a = 25 is the condition number. */
export const VALLEY_A = 1;
export const VALLEY_B = 25;

/** An elongated quadratic bowl: one learning rate for a flat and a steep direction. */
const valley: Surface = {
  id: 'valley',
  label: 'Elongated valley',
  formula: `f(x, y) = ½(${VALLEY_A === 1 ? '' : VALLEY_A}x² + ${VALLEY_B}y²)`,
  value: (x, y) => 0.5 * (VALLEY_A * x * x + VALLEY_B * y * y),
  gradient: (x, y) => [VALLEY_A * x, VALLEY_B * y],
  start: [-8, 1.5],
  domain: { x: [-9, 3], y: [-2.5, 2.5] },
  minimum: [0, 0],
  learningRate: 0.07,
  maxSteps: 300,
  stepsPerFrame: 1,
  shading: 'log',
  lesson:
    'Steep across (curvature 25), flat along (curvature 1): a learning rate small enough not to bounce across the valley crawls along it.',
};

/** Rosenbrock's banana: a curved, nearly flat valley floor leading to the minimum at (1, 1). */
const rosenbrock: Surface = {
  id: 'rosenbrock',
  label: 'Rosenbrock',
  formula: 'f(x, y) = (1 − x)² + 100(y − x²)²',
  value: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  start: [-1.5, 2.5],
  domain: { x: [-2, 2], y: [-1, 3] },
  minimum: [1, 1],
  learningRate: 0.001,
  maxSteps: 5000,
  stepsPerFrame: 10,
  shading: 'log',
  lesson:
    'Finding the curved valley is easy; following its almost flat floor to (1, 1) is slow, and steps large enough to be quick bounce off its steep walls.',
};

/** A saddle: a minimum along x, a maximum along y, flat at the origin. Unbounded below. */
const saddle: Surface = {
  id: 'saddle',
  label: 'Saddle',
  formula: 'f(x, y) = x² − y²',
  value: (x, y) => x * x - y * y,
  gradient: (x, y) => [2 * x, -2 * y],
  start: [-2.4, 0.001],
  domain: { x: [-2.5, 2.5], y: [-2.5, 2.5] },
  minimum: null,
  learningRate: 0.05,
  maxSteps: 200,
  stepsPerFrame: 1,
  shading: 'linear',
  lesson:
    'Starting a hair off the ridge y = 0, the gradient pointing off it is tiny: plain gradient descent first slides into the flat saddle point and lingers there, while optimizers that rescale each coordinate move off the ridge at full speed from the first step.',
};

const beale1 = (x: number, y: number) => 1.5 - x + x * y;
const beale2 = (x: number, y: number) => 2.25 - x + x * y * y;
const beale3 = (x: number, y: number) => 2.625 - x + x * y * y * y;

/** Beale's function: flat plateaus, steep sharp ridges, minimum 0 at (3, 0.5). */
const beale: Surface = {
  id: 'beale',
  label: 'Beale',
  formula: 'f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²',
  value: (x, y) => beale1(x, y) ** 2 + beale2(x, y) ** 2 + beale3(x, y) ** 2,
  gradient: (x, y) => {
    const [a, b, c] = [beale1(x, y), beale2(x, y), beale3(x, y)];
    return [
      2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
      2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y,
    ];
  },
  start: [1, 1.4],
  domain: { x: [-1, 4.5], y: [-1.5, 2] },
  minimum: [3, 0.5],
  learningRate: 0.01,
  maxSteps: 2000,
  stepsPerFrame: 5,
  shading: 'log',
  lesson:
    'Gradients differ by orders of magnitude between the plateau and the ridges: a fixed step is either too timid on one or too wild on the other.',
};

export const SURFACES: Readonly<Record<SurfaceId, Surface>> = { valley, rosenbrock, saddle, beale };

/** Central finite-difference gradient of `surface` at (x, y) with step h (for tests and checks). */
export function numericGradient(surface: Surface, x: number, y: number, h = 1e-5): Point {
  return [
    (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h),
    (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h),
  ];
}

/**
 * Whether (x, y) has left the race: not finite, or further outside the plotted region than its
 * own width or height. A racer that leaves stops (the saddle sends them to −∞ on purpose).
 */
export function outOfBounds(surface: Surface, x: number, y: number): boolean {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return true;
  const [x0, x1] = surface.domain.x;
  const [y0, y1] = surface.domain.y;
  const w = x1 - x0;
  const h = y1 - y0;
  return x < x0 - w || x > x1 + w || y < y0 - h || y > y1 + h;
}
