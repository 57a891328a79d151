/** Where Chromium is and how the browser tests and the bench start it (flags from DESIGN.md). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** WebGL2 through SwiftShader where there is no GPU; no background traffic. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Chromium without WebGL, in the page and in workers: no GPU and no software rasteriser.
 * (`--disable-webgl --disable-webgl2` are not enough: OffscreenCanvas in a worker still gets
 * WebGL with them, measured on Chromium 156.) Use instead of {@link CHROMIUM_ARGS}.
 */
export const NO_WEBGL_ARGS = [
  ...CHROMIUM_ARGS.filter((a) => !/swiftshader|gpu-blocklist/.test(a)),
  '--disable-gpu',
  '--disable-software-rasterizer',
];
