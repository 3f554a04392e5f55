import TesseraTypes
import TesseraRuntime

extension Plugin {
    /// Calls export `name` with `input` and reports the outcome exactly as the reference host's C API
    /// does (return code, error text, output), without throwing.
    public func rawCall(_ name: String, _ input: [UInt8]) -> PluginCallResult {
        if needsFreshInstance || live == nil {
            context.renewMemory()
            context.vars = [:]
            context.grownPages = 0
            do { live = try instantiate() } catch {
                return PluginCallResult(returnCode: -1, error: error.message, output: [])
            }
            needsFreshInstance = false
        }
        context.grownPages = 0
        if let limit = manifest.memory.maxPages, initialGuestPages > Int(limit) {
            return PluginCallResult(returnCode: -1, error: "oom", output: [])
        }
        guard let current = live else { return PluginCallResult(returnCode: -1, error: "no instance", output: []) }
        needsFreshInstance = name == "_start"
        context.fault = nil
        if !current.initialized {
            current.initialized = true
            do { try runInitializer(current.main) } catch {
                return failure(error)
            }
        }
        let memory = context.memory
        memory.setError(0)
        memory.reset()
        do {
            let h = try memory.allocate(input)
            memory.setRange(ExtismMemory.inputOffsetField, h, UInt64(input.count))
        } catch {
            return failure(WasmError(.trap, "oom"))
        }
        let export: CallableExport
        if let last = current.lastExport, last.name == name {
            export = last
        } else {
            switch callableExport(name, of: current.main) {
            case .callable(let found):
                current.lastExport = found
                export = found
            case .refused(let report):
                return report
            }
        }
        var returnCode: Int32
        do {
            returnCode = try beginCall(current.store) { () throws(WasmError) in
                try export.function.call([]).first?.i32 ?? 0
            }
        } catch {
            // proc_exit ends the call with its code; exit 0 keeps the output like a normal return.
            guard let code = exitCode(of: error), code == 0 else { return failure(error) }
            context.fault = nil
            returnCode = 0
        }
        let errorHandle = memory.field(ExtismMemory.errorField)
        if errorHandle != 0 {
            let text = String(decoding: (try? memory.blockBytes(errorHandle)) ?? [], as: UTF8.self)
            return PluginCallResult(returnCode: returnCode, error: text, output: [])
        }
        guard returnCode == 0 else { return PluginCallResult(returnCode: returnCode, error: nil, output: []) }
        let output = memory.bytes(at: memory.field(ExtismMemory.outputOffsetField),
                                  count: Int(clamping: memory.field(ExtismMemory.outputLengthField)))
        return PluginCallResult(returnCode: 0, error: nil, output: output)
    }

    /// Export `name` of `main` when it is callable as a plugin function, else the reference host's
    /// report of why it is not.
    func callableExport(_ name: String, of main: Instance) -> ExportLookup {
        func refuse(_ text: String) -> ExportLookup {
            .refused(PluginCallResult(returnCode: -1, error: text, output: []))
        }
        guard let function = main.function(name) else { return refuse("Function not found: \(name)") }
        guard function.type.parameters.isEmpty else {
            return refuse("expected \(function.type.parameters.count) arguments, got 0")
        }
        guard function.type.results.isEmpty || function.type.results == [.i32] else {
            return refuse("expected 0 or 1 i32 results, the export returns \(function.type.results.count) values")
        }
        return .callable(CallableExport(name: name, function: function))
    }

    /// The outcome of looking up a plugin function.
    enum ExportLookup {
        case callable(CallableExport)
        case refused(PluginCallResult)
    }

    /// Maps a failed call to the reference host's code and text.
    func failure(_ error: WasmError) -> PluginCallResult {
        defer { context.fault = nil }
        if let exit = exitCode(of: error) {
            return PluginCallResult(returnCode: exit, error: "exit status \(exit)", output: [])
        }
        if let fault = context.fault as? KernelFault, fault == .outOfMemory {
            return PluginCallResult(returnCode: -1, error: "oom", output: [])
        }
        if let limit = limitFailure(error) { return limit }
        let trace = Self.backtraceText(error)
        if let fault = context.fault, !(fault is KernelFault) {
            return PluginCallResult(returnCode: -1, error: trace, output: [])
        }
        return PluginCallResult(returnCode: 134, error: trace, output: [])
    }

    /// The reference host's text for a wasm trap: "error while executing at wasm backtrace:" and one
    /// line per frame, innermost first (`    0:   0x13e3 - module!function`).
    static func backtraceText(_ error: WasmError) -> String {
        var text = "error while executing at wasm backtrace:"
        for (i, frame) in (error.backtrace?.frames ?? []).enumerated() {
            let index = String(i), offset = "0x" + String(frame.offset ?? 0, radix: 16)
            text += "\n" + String(repeating: " ", count: max(0, 5 - index.count)) + index + ": "
            text += String(repeating: " ", count: max(0, 8 - offset.count)) + offset + " - "
            text += (frame.moduleName ?? "<unknown>") + "!"
            text += frame.functionName ?? "<wasm function \(frame.functionIndex)>"
        }
        return text + "\nnote: using the `WASMTIME_BACKTRACE_DETAILS=1` environment variable may show more "
            + "debugging information"
    }
}
