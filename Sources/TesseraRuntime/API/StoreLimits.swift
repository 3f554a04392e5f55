// The public vocabulary of execution limits: the resource limiter's bounds and the handle that stops a
// running call from another thread. The store's side is in Store+Limits.swift.

/// Bounds a store applies to the memories and tables its instances (and the host) create, on top of
/// their declared maximums and `EngineConfiguration.maxMemoryPages`. `nil` means no bound of its own.
///
/// Growth beyond a bound fails the way the spec allows: `memory.grow` and `table.grow` return -1 (and
/// `Memory.grow(by:)` nil). A memory or table whose *minimum* already exceeds a bound cannot be created:
/// instantiation (or `Memory(store:type:)` / `Table(store:type:initial:)`) fails with an `.exhaustion`
/// error naming the memory or table and the bound. Changing `Store.limits` applies to the growth of
/// existing memories and tables too (one already larger than a new bound keeps its size).
public struct StoreLimits: Sendable, Hashable {
    /// The largest size in bytes of each memory (rounded down to whole pages of that memory).
    public var maxMemoryBytes: UInt64?
    /// The largest number of elements of each table.
    public var maxTableElements: UInt64?

    public init(maxMemoryBytes: UInt64? = nil, maxTableElements: UInt64? = nil) {
        self.maxMemoryBytes = maxMemoryBytes
        self.maxTableElements = maxTableElements
    }
}

/// Stops the wasm call running in a store, from any thread. Obtained from `Store.interruptHandle`;
/// it stays valid (and harmless) after the store is gone.
public struct InterruptHandle: Sendable {
    let flag: InterruptFlag

    /// Asks the call running in the store to stop: it ends at its next function entry or loop
    /// iteration with an `.exhaustion` error ("interrupted"). The request is for the call running now:
    /// every outermost call clears it when it starts, so an interrupt that lands while no call runs
    /// has no effect on the next one (use `Store.setDeadline(after:)` to bound calls not yet started).
    /// Needs an engine with `EngineConfiguration.interruptible` (the default).
    public func interrupt() { flag.raise() }
}
