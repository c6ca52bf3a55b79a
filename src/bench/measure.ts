/**
 * Runs a command and measures it: wall time and peak memory of its whole process tree,
 * by polling /proc/<pid>/status (VmRSS summed over the tree; VmHWM, each process's own
 * high-water mark, catches peaks between polls). Linux only; elsewhere memory is `null`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  code: number | null;
  seconds: number;
  /** Largest sum of resident memory over the process tree, or the largest single high-water mark. */
  peakRssBytes: number | null;
  stdout: string;
  stderr: string;
  /** Set when the run was stopped for using more memory than allowed. */
  killedForMemory: boolean;
}

export interface MeasureOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  pollMs?: number;
  /** Stop the tree when its memory passes this (protects a shared machine). */
  maxRssBytes?: number;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** The process and all its descendants, from /proc/<pid>/task/<tid>/children. */
export function processTree(root: number): number[] {
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (children) queue.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // gone already
    }
  }
  return out;
}

export function measure(command: string, args: readonly string[], options: MeasureOptions = {}): Promise<Measured> {
  const canPoll = existsSync('/proc/self/status');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-200_000)));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-200_000)));
    let peakSum = 0;
    let peakHwm = 0;
    let killedForMemory = false;
    const poll = () => {
      if (!child.pid || !canPoll) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        sum += statusKb(pid, 'VmRSS') * 1024;
        peakHwm = Math.max(peakHwm, statusKb(pid, 'VmHWM') * 1024);
      }
      peakSum = Math.max(peakSum, sum);
      if (options.maxRssBytes && sum > options.maxRssBytes && !killedForMemory) {
        killedForMemory = true;
        process.kill(-child.pid, 'SIGKILL'); // the whole group: the child was started detached
      }
    };
    const timer = setInterval(poll, options.pollMs ?? 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        code,
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: canPoll ? Math.max(peakSum, peakHwm) : null,
        stdout,
        stderr,
        killedForMemory,
      });
    });
  });
}
