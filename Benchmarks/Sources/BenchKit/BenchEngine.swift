/// One engine under test. The harness calls these with the same inputs for every engine and times
/// only what each method says it times; everything else (compiling, making stores, looking up
/// exports) happens before the clock starts.
public protocol BenchEngine: AnyObject {
    /// What the engine compiles a module to once, for repeated instantiation.
    associatedtype Compiled

    /// The engine's name in tables and JSON (`tessera`, `wasmkit`).
    var name: String { get }

    /// Times `repeats` loads of `bytes`: decode, validate, translate and instantiate, into one store
    /// made before timing (WasmKit validates and translates at instantiation).
    func load(_ bytes: [UInt8], repeats: Int) throws -> Sample

    /// Compiles `bytes` once (not timed).
    func compile(_ bytes: [UInt8]) throws -> Compiled

    /// Instantiates `module` (in a fresh store, made before timing) and times only calling its
    /// `run(n)` export; returns the checksum the call returned.
    func execute(_ module: Compiled, n: Int32) throws -> Sample

    /// Times `count` instantiations of `module` (each in its own store, stores made before timing).
    func instantiate(_ module: Compiled, count: Int) throws -> Sample

    /// Times `count` Swift→wasm calls of the host-call module's `noop` export (typed or fastest call
    /// path); the checksum is the wrapping sum of the results.
    func callExport(_ module: Compiled, count: Int) throws -> Sample

    /// Times one call of `callHost(count)`, which calls the Swift import `env.host(i) = 2i + 1` `count`
    /// times; the checksum is what it returned.
    func callImport(_ module: Compiled, count: Int) throws -> Sample
}

/// One timed measurement, with the checksum the measured code produced (if it produces one).
public struct Sample: Sendable {
    public var duration: Duration
    public var checksum: UInt64?

    public init(duration: Duration, checksum: UInt64? = nil) {
        self.duration = duration
        self.checksum = checksum
    }

    /// Times `body` with the continuous clock; its result is the checksum.
    public static func measure(_ body: () throws -> UInt64?) rethrows -> Sample {
        let clock = ContinuousClock()
        var checksum: UInt64?
        let duration = try clock.measure { checksum = try body() }
        return Sample(duration: duration, checksum: checksum)
    }
}

/// The host import of the host-call module: `2i + 1`, so `callHost(n)` returns `n²` (wrapping).
public func hostImportValue(_ i: Int32) -> Int32 { i &* 2 &+ 1 }
