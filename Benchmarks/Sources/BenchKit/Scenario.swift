/// How a row turns a sample's duration into the number it shows.
public enum Metric: Sendable {
    /// Milliseconds per sample (execute rows).
    case milliseconds
    /// Microseconds per operation, `operations` per sample.
    case microsecondsPer(operations: Int)
    /// Nanoseconds per operation, `operations` per sample.
    case nanosecondsPer(operations: Int)
    /// Megabytes (10⁶ bytes) per second, `bytes` processed per sample.
    case megabytesPerSecond(bytes: Int)

    /// The unit as the table shows it.
    public var unit: String {
        switch self {
        case .milliseconds: "ms"
        case .microsecondsPer: "µs/instance"
        case .nanosecondsPer: "ns/call"
        case .megabytesPerSecond: "MB/s"
        }
    }

    /// The shown value of a sample that took `duration`.
    public func value(_ duration: Duration) -> Double {
        let seconds = duration.seconds
        switch self {
        case .milliseconds: return seconds * 1e3
        case .microsecondsPer(let n): return seconds * 1e6 / Double(n)
        case .nanosecondsPer(let n): return seconds * 1e9 / Double(n)
        case .megabytesPerSecond(let bytes): return seconds > 0 ? Double(bytes) / seconds / 1e6 : .infinity
        }
    }
}

extension Duration {
    /// The duration in seconds.
    public var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}

/// One row of the table: a name, how to show it, and how to make a sampler for each engine.
public struct Scenario {
    /// `execute/fib`, `load/generated-20MB`, `instantiate/1MB`, `call/export`, `call/import`.
    public var name: String
    public var metric: Metric
    /// Whether the row counts for the geomean (the execute rows).
    public var isExecute: Bool
    /// Compiles what the row needs on `engine` (not timed) and returns the function that takes one
    /// sample, checking its checksum.
    public var prepare: (any BenchEngine) throws -> () throws -> Sample
}

extension Scenario {
    /// `execute/<workload>`: `run(n)` on a fresh instance, checked against the manifest's checksum.
    public static func execute(_ workload: Workload, bytes: [UInt8], smoke: Bool) throws -> Scenario {
        let n = smoke ? workload.smokeN : workload.n
        let expected = try workload.expected(smoke: smoke)
        return Scenario(name: "execute/\(workload.name)", metric: .milliseconds, isExecute: true) { engine in
            try executeSampler(engine, bytes: bytes, n: n, expected: expected)
        }
    }

    /// `load/<label>`: decode, validate, translate and instantiate `bytes`, `repeats` times a sample.
    public static func load(_ label: String, bytes: [UInt8], repeats: Int) -> Scenario {
        Scenario(name: "load/\(label)", metric: .megabytesPerSecond(bytes: bytes.count * repeats),
                 isExecute: false) { engine in
            { try engine.load(bytes, repeats: repeats) }
        }
    }

    /// `instantiate/<label>`: `count` instances of `bytes` a sample, each in its own store.
    public static func instantiate(_ label: String, bytes: [UInt8], count: Int) -> Scenario {
        Scenario(name: "instantiate/\(label)", metric: .microsecondsPer(operations: count),
                 isExecute: false) { engine in
            try instantiateSampler(engine, bytes: bytes, count: count)
        }
    }

    /// `call/export`: Swift→wasm calls of a trivial export.
    public static func callExport(count: Int) -> Scenario {
        var sum: UInt32 = 0
        for i in 0..<count { sum &+= UInt32(truncatingIfNeeded: i) &+ 1 }
        let expected = UInt64(sum)
        return Scenario(name: "call/export (Swift→wasm)", metric: .nanosecondsPer(operations: count),
                        isExecute: false) { engine in
            try callSampler(engine, toWasm: true, count: count, expected: expected)
        }
    }

    /// `call/import`: wasm→Swift calls of a trivial import.
    public static func callImport(count: Int) -> Scenario {
        var sum: Int32 = 0
        for i in 0..<Int32(truncatingIfNeeded: count) { sum &+= hostImportValue(i) }
        let expected = UInt64(UInt32(bitPattern: sum))
        return Scenario(name: "call/import (wasm→Swift)", metric: .nanosecondsPer(operations: count),
                        isExecute: false) { engine in
            try callSampler(engine, toWasm: false, count: count, expected: expected)
        }
    }
}

/// Fails unless a sample's checksum is `expected`.
func check(_ sample: Sample, expected: UInt64, engine: String) throws -> Sample {
    guard sample.checksum == expected else {
        let got = sample.checksum.map { "0x" + String($0, radix: 16) } ?? "none"
        throw BenchError("\(engine): checksum \(got), expected 0x\(String(expected, radix: 16))")
    }
    return sample
}

func executeSampler<E: BenchEngine>(_ engine: E, bytes: [UInt8], n: Int32, expected: UInt64) throws
    -> () throws -> Sample
{
    let compiled = try engine.compile(bytes)
    return { try check(engine.execute(compiled, n: n), expected: expected, engine: engine.name) }
}

func instantiateSampler<E: BenchEngine>(_ engine: E, bytes: [UInt8], count: Int) throws -> () throws -> Sample {
    let compiled = try engine.compile(bytes)
    return { try engine.instantiate(compiled, count: count) }
}

/// Samples Swift→wasm calls (`toWasm`) or wasm→Swift calls of the host-call module.
func callSampler<E: BenchEngine>(_ engine: E, toWasm: Bool, count: Int, expected: UInt64) throws
    -> () throws -> Sample
{
    let compiled = try engine.compile(ModuleGenerator.hostCallModule())
    return {
        let sample = toWasm ? try engine.callExport(compiled, count: count) : try engine.callImport(compiled, count: count)
        return try check(sample, expected: expected, engine: engine.name)
    }
}
