public import TesseraTypes
public import TesseraText
import TesseraBinary
import TesseraRuntime
import TesseraValidation

/// A ``SpecEngine`` that executes scripts with the TesseraRuntime interpreter.
///
/// Each engine owns one runtime store (a new engine is made per script). Imports are resolved against the
/// `spectest` host module and the names registered so far; a later `register` of the same name replaces
/// the earlier one, as in the reference interpreter. What the runtime cannot do is answered
/// `.unsupported` with a reason: GC (its instructions trap "gc not supported…", and non-null GC
/// references cannot cross the host boundary) and anything the runtime reports "not yet supported".
/// The runner's ``SkipPolicy`` decides whether that is a skip or a failure.
public struct RuntimeSpecEngine: SpecEngine {
    /// The prefix of the runtime's messages for families it does not implement yet.
    public static let unsupportedPrefix = "not yet supported"
    /// The prefix of every reason that means "needs GC" (the runtime's GC instructions trap with it).
    public static let gcUnsupportedPrefix = "gc not supported"

    struct LiveInstance {
        var instance: Instance
        var context: ModuleContext
    }

    let engine: Engine
    let store: Store
    var instances: [LiveInstance] = []
    /// Importable values by module name, then item name (exact bytes).
    var namespaces: [String: ExportMap] = [:]
    /// Why the `spectest` module could not be made (then every instantiation reports it).
    var setupFailure: WasmError?
    /// Whether an instantiation was unsupported because it needed GC: the runner then never registers
    /// that instance, so an import from an unknown module name may be one the script meant to come from
    /// it.
    var skippedInstantiation = false

    public init(features: FeatureSet = .default) {
        engine = Engine(configuration: EngineConfiguration(features: features))
        store = Store(engine: engine)
        do {
            namespaces[Spectest.moduleName] = try Spectest.exports(in: store)
        } catch {
            setupFailure = error
        }
    }

    public mutating func instantiate(_ compiled: CompiledModule) -> InstantiationOutcome {
        let outcome = attemptInstantiation(compiled)
        if case .unsupported(let reason) = outcome, reason.hasPrefix(Self.gcUnsupportedPrefix) {
            skippedInstantiation = true
        }
        return outcome
    }

    mutating func attemptInstantiation(_ compiled: CompiledModule) -> InstantiationOutcome {
        if let setupFailure { return .unsupported("spectest module unavailable: \(setupFailure.description)") }
        let module: Module
        var imports: [Extern] = []
        do throws(WasmError) {
            module = try Module(engine: engine, bytes: compiled.bytes)
            for declared in module.imports {
                guard let namespace = namespaces[declared.module] else {
                    if skippedInstantiation {
                        return .unsupported("\(Self.gcUnsupportedPrefix): imports from a module whose instantiation needed GC")
                    }
                    throw WasmError(.unlinkable, "unknown import \"\(declared.module)\" \"\(declared.name)\"")
                }
                guard let value = namespace[declared.name] else {
                    throw WasmError(.unlinkable, "unknown import \"\(declared.module)\" \"\(declared.name)\"")
                }
                imports.append(value)
            }
            let instance = try store.instantiate(module, imports: imports)
            instances.append(LiveInstance(instance: instance, context: module.validated.context))
            return .instantiated(InstanceHandle(id: instances.count - 1))
        } catch {
            return Self.outcome(of: error)
        }
    }

    public mutating func register(_ handle: InstanceHandle, as name: String) -> RegistrationOutcome {
        guard let live = live(handle) else { return .failed(Self.unknownInstance(handle)) }
        namespaces[name] = live.instance.exports
        return .registered
    }

    public mutating func invoke(_ handle: InstanceHandle, export: String, arguments: [WastValue]) -> ActionOutcome {
        guard let live = live(handle) else { return .failed(Self.unknownInstance(handle)) }
        guard let function = live.instance.function(export) else {
            return .failed(WasmError(.unlinkable, "unknown function export \"\(export)\""))
        }
        let type = function.type
        var values: [Value] = []
        for (index, argument) in arguments.enumerated() {
            let expected = index < type.parameters.count ? type.parameters[index] : nil
            switch Self.runtimeValue(argument, as: expected) {
            case .success(let value): values.append(value)
            case .failure(let reason): return .unsupported(reason.message)
            }
        }
        do {
            let results = try function.call(values)
            var converted: [SpecValue] = []
            for (value, valueType) in zip(results, type.results) {
                switch Self.specValue(value, of: valueType, live.context) {
                case .success(let v): converted.append(v)
                case .failure(let reason): return .unsupported(reason.message)
                }
            }
            return .returned(converted)
        } catch {
            return Self.actionOutcome(of: error)
        }
    }

    public mutating func get(_ handle: InstanceHandle, export: String) -> ActionOutcome {
        guard let live = live(handle) else { return .failed(Self.unknownInstance(handle)) }
        guard let global = live.instance.export(export)?.global else {
            return .failed(WasmError(.unlinkable, "unknown global export \"\(export)\""))
        }
        switch Self.specValue(global.value, of: global.type.valueType, live.context) {
        case .success(let v): return .returned([v])
        case .failure(let reason): return .unsupported(reason.message)
        }
    }

    func live(_ handle: InstanceHandle) -> LiveInstance? {
        instances.indices.contains(handle.id) ? instances[handle.id] : nil
    }

    static func unknownInstance(_ handle: InstanceHandle) -> WasmError {
        WasmError(.unlinkable, "unknown instance \(handle.id)")
    }
}
