// Runs one `astro build` in this process and reports its own peak memory, for bench:build.
import { build } from 'astro';

const [outDir] = process.argv.slice(2);
const started = performance.now();
await build({ root: process.cwd(), outDir, force: true, logLevel: 'warn' });
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
