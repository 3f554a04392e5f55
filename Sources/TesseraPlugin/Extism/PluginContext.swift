/// Log levels of the Extism host, in the order `get_log_level` numbers them.
public enum PluginLogLevel: Int32, Sendable, Comparable, CaseIterable {
    case trace = 0, debug, info, warn, error

    public static func < (a: PluginLogLevel, b: PluginLogLevel) -> Bool { a.rawValue < b.rawValue }

    /// The level's lower-case name ("trace" … "error").
    public var name: String {
        switch self {
        case .trace: "trace"
        case .debug: "debug"
        case .info: "info"
        case .warn: "warn"
        case .error: "error"
        }
    }
}

/// The host-side state of one plugin that the `extism:host/env` functions work on: the Extism memory,
/// vars, config, the last HTTP response and the log settings.
final class PluginContext {
    let memory = ExtismMemory()
    var vars: [String: [UInt8]] = [:]
    var config: [String: String]
    let limits: PluginMemoryLimits
    let allowedHosts: [String]?
    var logLevel: PluginLogLevel?
    var logSink: @Sendable (PluginLogLevel, String) -> Void
    var httpStatus: Int32 = 0
    var httpHeaders: [(String, String)]?
    var exposeHTTPHeaders = false
    var httpClient: any PluginHTTPClient
    // The per-call state below is written on every call: its exclusivity goes unchecked, as one call
    // runs at a time and no access to it overlaps another.

    /// The kernel fault or host-function error that ended the current call, if one did.
    @exclusivity(unchecked) var fault: (any Error)?
    /// Pages the plugin's memories grew by since instantiation (Extism memory and module memories).
    @exclusivity(unchecked) var grownPages = 0
    /// When the current call must end (for HTTP timeouts).
    @exclusivity(unchecked) var deadline: ContinuousClock.Instant?

    init(config: [String: String], limits: PluginMemoryLimits, allowedHosts: [String]?,
         logLevel: PluginLogLevel?, logSink: @escaping @Sendable (PluginLogLevel, String) -> Void,
         httpClient: any PluginHTTPClient) {
        self.config = config
        self.limits = limits
        self.allowedHosts = allowedHosts
        self.logLevel = logLevel
        self.logSink = logSink
        self.httpClient = httpClient
        installGrowthCheck()
    }

    /// A fresh Extism memory (after `_start` recycles the instance).
    func renewMemory() {
        memory.reinitialize()
    }

    private func installGrowthCheck() {
        memory.growthCheck = { [unowned self] (delta: Int) throws(KernelFault) -> Bool in
            try self.chargeGrowth(delta)
        }
    }

    /// Charges `delta` pages of growth against `memory.max_pages`; a growth beyond it is an "oom" fault.
    func chargeGrowth(_ delta: Int) throws(KernelFault) -> Bool {
        guard let max = limits.maxPages else { return true }
        guard grownPages + delta <= Int(max) else {
            fault = KernelFault.outOfMemory
            throw .outOfMemory
        }
        grownPages += delta
        return true
    }

    /// The bytes of the block at handle `h`, or a host error naming `what` when `h` is not a block.
    func handleBytes(_ h: UInt64, _ what: String) throws -> [UInt8] {
        guard h != 0, try memory.length(h) != 0 else {
            throw PluginHostError("invalid handle offset for \(what): \(h)")
        }
        return try memory.blockBytes(h)
    }

    /// The UTF-8 text of the block at handle `h`.
    func handleString(_ h: UInt64, _ what: String) throws -> String {
        String(decoding: try handleBytes(h, what), as: UTF8.self)
    }

    /// Stores `value` for `key` (nil deletes), enforcing `memory.max_var_bytes`.
    func setVar(_ key: String, _ value: [UInt8]?) throws {
        if limits.maxVarBytes == 0 { throw PluginHostError("Vars are disabled by this host") }
        guard let value else {
            vars[key] = nil
            return
        }
        // The reference estimate: key and value bytes plus 48 bytes of bookkeeping per entry.
        var size = 48 + key.utf8.count + value.count
        for (k, v) in vars { size += k.utf8.count + v.count + 48 }
        if size > Int(limits.maxVarBytes ?? 1 << 20) { throw PluginHostError("Variable store is full") }
        vars[key] = value
    }

    /// Emits a log line when `level` is at or above the configured level.
    func log(_ level: PluginLogLevel, _ h: UInt64) throws {
        guard let threshold = logLevel, level >= threshold else { return }
        logSink(level, try handleString(h, "log message"))
    }
}

/// An error a host function of the Extism namespace reports (the call then fails).
struct PluginHostError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
