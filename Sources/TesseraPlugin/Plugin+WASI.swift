import Foundation
import TesseraTypes
import TesseraRuntime
import TesseraWASI

// WASI for plugins built against wasi_snapshot_preview1 (the WASI switch of the options): no arguments,
// no environment, stdio discarded (passed through when EXTISM_ENABLE_WASI_OUTPUT is set), files only
// through the manifest's allowed_paths.

extension Plugin {
    /// The code a WASI guest passed to `proc_exit`, when that ended the call. A guest that exited is
    /// done: the next call gets a fresh instance (and WASI context), as after `_start`.
    func exitCode(of error: WasmError) -> Int32? {
        guard let code = wasiContext?.exitCode else { return nil }
        needsFreshInstance = true
        return code
    }

    /// Provides `wasi_snapshot_preview1` when the options ask for it (a new context per instantiation).
    func defineWASI(in linker: inout Linker, provided: inout Set<String>) throws(PluginError) {
        wasiContext = nil
        guard options.wasi else { return }
        var configuration = WASIConfiguration()
        let passThrough = ProcessInfo.processInfo.environment["EXTISM_ENABLE_WASI_OUTPUT"] != nil
        configuration.stdout = passThrough ? .inherit : .discard
        configuration.stderr = passThrough ? .inherit : .discard
        for (host, guest) in (manifest.allowedPaths ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard !host.hasPrefix("ro:") else {
                throw PluginError(.load, "read-only allowed_paths (\(host)) are not supported by this host yet")
            }
            configuration.preopen(host: host, guest: guest)
        }
        do {
            let wasi = try WASI(configuration)
            try wasi.define(in: &linker)
            wasiContext = wasi
        } catch {
            throw PluginError(.load, "cannot set up WASI: \(error)")
        }
        for name in WASIPreview1.functionNames { provided.insert(WASIPreview1.moduleName + "::" + name) }
    }
}
