import Foundation
import TesseraText

/// The bytes of one module of a plugin, checked and named.
struct LoadedModuleBytes {
    var name: String
    var bytes: [UInt8]
}

extension Manifest {
    /// Reads every source, checks hashes, assembles text-format modules and picks the main module: the
    /// only one, else the one named "main", else the last. Returns the others first, main last.
    func loadModules(allowURLs: Bool, http: any PluginHTTPClient) throws(PluginError) -> [LoadedModuleBytes] {
        guard !wasm.isEmpty else { throw PluginError(.manifest, "No wasm files specified in Extism manifest") }
        var loaded: [LoadedModuleBytes] = []
        var names = Set<String>()
        for (index, entry) in wasm.enumerated() {
            var bytes = try read(entry.source, allowURLs: allowURLs, http: http)
            if let expected = entry.hash {
                let found = SHA256.hex(bytes)
                guard found == expected.lowercased() else {
                    throw PluginError(.manifest, "Hash mismatch, found \(found) but expected \(expected)")
                }
            }
            if !bytes.starts(with: [0, 0x61, 0x73, 0x6d]) {
                do {
                    bytes = try parseWat(String(decoding: bytes, as: UTF8.self))
                } catch {
                    throw PluginError(.load, "\(error)")
                }
            }
            let name = wasm.count == 1 ? "main" : (entry.name ?? (index == wasm.count - 1 ? "main" : "module\(index)"))
            guard names.insert(name).inserted else {
                throw PluginError(.manifest, "Duplicate module name found in Extism manifest: \(name)")
            }
            loaded.append(LoadedModuleBytes(name: name, bytes: bytes))
        }
        if let main = loaded.firstIndex(where: { $0.name == "main" }) {
            loaded.append(loaded.remove(at: main))
        } else {
            loaded[loaded.count - 1].name = "main"
        }
        return loaded
    }

    private func read(_ source: WasmSource, allowURLs: Bool, http: any PluginHTTPClient) throws(PluginError) -> [UInt8] {
        switch source {
        case .data(let bytes):
            return bytes
        case .path(let path):
            let base = baseDirectory ?? ""
            let full = path.hasPrefix("/") || base.isEmpty ? path : base + "/" + path
            guard let data = FileManager.default.contents(atPath: full) else {
                throw PluginError(.manifest, "No such file or directory: \(full)")
            }
            return Array(data)
        case .url(let url, let method, let headers):
            guard allowURLs else {
                throw PluginError(.manifest, "wasm URL sources are disabled by this host: \(url)")
            }
            do {
                let response = try http.send(PluginHTTPRequest(url: url, method: method ?? "GET", headers: headers,
                                                               body: nil), timeout: nil, maxBodyBytes: 1 << 30)
                guard (200..<300).contains(response.status) else {
                    throw PluginHostError("HTTP status \(response.status)")
                }
                return response.body
            } catch {
                throw PluginError(.manifest, "cannot fetch \(url): \(error)")
            }
        }
    }
}
