// Summarises a V8 .cpuprofile (node --cpu-prof): self time and inclusive time per function.
//   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/kd-prof bench/run.ts --only engine
//   node --import tsx bench/hotspots.ts /tmp/kd-prof/<file>.cpuprofile [top=25]

import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

function where(n: ProfileNode): string {
  const { functionName, url, lineNumber } = n.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules\/|src\/|bench\/)/, '$1');
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

/** Self and inclusive sample shares per function (recursion counted once per stack). */
export function hotspots(profile: CpuProfile): {
  self: Map<string, number>;
  total: Map<string, number>;
  samples: number;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const id of profile.samples) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    self.set(where(leaf), (self.get(where(leaf)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = where(byId.get(cur)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + 1);
    }
  }
  return { self, total, samples: profile.samples.length };
}

function print(title: string, m: Map<string, number>, samples: number, top: number): void {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * v) / samples).toFixed(1).padStart(6)}%  ${k}`);
}

// Run as a script only (the machine bench imports `hotspots`).
const [file, topArg] = /hotspots\.[tj]s$/.test(process.argv[1] ?? '') ? process.argv.slice(2) : [];
if (file) {
  const { self, total, samples } = hotspots(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const top = Number(topArg ?? 25);
  print('self time', self, samples, top);
  print('inclusive time', total, samples, top);
}
