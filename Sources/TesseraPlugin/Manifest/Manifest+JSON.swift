import Foundation

// Reading Extism's JSON manifest. Unknown keys are refused, as the reference host does
// ("Unknown manifest format").

extension Manifest {
    /// Whether `bytes` are a module rather than a manifest: the binary magic, or text-format source.
    public static func looksLikeModule(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0, 0x61, 0x73, 0x6d]) { return true }
        let text = bytes.drop(while: { $0 == 0x20 || $0 == 0x0a || $0 == 0x0d || $0 == 0x09 })
        return text.starts(with: Array("(module".utf8)) || text.starts(with: Array(";;".utf8))
            || text.starts(with: Array("(;".utf8))
    }

    /// Parses a JSON manifest; relative paths resolve against `baseDirectory`.
    public init(json bytes: [UInt8], baseDirectory: String? = nil) throws(PluginError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw PluginError(.manifest, "Unknown manifest format")
        }
        guard let root = object as? [String: Any] else { throw PluginError(.manifest, "Unknown manifest format") }
        let known: Set<String> = ["wasm", "memory", "config", "allowed_hosts", "allowed_paths", "timeout_ms"]
        guard root.keys.allSatisfy(known.contains) else { throw PluginError(.manifest, "Unknown manifest format") }
        guard let list = root["wasm"] as? [Any] else { throw PluginError(.manifest, "Unknown manifest format") }
        var modules: [WasmModuleSource] = []
        for entry in list { modules.append(try Self.source(entry)) }
        self.init(wasm: modules, baseDirectory: baseDirectory)
        if let memory = try Self.optional(root["memory"], as: [String: Any].self, "memory") {
            guard memory.keys.allSatisfy(["max_pages", "max_http_response_bytes", "max_var_bytes"].contains) else {
                throw PluginError(.manifest, "Unknown manifest format")
            }
            self.memory.maxPages = try Self.number(memory["max_pages"], "memory.max_pages").map { UInt32(clamping: $0) }
            self.memory.maxHTTPResponseBytes = try Self.number(memory["max_http_response_bytes"],
                                                               "memory.max_http_response_bytes")
            self.memory.maxVarBytes = try Self.number(memory["max_var_bytes"], "memory.max_var_bytes")
        }
        if let config = try Self.optional(root["config"], as: [String: Any].self, "config") {
            for (key, value) in config {
                guard let text = value as? String else {
                    throw PluginError(.manifest, "manifest config value for \"\(key)\" is not a string")
                }
                self.config[key] = text
            }
        }
        allowedHosts = try Self.optional(root["allowed_hosts"], as: [String].self, "allowed_hosts")
        allowedPaths = try Self.optional(root["allowed_paths"], as: [String: String].self, "allowed_paths")
        timeoutMilliseconds = try Self.number(root["timeout_ms"], "timeout_ms")
    }

    private static func optional<T>(_ value: Any?, as: T.Type, _ field: String) throws(PluginError) -> T? {
        guard let value, !(value is NSNull) else { return nil }
        guard let typed = value as? T else { throw PluginError(.manifest, "manifest field \(field) has the wrong type") }
        return typed
    }

    private static func number(_ value: Any?, _ field: String) throws(PluginError) -> UInt64? {
        guard let value, !(value is NSNull) else { return nil }
        guard let n = value as? NSNumber, n.doubleValue >= 0, n.doubleValue == n.doubleValue.rounded() else {
            throw PluginError(.manifest, "manifest field \(field) must be a non-negative integer")
        }
        return n.uint64Value
    }

    private static func source(_ entry: Any) throws(PluginError) -> WasmModuleSource {
        guard let fields = entry as? [String: Any] else { throw PluginError(.manifest, "Unknown manifest format") }
        let name = try optional(fields["name"], as: String.self, "wasm.name")
        let hash = try optional(fields["hash"], as: String.self, "wasm.hash")
        if let path = fields["path"] as? String {
            guard fields.keys.allSatisfy(["path", "name", "hash"].contains) else {
                throw PluginError(.manifest, "Unknown manifest format")
            }
            return WasmModuleSource(.path(path), name: name, hash: hash)
        }
        if let data = fields["data"] {
            guard fields.keys.allSatisfy(["data", "name", "hash"].contains) else {
                throw PluginError(.manifest, "Unknown manifest format")
            }
            guard let text = data as? String, let decoded = Data(base64Encoded: text) else {
                throw PluginError(.manifest, "manifest wasm data must be a base64 string")
            }
            return WasmModuleSource(.data(Array(decoded)), name: name, hash: hash)
        }
        if let url = fields["url"] as? String {
            guard fields.keys.allSatisfy(["url", "name", "hash", "method", "headers"].contains) else {
                throw PluginError(.manifest, "Unknown manifest format")
            }
            let method = try optional(fields["method"], as: String.self, "wasm.method")
            let headers = try optional(fields["headers"], as: [String: String].self, "wasm.headers") ?? [:]
            return WasmModuleSource(.url(url, method: method, headers: headers), name: name, hash: hash)
        }
        throw PluginError(.manifest, "Unknown manifest format")
    }
}
