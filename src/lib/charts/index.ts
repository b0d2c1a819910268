// Public entry of the chart module: pages import from here.
export { PROGRAM_YEARS } from "./axes.ts";
export { placeLineChart } from "./line-chart.ts";
export { placeSparkline, type SparklineSize } from "./sparkline.ts";
export * from "./types.ts";
