import TesseraTypes
import TesseraRuntime

// The `extism:host/env` namespace: 20 kernel functions and 12 host functions, natively.

extension PluginContext {
    /// The namespace every Extism facility is imported from.
    static let namespace = "extism:host/env"

    /// A kernel or host function's body over the raw call (arguments in slots, results from slot 0).
    typealias Body = (HostCall) throws -> Void

    /// The `extism:host/env` function `name` over this context: its exact WebAssembly type and its body
    /// (nil for a name the namespace lacks).
    ///
    /// The 20 kernel functions are single closures over the Extism memory: the host calls them directly.
    /// They throw only `KernelFault`s, and the one that decides a call's report, `.outOfMemory`, is
    /// recorded as the call's fault where it arises (`chargeGrowth`); an out-of-bounds fault reports as a
    /// trap whether recorded or not. The 12 host functions record whatever they throw (`recording`).
    func function(_ name: String) -> (FunctionType, Body)? {
        let i64: ValueType = .i64, i32: ValueType = .i32
        func t(_ p: [ValueType], _ r: [ValueType]) -> FunctionType { FunctionType(parameters: p, results: r) }
        let m = memory
        switch name {
        case "alloc": return (t([i64], [i64]), { h in h.setU64(0, try m.alloc(h.u64(0))) })
        case "free": return (t([i64], []), { h in try m.release(h.u64(0)) })
        case "length": return (t([i64], [i64]), { h in h.setU64(0, try m.length(h.u64(0))) })
        case "length_unsafe": return (t([i64], [i64]), { h in h.setU64(0, try m.lengthUnsafe(h.u64(0))) })
        case "load_u8": return (t([i64], [i32]), { h in h.setU32(0, UInt32(try m.loadU8(h.u64(0)))) })
        case "load_u64": return (t([i64], [i64]), { h in h.setU64(0, try m.loadU64(h.u64(0))) })
        case "store_u8":
            return (t([i64, i32], []), { h in try m.storeU8(h.u64(0), UInt8(truncatingIfNeeded: h.u32(1))) })
        case "store_u64": return (t([i64, i64], []), { h in try m.storeU64(h.u64(0), h.u64(1)) })
        case "input_length": return (t([], [i64]), { h in h.setU64(0, m.field(ExtismMemory.inputLengthField)) })
        case "input_offset": return (t([], [i64]), { h in h.setU64(0, m.field(ExtismMemory.inputOffsetField)) })
        case "input_load_u8": return (t([i64], [i32]), { h in h.setU32(0, UInt32(try m.inputLoadU8(h.u64(0)))) })
        case "input_load_u64": return (t([i64], [i64]), { h in h.setU64(0, try m.inputLoadU64(h.u64(0))) })
        case "input_set":
            return (t([i64, i64], []), { h in m.setRange(ExtismMemory.inputOffsetField, h.u64(0), h.u64(1)) })
        case "output_set":
            return (t([i64, i64], []), { h in m.setRange(ExtismMemory.outputOffsetField, h.u64(0), h.u64(1)) })
        case "output_length": return (t([], [i64]), { h in h.setU64(0, m.field(ExtismMemory.outputLengthField)) })
        case "output_offset": return (t([], [i64]), { h in h.setU64(0, m.field(ExtismMemory.outputOffsetField)) })
        case "reset": return (t([], []), { _ in m.reset() })
        case "error_set": return (t([i64], []), { h in m.setError(h.u64(0)) })
        case "error_get": return (t([], [i64]), { h in h.setU64(0, m.field(ExtismMemory.errorField)) })
        case "memory_bytes": return (t([], [i64]), { h in h.setU64(0, m.field(ExtismMemory.lengthField)) })

        case "config_get":
            return (t([i64], [i64]), recording { c, h in
                let key = try c.handleString(h.u64(0), "config key")
                guard let value = c.config[key] else { return h.setU64(0, 0) }
                h.setU64(0, try c.memory.allocate(Array(value.utf8)))
            })
        case "var_get":
            return (t([i64], [i64]), recording { c, h in
                let key = try c.handleString(h.u64(0), "var key")
                guard let value = c.vars[key] else { return h.setU64(0, 0) }
                h.setU64(0, try c.memory.allocate(value))
            })
        case "var_set":
            return (t([i64, i64], []), recording { c, h in
                if c.limits.maxVarBytes == 0 { throw PluginHostError("Vars are disabled by this host") }
                let key = try c.handleString(h.u64(0), "var key")
                let value: [UInt8]? = h.u64(1) == 0 ? nil : try c.handleBytes(h.u64(1), "var value")
                try c.setVar(key, value)
            })
        case "http_request":
            return (t([i64, i64], [i64]), recording { c, h in h.setU64(0, try c.httpRequest(h.u64(0), h.u64(1))) })
        case "http_status_code": return (t([], [i32]), recording { c, h in h.setI32(0, c.httpStatus) })
        case "http_headers": return (t([], [i64]), recording { c, h in h.setU64(0, try c.httpHeadersHandle()) })
        case "get_log_level":
            return (t([], [i32]), recording { c, h in h.setI32(0, c.logLevel?.rawValue ?? Int32.max) })
        default:
            guard name.hasPrefix("log_"), let level = PluginLogLevel.allCases.first(where: { "log_" + $0.name == name })
            else { return nil }
            return (t([i64], []), recording { c, h in try c.log(level, h.u64(0)) })
        }
    }

    /// A host function's body that records the error it throws as the call's fault (unless one is).
    /// The body holds the context strongly: the context never refers to the store.
    private func recording(_ body: @escaping (PluginContext, HostCall) throws -> Void) -> Body {
        { call in
            do {
                try body(self, call)
            } catch {
                if self.fault == nil { self.fault = error }
                throw error
            }
        }
    }

    /// Defines every `extism:host/env` function that `module` imports (only those), after checking that
    /// it imports nothing else from that namespace.
    func defineImports(of module: Module, in linker: inout Linker, defined: inout Set<String>) throws(PluginError) {
        for item in module.imports where item.module == Self.namespace {
            guard case .function(let typeIndex) = item.descriptor else {
                throw PluginError(.load, "linked modules cannot access non-function exports of extism kernel")
            }
            let declared = module.functionType(at: typeIndex)
            guard let (type, body) = function(item.name) else {
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
                try linker.define(module: Self.namespace, name: item.name, HostFunction(type: type, raw: body))
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
