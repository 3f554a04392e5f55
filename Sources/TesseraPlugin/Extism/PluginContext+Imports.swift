import TesseraTypes
import TesseraRuntime

// The `extism:host/env` namespace: 20 kernel functions and 12 host functions, natively.

extension PluginContext {
    /// The namespace every Extism facility is imported from.
    static let namespace = "extism:host/env"

    /// A kernel or host function's body over the raw call (arguments in slots, results from slot 0).
    typealias Body = (PluginContext, HostCall) throws -> Void

    /// Every `extism:host/env` function with its exact WebAssembly type.
    nonisolated(unsafe) static let imports: [String: (FunctionType, Body)] = {
        let i64: ValueType = .i64, i32: ValueType = .i32
        func t(_ p: [ValueType], _ r: [ValueType]) -> FunctionType { FunctionType(parameters: p, results: r) }
        var table: [String: (FunctionType, Body)] = [
            "alloc": (t([i64], [i64]), { c, h in h.setU64(0, try c.memory.alloc(h.u64(0))) }),
            "free": (t([i64], []), { c, h in try c.memory.release(h.u64(0)) }),
            "length": (t([i64], [i64]), { c, h in h.setU64(0, try c.memory.length(h.u64(0))) }),
            "length_unsafe": (t([i64], [i64]), { c, h in h.setU64(0, try c.memory.lengthUnsafe(h.u64(0))) }),
            "load_u8": (t([i64], [i32]), { c, h in h.setU32(0, UInt32(try c.memory.loadU8(h.u64(0)))) }),
            "load_u64": (t([i64], [i64]), { c, h in h.setU64(0, try c.memory.loadU64(h.u64(0))) }),
            "store_u8": (t([i64, i32], []), { c, h in try c.memory.storeU8(h.u64(0), UInt8(truncatingIfNeeded: h.u32(1))) }),
            "store_u64": (t([i64, i64], []), { c, h in try c.memory.storeU64(h.u64(0), h.u64(1)) }),
            "input_length": (t([], [i64]), { c, h in h.setU64(0, c.memory.field(ExtismMemory.inputLengthField)) }),
            "input_offset": (t([], [i64]), { c, h in h.setU64(0, c.memory.field(ExtismMemory.inputOffsetField)) }),
            "input_load_u8": (t([i64], [i32]), { c, h in h.setU32(0, UInt32(try c.memory.inputLoadU8(h.u64(0)))) }),
            "input_load_u64": (t([i64], [i64]), { c, h in h.setU64(0, try c.memory.inputLoadU64(h.u64(0))) }),
            "input_set": (t([i64, i64], []), { c, h in c.memory.setRange(ExtismMemory.inputOffsetField, h.u64(0), h.u64(1)) }),
            "output_set": (t([i64, i64], []), { c, h in c.memory.setRange(ExtismMemory.outputOffsetField, h.u64(0), h.u64(1)) }),
            "output_length": (t([], [i64]), { c, h in h.setU64(0, c.memory.field(ExtismMemory.outputLengthField)) }),
            "output_offset": (t([], [i64]), { c, h in h.setU64(0, c.memory.field(ExtismMemory.outputOffsetField)) }),
            "reset": (t([], []), { c, _ in c.memory.reset() }),
            "error_set": (t([i64], []), { c, h in c.memory.setError(h.u64(0)) }),
            "error_get": (t([], [i64]), { c, h in h.setU64(0, c.memory.field(ExtismMemory.errorField)) }),
            "memory_bytes": (t([], [i64]), { c, h in h.setU64(0, c.memory.field(ExtismMemory.lengthField)) }),

            "config_get": (t([i64], [i64]), { c, h in
                let key = try c.handleString(h.u64(0), "config key")
                guard let value = c.config[key] else { return h.setU64(0, 0) }
                h.setU64(0, try c.memory.allocate(Array(value.utf8)))
            }),
            "var_get": (t([i64], [i64]), { c, h in
                let key = try c.handleString(h.u64(0), "var key")
                guard let value = c.vars[key] else { return h.setU64(0, 0) }
                h.setU64(0, try c.memory.allocate(value))
            }),
            "var_set": (t([i64, i64], []), { c, h in
                if c.limits.maxVarBytes == 0 { throw PluginHostError("Vars are disabled by this host") }
                let key = try c.handleString(h.u64(0), "var key")
                let value: [UInt8]? = h.u64(1) == 0 ? nil : try c.handleBytes(h.u64(1), "var value")
                try c.setVar(key, value)
            }),
            "http_request": (t([i64, i64], [i64]), { c, h in h.setU64(0, try c.httpRequest(h.u64(0), h.u64(1))) }),
            "http_status_code": (t([], [i32]), { c, h in h.setI32(0, c.httpStatus) }),
            "http_headers": (t([], [i64]), { c, h in h.setU64(0, try c.httpHeadersHandle()) }),
            "get_log_level": (t([], [i32]), { c, h in h.setI32(0, c.logLevel?.rawValue ?? Int32.max) }),
        ]
        for level in PluginLogLevel.allCases {
            table["log_" + level.name] = (t([i64], []), { c, h in try c.log(level, h.u64(0)) })
        }
        return table
    }()

