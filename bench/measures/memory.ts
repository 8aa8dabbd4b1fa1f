import { readdirSync, readFileSync } from 'node:fs';

// Peak memory of the browser's extension processes, from Linux's /proc (the
// kernel's own high-water mark, VmHWM), since Chromium does not report it per
// extension. Extension renderers carry --extension-process on their command line.

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The command name may contain spaces or parentheses: the ppid follows the last ')'.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (Number.isFinite(ppid)) parent.set(Number(name), ppid);
  }
  const isDesc = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && hops < 20; p = parent.get(p), hops++) if (p === root) return true;
    return false;
  };
  return [...parent.keys()].filter(isDesc);
}

export interface ExtensionMemory {
  pid: number;
  peakRssMB: number;
  rssMB: number;
}

/** The extension renderer processes started by this Node process, with their peak and current resident memory. */
export function extensionProcessMemory(root = process.pid): ExtensionMemory[] {
  if (process.platform !== 'linux') return [];
  return descendants(root).flatMap((pid) => {
    const cmd = read(`/proc/${pid}/cmdline`);
    const status = read(`/proc/${pid}/status`);
    if (!cmd?.includes('--extension-process') || !status) return [];
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return [{ pid, peakRssMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 }];
  });
}

/** Samples every `everyMs` for the whole run: extension processes stop when idle, taking their VmHWM with them. */
export function startMemorySampler(everyMs = 250): { stop(): ExtensionMemory[] } {
  const peak = new Map<number, ExtensionMemory>();
  const sample = () => {
    for (const m of extensionProcessMemory()) {
      const prev = peak.get(m.pid);
      if (!prev || m.peakRssMB > prev.peakRssMB) peak.set(m.pid, m);
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return [...peak.values()].sort((a, b) => b.peakRssMB - a.peakRssMB);
    },
  };
}
