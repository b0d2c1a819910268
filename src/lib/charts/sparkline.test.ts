// Synthetic data for tests only: none of these figures is real.
import { describe, expect, it } from "vitest";
import { base, makeInput, obs } from "../../../tests/support/synthetic-status-input.ts";
import { placeSparkline } from "./sparkline.ts";
import { resolveIndicatorAsOf } from "../resolve/resolve-indicator.ts";

const SIZE = { width: 80, height: 24 };

describe(placeSparkline, () => {
  it("follows the comparable line from the baseline and marks its last point", () => {
    const spark = placeSparkline(
      resolveIndicatorAsOf(
        makeInput({
          baselines: [base(2016, 19.2)],
          observations: [obs(2019, 6.1), obs(2024, 3, { scope_id: "tinh-moi" })],
        }),
      ),
      SIZE,
    );
    expect(spark).toMatchObject({
      empty: false,
      style: "comparable",
      d: "M2,2L78,22",
      last: { period: 2019, x: 78, y: 22, label: "6,1%" },
      summary: "từ 19,2% (2016) xuống 6,1% (2019)",
    });
  });

  it("puts a single figure in the middle", () => {
    const spark = placeSparkline(
      resolveIndicatorAsOf(makeInput({ baselines: [], observations: [obs(2024, 5)] })),
      SIZE,
    );
    expect(spark).toMatchObject({ d: "M40,12Z", style: "no-baseline", last: { x: 40, y: 12 } });
  });

  it("is empty without any figure", () => {
    const spark = placeSparkline(
      resolveIndicatorAsOf(makeInput({ baselines: [], observations: [] })),
      SIZE,
    );
    expect(spark).toEqual({
      width: 80,
      height: 24,
      empty: true,
      style: null,
      d: "",
      last: null,
      summary: "Chưa có số liệu",
    });
  });

  it("keeps the padding it is given", () => {
    const spark = placeSparkline(
      resolveIndicatorAsOf(
        makeInput({ baselines: [base(2020, 0)], observations: [obs(2024, 10)] }),
      ),
      { ...SIZE, padding: 4 },
    );
    expect(spark.d).toBe("M4,20L76,4");
  });
});
