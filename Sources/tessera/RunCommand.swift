import TesseraTypes
import TesseraBinary
import TesseraRuntime
import TesseraWASI

/// `tessera run [options] FILE.wasm|FILE.wat [ARGS…]`: runs a WASI command (or, with `--invoke`, one
/// export) with wasmtime-compatible options. Exits with the guest's exit code; a trap or an exhausted
/// limit prints the error and backtrace and exits 134 (as wasmtime does on Unix).
enum RunCommand {
    /// The exit status of a run that trapped or ran out of a limit.
    static let trapExit = ExitCode(rawValue: 134)

    static func run(_ arguments: [String]) -> ExitCode {
        let options: RunOptions
        do { options = try RunOptions(arguments) } catch { return usageError(error.message, Usage.run) }
        if options.help {
            print(Usage.run)
            return .success
        }
        guard let bytes = ModuleInput.load(options.file) else { return .failure }
        var configuration = EngineConfiguration()
        configuration.fuelMetering = options.fuel != nil
        let engine = Engine(configuration: configuration)
        let module: Module
        do { module = try Module(engine: engine, bytes: bytes) } catch {
            printError("error: \(options.file): \(error)")
            return .failure
        }
        let wasi: WASI
        do { wasi = try WASI(wasiConfiguration(options)) } catch {
            printError("error: \(error)")
            return .failure
        }
        var linker = Linker()
        do {
            try wasi.define(in: &linker)
            guard try linkUnknownImports(module, into: &linker, trapping: options.trapUnknownImports) else { return .failure }
        } catch {
            printError("error: \(error)")
            return .failure
        }
        let store = Store(engine: engine)
        store.limits = StoreLimits(maxMemoryBytes: options.maxMemory)
        do {
            if let fuel = options.fuel { try store.setFuel(fuel) }
            if let timeout = options.timeout { store.setDeadline(after: timeout) }
            let instance = try linker.instantiate(module, in: store)
            if let name = options.invoke {
                return try invoke(name, options.arguments, instance, wasi)
            }
            return ExitCode(rawValue: try wasi.start(instance))
        } catch {
            if let code = wasi.exitCode { return ExitCode(rawValue: code) }
            printError("error: \(options.file): \(error)")
            return error.kind == .trap || error.kind == .exhaustion || error.kind == .exception ? trapExit : .failure
        }
    }

    /// The guest's view: arguments (module path first), `--env` variables, `--dir` preopens,
    /// inherited standard streams.
    static func wasiConfiguration(_ options: RunOptions) -> WASIConfiguration {
        var wasi = WASIConfiguration()
        wasi.arguments = [options.file] + options.arguments
        for (name, value) in options.environment { wasi.environment[name] = value }
        wasi.stdin = .inherit
        for directory in options.directories { wasi.preopen(host: directory.host, guest: directory.guest) }
        return wasi
    }

    /// Checks that every import is defined. Missing ones are listed and refused, or, with `trapping`,
    /// become functions that trap when called (missing non-function imports are always refused).
    /// Returns false after printing the list.
    static func linkUnknownImports(_ module: Module, into linker: inout Linker, trapping: Bool) throws(WasmError) -> Bool {
        var missing: [String] = []
        var functionIndex: UInt32 = 0
        for declared in module.imports {
            let isFunction = if case .function = declared.descriptor { true } else { false }
            defer { if isFunction { functionIndex += 1 } }
            if declared.module == WASIPreview1.moduleName && WASIPreview1.functionNames.contains(declared.name) { continue }
            if trapping && isFunction {
                let type = module.validated.context.functionType(ofFunction: functionIndex)
                let label = "\(declared.module)::\(declared.name)"
                try linker.define(module: declared.module, name: declared.name, type: type) { _, _ in
                    throw WasmError(.trap, "called the unknown import \(label) (stubbed by --trap-unknown-imports)")
                }
                continue
            }
            missing.append("  \(declared.module)::\(declared.name) (\(kindName(declared.descriptor)))")
        }
        guard missing.isEmpty else {
            printError("error: the module has \(missing.count) unknown import\(missing.count == 1 ? "" : "s"):\n"
                       + missing.joined(separator: "\n")
                       + "\n(--trap-unknown-imports runs it anyway: unknown functions then trap when called)")
            return false
        }
        return true
    }

    static func kindName(_ descriptor: ImportDescriptor) -> String {
        switch descriptor {
        case .function: "function"
        case .table: "table"
        case .memory: "memory"
        case .global: "global"
        case .tag: "tag"
        }
    }
}
