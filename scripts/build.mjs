// `npm run build`: compile src/ into an empty dist/ (no stale modules from earlier builds, whose
// code would change the build fingerprint) and make the CLI executable, since npx runs the bin
// file itself and a fresh tsc output has no execute bit.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);
