// The status module takes plain interfaces named after the data contract's columns. This test
// keeps them in step with the Dataset's rows: if a column is renamed or retyped in
// src/lib/data, type checking fails here, not on a page.
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../data/dataset.ts";
import type { StatusInput } from "./types.ts";

describe("StatusInput", () => {
  it("accepts the Dataset's rows as they are", () => {
    type FromDataset = {
      readonly indicator: Dataset["indicators"][number];
      readonly goals: Dataset["goals"];
      readonly baselines: Dataset["baselines"];
      readonly observations: Dataset["observations"];
      readonly releases: Dataset["releases"];
      readonly asOf: Dataset["latestRelease"]["id"];
      readonly scopes: Dataset["scopes"];
      readonly series: Dataset["series"];
    };
    expectTypeOf<FromDataset>().toExtend<StatusInput>();
  });
});
