// Public entry of the status module: pages import from here.
export {
  computeStatus,
  computeStatuses,
  DEFAULT_GOAL_YEAR,
  isComparable,
} from "./compute-status.ts";
export { computeGoalLevel, expectedValueAt, type GoalLevel, type GoalSense } from "./goal-level.ts";
export { labelStatus } from "./labels.ts";
export { resolveBaseline, resolveFigures, StatusInputError } from "./resolve.ts";
export { summariseStatuses, type StatusCount, type StatusSummary } from "./summarise-statuses.ts";
export * from "./types.ts";