    /// Defines every `extism:host/env` function that `module` imports (only those), after checking that
    /// it imports nothing else from that namespace.
    func defineImports(of module: Module, in linker: inout Linker, defined: inout Set<String>) throws(PluginError) {
        for item in module.imports where item.module == Self.namespace {
            guard case .function(let typeIndex) = item.descriptor else {
                throw PluginError(.load, "linked modules cannot access non-function exports of extism kernel")
            }
            let declared = module.functionType(at: typeIndex)
            guard let (type, body) = Self.imports[item.name] else {
                throw PluginError(.load, "Invalid function import from extism:host/env: \(item.name) "
                                  + "(type \(declared.map(Self.text) ?? "(func)"))\n\nNote: This may indicate that the PDK "
                                  + "that was used to build this plugin has additional features that aren't available "
                                  + "in this version of the SDK, try updating the SDK to the latest version.")
            }
            guard declared == type else {
                throw PluginError(.load, "types incompatible: expected type `\(declared.map(Self.text) ?? "?")`, "
                                  + "found type `\(Self.text(type))`")
            }
            guard defined.insert(item.name).inserted else { continue }
            do {
                // The closure holds the context strongly: the context never refers to the store.
                try linker.define(module: Self.namespace, name: item.name, HostFunction(type: type, raw: { call in
                    do {
                        try body(self, call)
                    } catch {
                        if self.fault == nil { self.fault = error }
                        throw error
                    }
                }))
            } catch {
                throw PluginError(.load, "\(error)")
            }
        }
    }
}

extension PluginContext {
    /// A function type in the text format's words: `(func (param i64) (result i64))`.
    static func text(_ type: FunctionType) -> String {
        var s = "(func"
        if !type.parameters.isEmpty { s += " (param " + type.parameters.map(name).joined(separator: " ") + ")" }
        if !type.results.isEmpty { s += " (result " + type.results.map(name).joined(separator: " ") + ")" }
        return s + ")"
    }

    private static func name(_ type: ValueType) -> String {
        switch type {
        case .i32: "i32"
        case .i64: "i64"
        case .f32: "f32"
        case .f64: "f64"
        case .v128: "v128"
        default: type == .funcref ? "funcref" : type == .externref ? "externref" : "ref"
        }
    }
}

extension Module {
    /// The function type at `index` of the module's type section, if it is one.
    func functionType(at index: UInt32) -> FunctionType? {
        let types = module.types
        guard Int(index) < types.count, case .function(let f) = types[Int(index)].composite else { return nil }
        return f
    }
}
