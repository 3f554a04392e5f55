public import TesseraTypes
public import TesseraRuntime

/// What a host function sees of the plugin that called it: the Extism memory its handles point into.
public struct CurrentPlugin {
    let context: PluginContext

    /// The bytes of the block at `handle` (empty for 0 or a handle that is not a block start).
    public func bytes(_ handle: UInt64) -> [UInt8] { (try? context.memory.blockBytes(handle)) ?? [] }

    /// The block at `handle` as UTF-8 text.
    public func string(_ handle: UInt64) -> String { String(decoding: bytes(handle), as: UTF8.self) }

    /// Allocates a block holding `bytes` and returns its handle (0 for no bytes).
    public func allocate(_ bytes: [UInt8]) throws -> UInt64 { try context.memory.allocate(bytes) }

    /// Allocates a block holding the UTF-8 of `text`.
    public func allocate(_ text: String) throws -> UInt64 { try allocate(Array(text.utf8)) }

    /// Frees the block at `handle`.
    public func free(_ handle: UInt64) throws { try context.memory.release(handle) }
}

/// A function the embedder provides to plugins, imported as `namespace`.`name`.
public struct PluginHostFunction {
    /// The import name.
    public var name: String
    /// The import module (by default `extism:host/user`).
    public var namespace: String
    /// The WebAssembly type (strings and bytes travel as i64 handles).
    public var type: FunctionType
    /// The implementation; a thrown error fails the plugin call.
    public var body: (CurrentPlugin, [Value]) throws -> [Value]

    /// Creates a host function.
    public init(name: String, namespace: String = "extism:host/user", parameters: [ValueType], results: [ValueType],
                _ body: @escaping (CurrentPlugin, [Value]) throws -> [Value]) {
        self.name = name
        self.namespace = namespace
        self.type = FunctionType(parameters: parameters, results: results)
        self.body = body
    }
}

/// Host-side options of a plugin (what is not in the manifest).
public struct PluginOptions: @unchecked Sendable {
    /// Provide `wasi_snapshot_preview1` (stdio discarded; files only through `allowed_paths`).
    public var wasi: Bool
    /// Fuel per call (instructions, roughly); nil: unlimited.
    public var fuel: UInt64?
    /// Messages at or above this level reach `logSink`; nil: logging off.
    public var logLevel: PluginLogLevel?
    /// Receives log lines.
    public var logSink: @Sendable (PluginLogLevel, String) -> Void
    /// Performs `http_request` (after the allow-list check).
    public var httpClient: any PluginHTTPClient
    /// Whether manifest `url` sources may be fetched.
    public var allowURLSources: Bool
    /// Whether `http_headers` returns the last response's headers (else 0).
    public var exposeHTTPResponseHeaders: Bool
    /// Configuration merged over the manifest's (a nil value removes a key).
    public var config: [String: String?]

    /// Creates options.
    public init(wasi: Bool = false, fuel: UInt64? = nil, logLevel: PluginLogLevel? = nil,
                logSink: @escaping @Sendable (PluginLogLevel, String) -> Void = { _, _ in },
                httpClient: any PluginHTTPClient = SocketHTTPClient(), allowURLSources: Bool = false,
                exposeHTTPResponseHeaders: Bool = false, config: [String: String?] = [:]) {
        self.wasi = wasi
        self.fuel = fuel
        self.logLevel = logLevel
        self.logSink = logSink
        self.httpClient = httpClient
        self.allowURLSources = allowURLSources
        self.exposeHTTPResponseHeaders = exposeHTTPResponseHeaders
        self.config = config
    }
}

/// The raw outcome of a call, as the reference host's C API reports it.
public struct PluginCallResult: Hashable, Sendable {
    /// The export's return code (0 for a `() -> ()` export), or the host's code for a failure.
    public var returnCode: Int32
    /// The error text, when the call failed with one.
    public var error: String?
    /// The output bytes (empty when the call failed).
    public var output: [UInt8]

    public init(returnCode: Int32, error: String?, output: [UInt8]) {
        self.returnCode = returnCode
        self.error = error
        self.output = output
    }
}
