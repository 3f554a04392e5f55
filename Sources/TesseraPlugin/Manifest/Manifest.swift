/// Limits a manifest puts on a plugin's memory use.
public struct PluginMemoryLimits: Hashable, Sendable {
    /// Pages (64 KiB) the plugin's memories may grow by after instantiation, summed over all of them;
    /// nil: no limit. Growth beyond it ends the call with "oom".
    public var maxPages: UInt32?
    /// The largest HTTP response body `http_request` accepts (default 50 MiB).
    public var maxHTTPResponseBytes: UInt64?
    /// The var store's budget (default 1 MiB; 0 disables vars).
    public var maxVarBytes: UInt64?

    /// Creates limits (all optional).
    public init(maxPages: UInt32? = nil, maxHTTPResponseBytes: UInt64? = nil, maxVarBytes: UInt64? = nil) {
        self.maxPages = maxPages
        self.maxHTTPResponseBytes = maxHTTPResponseBytes
        self.maxVarBytes = maxVarBytes
    }
}

/// Where a module of a plugin comes from.
public enum WasmSource: Hashable, Sendable {
    /// A file (a relative path resolves against the manifest's base directory).
    case path(String)
    /// The bytes themselves (binary or text format).
    case data([UInt8])
    /// A URL; fetched only when the embedder allows URL sources.
    case url(String, method: String?, headers: [String: String])
}

/// One module of a plugin: its source, its optional name (for linking) and optional SHA-256.
public struct WasmModuleSource: Hashable, Sendable {
    public var source: WasmSource
    /// The name other modules import it by; the module named "main" (or the last) is the plugin.
    public var name: String?
    /// Lower-case hexadecimal SHA-256 the bytes must have.
    public var hash: String?

    /// Creates a module source.
    public init(_ source: WasmSource, name: String? = nil, hash: String? = nil) {
        self.source = source
        self.name = name
        self.hash = hash
    }
}

/// An Extism manifest: the plugin's modules, limits, config and capabilities.
public struct Manifest: Hashable, Sendable {
    /// The modules (at least one).
    public var wasm: [WasmModuleSource]
    /// Memory limits.
    public var memory: PluginMemoryLimits
    /// Read-only key/value configuration the plugin reads with `config_get`.
    public var config: [String: String]
    /// Glob patterns of the hosts `http_request` may reach; nil: none.
    public var allowedHosts: [String]?
    /// Host directory → guest directory pre-opens for WASI (`ro:` prefix: read-only).
    public var allowedPaths: [String: String]?
    /// Per-call time limit in milliseconds.
    public var timeoutMilliseconds: UInt64?
    /// Directory relative `path` sources resolve against (nil: the current directory).
    public var baseDirectory: String?

    /// Creates a manifest.
    public init(wasm: [WasmModuleSource], memory: PluginMemoryLimits = PluginMemoryLimits(),
                config: [String: String] = [:], allowedHosts: [String]? = nil,
                allowedPaths: [String: String]? = nil, timeoutMilliseconds: UInt64? = nil,
                baseDirectory: String? = nil) {
        self.wasm = wasm
        self.memory = memory
        self.config = config
        self.allowedHosts = allowedHosts
        self.allowedPaths = allowedPaths
        self.timeoutMilliseconds = timeoutMilliseconds
        self.baseDirectory = baseDirectory
    }

    /// A manifest of one module given as bytes.
    public init(wasm bytes: [UInt8]) {
        self.init(wasm: [WasmModuleSource(.data(bytes))])
    }
}
