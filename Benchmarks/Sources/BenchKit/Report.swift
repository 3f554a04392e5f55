import Foundation

/// Prints results: the table (ending with the geomean line) or JSON.
public enum Report {
    /// The geometric mean of tessera/wasmkit over the execute rows that both engines ran; nil if none.
    public static func geomean(_ rows: [RowResult]) -> Double? {
        Statistics.geometricMean(rows.filter(\.isExecute).compactMap(\.ratio))
    }

    /// The closing line: `geomean tessera/wasmkit: X.XX` (or `n/a` and why).
    public static func geomeanLine(_ rows: [RowResult], engines: [String]) -> String {
        if let g = geomean(rows) { return "geomean tessera/wasmkit: " + String(format: "%.2f", g) }
        let why = engines.contains("wasmkit") ? "no execute row ran on both engines" : "WasmKit not measured"
        return "geomean tessera/wasmkit: n/a (\(why))"
    }

    /// A number with three significant digits or more (`-` for none).
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        switch abs(value) {
        case 1000...: return String(format: "%.0f", value)
        case 100...: return String(format: "%.1f", value)
        case 10...: return String(format: "%.2f", value)
        default: return String(format: "%.3f", value)
        }
    }

    /// The table: per row and engine the median, min and max, then the ratio; failures listed below.
    public static func table(_ rows: [RowResult], engines: [String]) -> String {
        var header = [pad("scenario", 28, left: true), pad("unit", 12, left: true)]
        for engine in engines {
            header += [pad("\(engine) med", 13), pad("min", 9), pad("max", 9)]
        }
        if engines.count > 1 { header.append(pad("ratio", 7)) }
        var lines = [header.joined(separator: " ")]
        var failures: [String] = []
        for row in rows {
            var cells = [pad(row.name, 28, left: true), pad(row.unit, 12, left: true)]
            for result in row.engines {
                if let failure = result.failure {
                    cells += [pad("FAILED", 13), pad("", 9), pad("", 9)]
                    failures.append("\(row.name) on \(result.engine): \(failure)")
                } else {
                    cells += [pad(number(result.median), 13), pad(number(result.values.min()), 9),
                              pad(number(result.values.max()), 9)]
                }
            }
            if engines.count > 1 { cells.append(pad(row.ratio.map { String(format: "%.2f", $0) } ?? "-", 7)) }
            lines.append(cells.joined(separator: " "))
        }
        if engines.count > 1 { lines.append("ratio = Tessera's median time / WasmKit's (below 1.00: Tessera is faster)") }
        lines += failures.map { "FAILED \($0)" }
        lines.append(geomeanLine(rows, engines: engines))
        return lines.joined(separator: "\n")
    }

    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let count = s.count
        guard count < width else { return s }
        let fill = String(repeating: " ", count: width - count)
        return left ? s + fill : fill + s
    }

    struct JSONRow: Encodable {
        struct Engine: Encodable {
            var engine: String
            var median: Double?
            var min: Double?
            var max: Double?
            var samples: [Double]
            var failure: String?
        }
        var name: String
        var unit: String
        var execute: Bool
        var ratio: Double?
        var engines: [Engine]
    }

    struct JSONReport: Encodable {
        var rows: [JSONRow]
        var geomean: Double?
        var smoke: Bool
        var samples: Int
    }

    /// The results as a JSON object: `rows` (name, unit, ratio, per-engine median/min/max/samples) and
    /// `geomean`.
    public static func json(_ rows: [RowResult], smoke: Bool, samples: Int) throws -> String {
        let report = JSONReport(
            rows: rows.map { row in
                JSONRow(name: row.name, unit: row.unit, execute: row.isExecute, ratio: row.ratio,
                        engines: row.engines.map {
                            .init(engine: $0.engine, median: $0.median, min: $0.values.min(), max: $0.values.max(),
                                  samples: $0.values, failure: $0.failure)
                        })
            },
            geomean: geomean(rows), smoke: smoke, samples: samples)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
