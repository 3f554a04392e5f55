import Foundation
import TesseraTypes
import TesseraRuntime
import TesseraWASI

/// An Extism plugin: one or more modules linked against a native implementation of the
/// `extism:host/env` kernel, called by export name with bytes in and bytes out.
///
/// ```swift
/// let plugin = try Plugin(manifest: Manifest(wasm: bytes))
/// let output = try plugin.call("greet", "{\"name\":\"Swift\"}")
/// ```
///
/// Vars persist across calls; the module's initializer runs once; a trap leaves the instance usable.
/// Not thread-safe: one call at a time (use `cancelHandle` to stop a call from another thread).
public final class Plugin {
    let engine: Engine
    let modules: [(name: String, module: Module)]
    let hostFunctions: [PluginHostFunction]
    let options: PluginOptions
    let manifest: Manifest
    let context: PluginContext
    // Read and written on every call: unchecked, as one call runs at a time (see the type's notes).
    @exclusivity(unchecked) var live: LiveInstance?
    @exclusivity(unchecked) var needsFreshInstance = false
    /// The WASI context of the current instantiation (when the options enable WASI).
    var wasiContext: WASI?
    /// Stops the running call from another thread.
    public let cancelHandle = PluginCancelHandle()
    /// Pages of the modules' own memories at instantiation; counted against `memory.max_pages` (the
    /// reference host instantiates at the first call, under the limit).
    let initialGuestPages: Int

    /// The store and instances of one instantiation, whether its initializer has run, and the export
    /// the last call resolved.
    final class LiveInstance {
        let store: Store
        let main: Instance
        @exclusivity(unchecked) var initialized = false
        @exclusivity(unchecked) var lastExport: CallableExport?

        init(store: Store, main: Instance) {
            self.store = store
            self.main = main
        }
    }

    /// An export checked to be callable as a plugin function (`() -> i32` or `() -> ()`).
    final class CallableExport {
        let name: String
        let function: Function

        init(name: String, function: Function) {
            self.name = name
            self.function = function
        }
    }

    /// Loads, validates and links the plugin's modules. Throws `PluginError` (`.manifest` or `.load`).
    public init(manifest: Manifest, hostFunctions: [PluginHostFunction] = [],
                options: PluginOptions = PluginOptions()) throws(PluginError) {
        self.manifest = manifest
        self.hostFunctions = hostFunctions
        self.options = options
        engine = Engine(configuration: Self.engineConfiguration(options))
        var config = manifest.config
        for (key, value) in options.config { config[key] = value }
        context = PluginContext(config: config, limits: manifest.memory, allowedHosts: manifest.allowedHosts,
                                logLevel: options.logLevel, logSink: options.logSink, httpClient: options.httpClient)
        context.exposeHTTPHeaders = options.exposeHTTPResponseHeaders
        var compiled: [(String, Module)] = []
        for item in try manifest.loadModules(allowURLs: options.allowURLSources, http: options.httpClient) {
            do {
                compiled.append((item.name, try Module(engine: engine, bytes: item.bytes)))
            } catch {
                throw PluginError(.load, error.message)
            }
        }
        modules = compiled
        initialGuestPages = compiled.reduce(0) { total, item in
            total + item.1.module.memories.reduce(0) { $0 + Int(clamping: $1.limits.min) }
        }
        live = try instantiate()
    }

    /// Loads a plugin from raw module bytes (binary or text format) or a JSON manifest.
    public convenience init(bytes: [UInt8], hostFunctions: [PluginHostFunction] = [],
                            options: PluginOptions = PluginOptions(), baseDirectory: String? = nil) throws(PluginError) {
        let manifest = Manifest.looksLikeModule(bytes) ? Manifest(wasm: bytes)
            : try Manifest(json: bytes, baseDirectory: baseDirectory)
        try self.init(manifest: manifest, hostFunctions: hostFunctions, options: options)
    }

    /// Whether `name` is an export callable as a plugin function (`() -> i32` or `() -> ()`).
    public func functionExists(_ name: String) -> Bool {
        guard let function = modules.last?.module.exports.first(where: { $0.name == name && $0.kind == .function }),
              let type = live?.main.function(function.name)?.type else { return false }
        return type.parameters.isEmpty && (type.results.isEmpty || type.results == [.i32])
    }

    /// Merges `updates` into the config (a nil value removes the key).
    public func updateConfig(_ updates: [String: String?]) {
        for (key, value) in updates { context.config[key] = value }
    }

    /// Calls export `name` with `input`; returns the output bytes or throws the call's `PluginError`.
    public func call(_ name: String, _ input: [UInt8] = []) throws(PluginError) -> [UInt8] {
        let result = rawCall(name, input)
        if let error = result.error { throw PluginError(.call, error, returnCode: result.returnCode) }
        guard result.returnCode == 0 else {
            throw PluginError(.call, "Error code: \(result.returnCode)", returnCode: result.returnCode)
        }
        return result.output
    }

    /// Calls export `name` with UTF-8 text; returns the output as text.
    public func call(_ name: String, _ input: String) throws(PluginError) -> String {
        String(decoding: try call(name, Array(input.utf8)), as: UTF8.self)
    }

    /// Calls export `name` with `input` encoded as JSON and decodes the output as `O`.
    public func call<I: Encodable, O: Decodable>(_ name: String, json input: I, as type: O.Type) throws -> O {
        let output = try call(name, Array(try JSONEncoder().encode(input)))
        return try JSONDecoder().decode(O.self, from: Data(output))
    }
}
