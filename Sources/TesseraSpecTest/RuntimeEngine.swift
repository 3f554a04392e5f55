public import TesseraTypes
public import TesseraText
import TesseraBinary
import TesseraRuntime
import TesseraValidation

/// A ``SpecEngine`` that executes scripts with the TesseraRuntime interpreter.
///
/// Each engine owns one runtime store (a new engine is made per script). Imports are resolved against the
/// `spectest` host module and the names registered so far; a later `register` of the same name replaces
/// the earlier one, as in the reference interpreter. Whatever the runtime cannot do yet (its "not yet
/// supported" traps, and values it cannot represent: v128, GC and exception references) is answered
/// `.unsupported`, so the runner reports it as skipped rather than failed.
public struct RuntimeSpecEngine: SpecEngine {
    /// The prefix of the runtime's messages for families it does not implement yet.
    public static let unsupportedPrefix = "not yet supported"

    struct LiveInstance {
        var instance: Instance
        var context: ModuleContext
    }

    let engine: Engine
    let store: Store
    var instances: [LiveInstance] = []
    /// Importable values by module name, then item name.
    var namespaces: [String: [String: Extern]] = [:]
    /// Why the `spectest` module could not be made (then every instantiation reports it).
    var setupFailure: WasmError?
    /// Whether an instantiation was skipped as unsupported: the runner then never registers that
    /// instance, so an import from an unknown module name may be one the script meant to come from it.
    var skippedInstantiation = false

    public init(features: FeatureSet = .default) {
        engine = Engine(configuration: EngineConfiguration(features: features))
        store = Store(engine: engine)
        do {
            namespaces[Spectest.moduleName] = try Spectest.exports(in: store, features: features)
        } catch {
            setupFailure = error
        }
    }

    public mutating func instantiate(_ compiled: CompiledModule) -> InstantiationOutcome {
        let outcome = attemptInstantiation(compiled)
        if case .unsupported = outcome { skippedInstantiation = true }
        return outcome
    }

    mutating func attemptInstantiation(_ compiled: CompiledModule) -> InstantiationOutcome {
        if let setupFailure { return .unsupported("spectest module unavailable: \(setupFailure.description)") }
        let module: Module
        var imports: [Extern] = []
        do throws(WasmError) {
            module = try Module(engine: engine, bytes: compiled.bytes)
            for declared in module.imports {
                if case .tag = declared.descriptor { return .unsupported("\(Self.unsupportedPrefix): tag imports") }
                if namespaces[declared.module] == nil, skippedInstantiation {
                    return .unsupported("imports from a module that was not instantiated")
                }
                guard let value = namespaces[declared.module]?[declared.name] else {
                    throw WasmError(.unlinkable, "unknown import \"\(declared.module)\" \"\(declared.name)\"")
                }
                imports.append(value)
            }
            let instance = try store.instantiate(module, imports: imports)
            instances.append(LiveInstance(instance: instance, context: module.validated.context))
            return .instantiated(InstanceHandle(id: instances.count - 1))
        } catch {
            if let reason = Self.unsupportedReason(error) { return .unsupported(reason) }
            return .failed(error)
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
        for valueType in type.parameters + type.results {
            if let reason = Self.unsupportedReason(valueType, live.context) { return .unsupported(reason) }
        }
        var values: [Value] = []
        for (index, argument) in arguments.enumerated() {
            let expected = index < type.parameters.count ? type.parameters[index] : nil
            guard let value = Self.runtimeValue(argument, as: expected) else {
                return .unsupported("\(Self.unsupportedPrefix): argument \(describe(argument))")
            }
            values.append(value)
        }
        do {
            return .returned(try function.call(values).map(Self.specValue))
        } catch {
            if let reason = Self.unsupportedReason(error) { return .unsupported(reason) }
            return .failed(error)
        }
    }

    public mutating func get(_ handle: InstanceHandle, export: String) -> ActionOutcome {
        guard let live = live(handle) else { return .failed(Self.unknownInstance(handle)) }
        guard let global = live.instance.export(export)?.global else {
            return .failed(WasmError(.unlinkable, "unknown global export \"\(export)\""))
        }
        if let reason = Self.unsupportedReason(global.type.valueType, live.context) { return .unsupported(reason) }
        return .returned([Self.specValue(global.value)])
    }

    func live(_ handle: InstanceHandle) -> LiveInstance? {
        instances.indices.contains(handle.id) ? instances[handle.id] : nil
    }

    static func unknownInstance(_ handle: InstanceHandle) -> WasmError {
        WasmError(.unlinkable, "unknown instance \(handle.id)")
    }
}
