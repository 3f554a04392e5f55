import Foundation
import TesseraTypes
import TesseraRuntime

// Per-call limits: the manifest's timeout and memory budget and the host's fuel, applied through the
// runtime's execution limits, and the reference host's words for a call they stop.

/// Stops the call running in a plugin, from any thread (the reference host reports it as "timeout").
public final class PluginCancelHandle: @unchecked Sendable {
    private let lock = NSLock()
    private var handle: InterruptHandle?

    init() {}

    func attach(_ store: Store) {
        lock.lock()
        handle = store.interruptHandle
        lock.unlock()
    }

    /// Stops the plugin's running call at its next function entry or loop iteration; the plugin stays
    /// usable. A cancel that lands while no call runs has no effect.
    public func cancel() {
        lock.lock()
        let current = handle
        lock.unlock()
        current?.interrupt()
    }
}

extension Plugin {
    /// The engine configuration a plugin runs with: fuel metering when the host set a fuel limit.
    static func engineConfiguration(_ options: PluginOptions) -> EngineConfiguration {
        EngineConfiguration(fuelMetering: options.fuel != nil, interruptible: true)
    }

    /// Runs one call of the plugin in `store` (the live instance's) with its limits armed: fuel
    /// refilled, the deadline set, and each module memory bounded by its size plus the `memory.max_pages`
    /// budget left.
    func beginCall<R>(_ store: Store, _ body: () throws(WasmError) -> R) throws(WasmError) -> R {
        if let fuel = options.fuel { try store.setFuel(fuel) }
        if let budget = manifest.memory.maxPages {
            store.limits = StoreLimits(maxMemoryBytes: (UInt64(largestGuestMemoryPages) + UInt64(budget)) << 16)
        }
        if let timeout = manifest.timeoutMilliseconds {
            context.deadline = ContinuousClock.now + .milliseconds(Int64(clamping: timeout))
            store.setDeadline(after: .milliseconds(Int64(clamping: timeout)))
        }
        defer {
            // Only a timeout sets the deadlines.
            if manifest.timeoutMilliseconds != nil {
                context.deadline = nil
                store.clearDeadline()
            }
        }
        return try body()
    }

    /// The pages of the largest module memory now (the budget is applied on top of it).
    var largestGuestMemoryPages: Int {
        guard let main = live?.main else { return 0 }
        var largest = 0
        for (_, value) in main.exports { if let m = value.memory { largest = max(largest, Int(m.pages)) } }
        return largest
    }

    /// The reference host's report for a call a limit stopped (nil when no limit did).
    func limitFailure(_ error: WasmError) -> PluginCallResult? {
        guard error.kind == .exhaustion else { return nil }
        if error.message.hasPrefix("interrupted") {
            return PluginCallResult(returnCode: 134, error: "timeout", output: [])
        }
        if error.message.contains("fuel") {
            return PluginCallResult(returnCode: -1, error: "plugin ran out of fuel", output: [])
        }
        return nil
    }
}
