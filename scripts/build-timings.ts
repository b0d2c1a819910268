// The build's stopwatch, shared by scripts/build.ts and scripts/build-pages.ts.
//
// BUILD_TIMINGS=1 makes the build print times in seconds for the benchmark (tests/bench/):
// `BUILD_STAGE <name> <wall> <cpu>` as each stage ends, so that a build stopped half-way (out of
// memory) still tells how far it got, and at the end one line
// `BUILD_TIMINGS {"validate":…,"pages":…,"steps":{…},"cpu":{…}}`. Unset, the build is the same
// minus those lines.

/** True when the benchmark asked for timings. */
export const timingsWanted = process.env["BUILD_TIMINGS"] === "1";

/** Wall and CPU seconds by lap name. */
export interface Laps {
  readonly wall: Record<string, number>;
  /** CPU seconds (user + system) of this process: barely changed by other jobs on the machine. */
  readonly cpu: Record<string, number>;
}

/** Returns this process's CPU seconds (user + system, all threads) since `since`, or since it started. */
export function cpuSeconds(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000) / 1000;
}

/**
 * Returns a stopwatch: `lap(name)` records under `name` the wall and CPU seconds since the
 * previous lap, and prints `BUILD_STAGE <prefix><name> …` when timings are wanted. A stage run
 * by a child process passes the child's CPU seconds as `childCpu`, recorded instead.
 */
export function createStopwatch(
  prefix = "",
): Laps & { lap: (name: string, childCpu?: number) => void } {
  const wall: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let mark = performance.now();
  let cpuMark = process.cpuUsage();
  return {
    wall,
    cpu,
    lap(name, childCpu) {
      const now = performance.now();
      const seconds = Math.round(now - mark) / 1000;
      const cpuUsed = childCpu ?? cpuSeconds(cpuMark);
      wall[name] = seconds;
      cpu[name] = cpuUsed;
      mark = now;
      cpuMark = process.cpuUsage();
      if (timingsWanted) console.log(`BUILD_STAGE ${prefix}${name} ${seconds} ${cpuUsed}`);
    },
  };
}
