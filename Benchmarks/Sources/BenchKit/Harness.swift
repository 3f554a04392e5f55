import Foundation

/// The measurements of one row on one engine.
public struct EngineResult: Sendable {
    public var engine: String
    /// Each sample's shown value (see `Metric`), in the order taken.
    public var values: [Double] = []
    /// Each sample's duration in seconds.
    public var seconds: [Double] = []
    /// Why the row failed on this engine, if it did.
    public var failure: String?

    public var median: Double? { Statistics.median(values) }
    public var medianSeconds: Double? { Statistics.median(seconds) }
}

/// The measurements of one row on every engine.
public struct RowResult: Sendable {
    public var name: String
    public var unit: String
    public var isExecute: Bool
    public var engines: [EngineResult]

    /// Tessera's median time over WasmKit's (below 1: Tessera is faster), when both ran cleanly.
    public var ratio: Double? {
        guard let t = engines.first(where: { $0.engine == "tessera" }),
              let w = engines.first(where: { $0.engine == "wasmkit" }),
              t.failure == nil, w.failure == nil,
              let ts = t.medianSeconds, let ws = w.medianSeconds, ws > 0 else { return nil }
        return ts / ws
    }
}

/// Runs scenarios on the engines: compiles per engine first, then takes the samples alternately (the
/// engine order flips every run), printing progress to standard error.
public struct Harness {
    public var engines: [any BenchEngine]
    public var samples: Int

    public init(engines: [any BenchEngine], samples: Int) {
        self.engines = engines
        self.samples = samples
    }

    public func run(_ scenarios: [Scenario]) -> [RowResult] {
        var rows: [RowResult] = []
        for (index, scenario) in scenarios.enumerated() {
            progress("[\(index + 1)/\(scenarios.count)] \(scenario.name) ")
            rows.append(run(scenario))
            let summary = rows.last!.engines.map { r in
                r.failure.map { _ in "\(r.engine) FAILED" } ?? "\(r.engine) \(Report.number(r.median)) \(scenario.metric.unit)"
            }
            progress(" " + summary.joined(separator: ", ") + "\n")
        }
        return rows
    }

    func run(_ scenario: Scenario) -> RowResult {
        var results = engines.map { EngineResult(engine: $0.name) }
        var samplers: [(() throws -> Sample)?] = []
        for (i, engine) in engines.enumerated() {
            do { samplers.append(try scenario.prepare(engine)) } catch {
                samplers.append(nil)
                results[i].failure = "\(error)"
            }
        }
        for run in 0..<samples {
            let order = run % 2 == 0 ? Array(engines.indices) : engines.indices.reversed()
            for i in order {
                guard let sampler = samplers[i], results[i].failure == nil else { continue }
                do {
                    let sample = try sampler()
                    results[i].values.append(scenario.metric.value(sample.duration))
                    results[i].seconds.append(sample.duration.seconds)
                } catch {
                    results[i].failure = "\(error)"
                }
                progress(".")
            }
        }
        return RowResult(name: scenario.name, unit: scenario.metric.unit, isExecute: scenario.isExecute,
                         engines: results)
    }

    /// Writes to standard error at once (progress must show while a long row runs).
    func progress(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Small statistics over samples.
public enum Statistics {
    /// The median (the mean of the middle two for an even count); nil when empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The geometric mean of positive values; nil when empty.
    public static func geometricMean(_ values: [Double]) -> Double? {
        guard !values.isEmpty, values.allSatisfy({ $0 > 0 }) else { return nil }
        return exp(values.map { log($0) }.reduce(0, +) / Double(values.count))
    }
}
