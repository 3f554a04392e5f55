import TesseraTypes
import TesseraRuntime

extension Plugin {
    /// Instantiates every module in a new store: the named helper modules first (each importable by its
    /// name), then main. Imports resolve against the kernel, the host functions and earlier modules.
    func instantiate() throws(PluginError) -> LiveInstance {
        let store = Store(engine: engine)
        cancelHandle.attach(store)
        var linker = Linker()
        var defined = Set<String>()
        var provided = Set<String>()
        let moduleNames = Set(modules.map(\.name))
        for function in hostFunctions where !moduleNames.contains(function.namespace) {
            let context = self.context
            let body = function.body
            do {
                try linker.define(module: function.namespace, name: function.name, type: function.type) { _, arguments in
                    do {
                        return try body(CurrentPlugin(context: context), arguments)
                    } catch {
                        if context.fault == nil { context.fault = error }
                        throw error
                    }
                }
            } catch {
                throw PluginError(.load, error.message)
            }
            provided.insert(function.namespace + "::" + function.name)
        }
        try defineWASI(in: &linker, provided: &provided)
        var main: Instance?
        for (name, module) in modules {
            try context.defineImports(of: module, in: &linker, defined: &defined)
            for item in module.imports where item.module != PluginContext.namespace {
                guard provided.contains(item.module + "::" + item.name) else {
                    throw PluginError(.load, "unknown import: `\(item.module)::\(item.name)` has not been defined")
                }
            }
            do {
                let instance = try linker.instantiate(module, in: store)
                if name == "main" {
                    main = instance
                } else {
                    try linker.define(module: name, instance: instance)
                    for export in module.exports { provided.insert(name + "::" + export.name) }
                }
            } catch {
                throw PluginError(.load, error.message)
            }
        }
        return LiveInstance(store: store, main: main!)
    }

    /// Runs the guest runtime's initializer once per instantiation: `hs_init` (after `_initialize`),
    /// else `__wasm_call_ctors`, else `_initialize`. Nothing runs for command modules.
    func runInitializer(_ instance: Instance) throws(WasmError) {
        func void(_ name: String) -> Function? {
            guard let f = instance.function(name), f.type.parameters.isEmpty, f.type.results.isEmpty else { return nil }
            return f
        }
        if let hsInit = instance.function("hs_init") {
            if let initialize = void("_initialize") { try initialize.call() }
            let zeros: [Value] = hsInit.type.parameters.map { $0 == .i64 ? .i64(0) : .i32(0) }
            try hsInit.call(zeros)
        } else if let ctors = void("__wasm_call_ctors") {
            try ctors.call()
        } else if let initialize = void("_initialize") {
            try initialize.call()
        }
    }
}
