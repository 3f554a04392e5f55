public import TesseraTypes

/// Limits and features an `Engine` applies to everything it compiles and runs. Immutable once the
/// engine exists.
public struct EngineConfiguration: Sendable, Hashable {
    /// The WebAssembly features modules may use.
    public var features: FeatureSet
    /// Size of each store's value stack in 64-bit slots. Wasm calls do not use the native stack: a
    /// call that would overflow this stack fails with an `.exhaustion` error ("call stack exhausted").
    public var valueStackSlots: Int
    /// How deeply host functions may re-enter wasm: a host function called from wasm that calls a wasm
    /// function again nests one level. Each level uses some of the calling thread's native stack, so a
    /// re-entry also fails with `.exhaustion` ("call stack exhausted") when less than
    /// `nativeStackReserve` bytes of that stack remain, whatever this depth allows.
    public var maxHostReentryDepth: Int
    /// Native stack (bytes) that must remain free on the calling thread for a host function to re-enter
    /// wasm; it bounds what one nesting level (host code included) may use.
    public var nativeStackReserve: Int
    /// Upper bound on any memory's size in pages (besides its declared maximum).
    public var maxMemoryPages: UInt64
    /// Whether code is compiled with fuel metering: each executed instruction costs one unit of the
    /// store's fuel (`Store.setFuel(_:)`; straight-line code is paid in advance, the charges riding on
    /// function entry and branches), and a call that runs out stops with `.exhaustion`
    /// ("fuel exhausted"). When false nothing is compiled for fuel at all, so metering costs nothing.
    public var fuelMetering: Bool
    /// Whether code checks the store's interrupt flag at function entry and loop back-edges, so that
    /// `Store.setDeadline(after:)` and `Store.interrupt()` can stop a running call (`.exhaustion`,
    /// "interrupted"). When false those checks are not compiled and a running call cannot be stopped.
    public var interruptible: Bool

    public init(features: FeatureSet = .default, valueStackSlots: Int = 1 << 20,
                maxHostReentryDepth: Int = 200, nativeStackReserve: Int = 256 << 10,
                maxMemoryPages: UInt64 = 65536, fuelMetering: Bool = false, interruptible: Bool = true) {
        self.features = features
        self.valueStackSlots = valueStackSlots
        self.maxHostReentryDepth = maxHostReentryDepth
        self.nativeStackReserve = nativeStackReserve
        self.maxMemoryPages = maxMemoryPages
        self.fuelMetering = fuelMetering
        self.interruptible = interruptible
    }
}

/// Compiles modules and owns the configuration they run with. Cheap to share across threads.
public final class Engine: Sendable {
    public let configuration: EngineConfiguration

    public init(configuration: EngineConfiguration = EngineConfiguration()) {
        self.configuration = configuration
    }
}
