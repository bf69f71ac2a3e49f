package io.plutuscalibrate.reports.page;

/** A small fit-report.json as {@code calibrate fit} writes it, for tests. */
final class FitReports {
  private FitReports() {}

  static final String SMALL = """
      {
        "units": "picoseconds (ExCPU units; 1 unit = 1 ps on the machine the benchmarks ran on)",
        "input": {
          "path": "bench.csv",
          "sha256": "%s",
          "rows": 57,
          "warnings": ["Nop4o not found in the input: call overhead for arity 4 taken as 0"]
        },
        "options": {"confidence": 0.95, "bootstrapReplicates": 1000, "bootstrapSeed": 20240302},
        "sources": {"memoryModels": "official builtinCostModelE.json (bundled)"},
        "callOverhead": {"Nop1o": 500000.0, "Nop2o": 700000.0, "Nop3o": 900000.0,
          "Nop4o": 0.0, "Nop5o": 0.0, "Nop6o": 0.0},
        "builtins": {
          "addInteger": {
            "status": "fitted",
            "type": "max_size",
            "rule": "lm(t ~ pmax(x_mem, y_mem)) on AddInteger; Nop2o overhead subtracted",
            "points": {"rows": 20, "selected": 20, "outliersDiscarded": 0},
            "regressions": [{"part": "model", "formula": "t ~ pmax(x_mem, y_mem)", "points": 20,
              "df": 18, "rSquared": 0.99, "residualStandardError": 1234.5}],
            "parameters": {
              "intercept": {"value": 100000, "estimate": 99999.2, "standardError": 2000.0,
                "interval": [95800.0, 104200.0], "intervalMethod": "t"},
              "slope": {"value": 400, "estimate": 399.5, "standardError": 5.0,
                "interval": [389.0, 410.0], "intervalMethod": "t"}
            },
            "warnings": []
          },
          "ifThenElse": {
            "status": "fitted",
            "type": "constant_cost",
            "rule": "lm(t ~ 1) on IfThenElse; upper outliers discarded; Nop3o overhead subtracted",
            "points": {"rows": 10, "selected": 10, "outliersDiscarded": 1},
            "regressions": [{"part": "model", "formula": "t ~ 1", "points": 9, "df": 8,
              "rSquared": 0.0, "residualStandardError": null}],
            "parameters": {
              "arguments": {"value": 76000, "estimate": 75999.1, "standardError": null,
                "interval": [null, null], "intervalMethod": "none"}
            },
            "warnings": ["an example warning"]
          },
          "equalsByteString": {
            "status": "fitted",
            "type": "linear_on_diagonal",
            "rule": "lm(t ~ x_mem) on EqualsByteString where x == y; constant = mean on x != y",
            "points": {"rows": 24, "selected": 24, "outliersDiscarded": 0},
            "regressions": [{"part": "model", "formula": "t ~ x_mem", "points": 12, "df": 10,
              "rSquared": 0.97, "residualStandardError": 900.0},
              {"part": "constant", "formula": "t ~ 1", "points": 12, "df": 11,
              "rSquared": 0.0, "residualStandardError": 500.0}],
            "parameters": {
              "constant": {"value": 25000, "estimate": 24999.5, "standardError": 150.0,
                "interval": [24670.0, 25330.0], "intervalMethod": "t"},
              "intercept": {"value": 30000, "estimate": 29999.5, "standardError": 700.0,
                "interval": [28440.0, 31560.0], "intervalMethod": "t"},
              "slope": {"value": 60, "estimate": 59.5, "standardError": 2.0,
                "interval": [55.0, 64.0], "intervalMethod": "t"}
            },
            "warnings": []
          },
          "mkCons": {
            "status": "no_data",
            "message": "no rows for benchmark MkCons",
            "type": "constant_cost",
            "rule": "lm(t ~ 1) on MkCons",
            "points": {"rows": 0, "selected": 0, "outliersDiscarded": 0},
            "regressions": [],
            "parameters": {},
            "warnings": []
          }
        }
      }
      """;

  /** The benchmark file SMALL describes: AddInteger, EqualsByteString, IfThenElse and Nops. */
  static String csv() {
    StringBuilder b = new StringBuilder("# a test file\nbenchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub\n");
    for (int a = 1; a <= 3; a++) {
      double t = (300 + 200 * a) * 1e-9;
      b.append("Nop").append(a).append("o/1/1,").append(t).append(',').append(t).append(',')
          .append(t).append(",0,0,0\n");
    }
    for (int i = 1; i <= 20; i++) {
      long x = 10L * i;
      double t = (0.7 + (100000 + 400 * x) / 1e6 * (1 + 0.02 * ((i % 3) - 1))) * 1e-6;
      b.append("AddInteger/").append(x).append('/').append(x / 2).append(',').append(t)
          .append(',').append(t * 0.99).append(',').append(t * 1.01).append(",0,0,0\n");
    }
    for (int i = 1; i <= 12; i++) {
      long x = 100L * i;
      double on = (0.7 + (30000 + 60 * x) / 1e6 * (1 + 0.03 * ((i % 3) - 1))) * 1e-6;
      double off = (0.7 + 0.025 * (1 + 0.02 * ((i % 2) - 0.5))) * 1e-6;
      b.append("EqualsByteString/").append(x).append('/').append(x).append(',').append(on)
          .append(',').append(on).append(',').append(on).append(",0,0,0\n");
      b.append("EqualsByteString/").append(x).append('/').append(x + 50).append(',').append(off)
          .append(',').append(off).append(',').append(off).append(",0,0,0\n");
    }
    for (int i = 1; i <= 10; i++) {
      double t = (0.9 + 0.076 * (1 + 0.01 * (i % 4))) * 1e-6;
      b.append("IfThenElse/1/").append(i).append("/1,").append(t).append(',').append(t)
          .append(',').append(t).append(",0,0,0\n");
    }
    return b.toString();
  }
}
