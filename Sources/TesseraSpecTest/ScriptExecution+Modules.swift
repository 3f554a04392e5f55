import TesseraTypes
import TesseraText

extension ScriptExecution {
    /// `(module ...)`: must decode and validate; then it is instantiated unless it is a definition. When
    /// the engine cannot instantiate, later uses of the instance are unsupported with the engine's
    /// reason (skipped or failed as the skip policy says).
    mutating func runModule(_ module: WastModule, line: Int) -> DirectiveOutcome.Status {
        let compiled: CompiledModule
        do {
            compiled = try compile(module)
        } catch {
            bind(.unavailable(reason: "module at line \(line) failed to compile"), id: module.id,
                 isDefinition: module.isDefinition)
            return .failed(expected: "module to decode and validate", got: error.description)
        }
        if let id = module.id { definitions[id] = compiled }
        lastDefinition = compiled
        if module.isDefinition { return .passed }
        switch engine.instantiate(compiled) {
        case .instantiated(let handle):
            bind(.live(handle), id: module.id, isDefinition: false)
            return .passed
        case .unsupported(let reason):
            bind(.unavailable(reason: reason), id: module.id, isDefinition: false)
            // Decoding and validation passed; whether not instantiating counts against the module is
            // the skip policy's call (decode/validate-only runs pass it).
            return skips.policy == .anyReason ? .passed : skips.status(unsupported: reason)
        case .failed(let error):
            bind(.unavailable(reason: "module at line \(line) failed to instantiate"), id: module.id,
                 isDefinition: false)
            return .failed(expected: "module to instantiate", got: error.description)
        }
    }

    /// `(module instance $i $m)`: instantiates a module definition.
    mutating func runModuleInstance(instance: String?, definition: String?, line: Int) -> DirectiveOutcome.Status {
        let found = definition.map { definitions[$0] } ?? lastDefinition
        guard let compiled = found else {
            return .failed(expected: "a module definition", got: "unknown module definition \(definition ?? "")")
        }
        switch engine.instantiate(compiled) {
        case .instantiated(let handle):
            bind(.live(handle), id: instance, isDefinition: false)
            return .passed
        case .unsupported(let reason):
            bind(.unavailable(reason: reason), id: instance, isDefinition: false)
            return skips.status(unsupported: reason)
        case .failed(let error):
            bind(.unavailable(reason: "module instance at line \(line) failed"), id: instance, isDefinition: false)
            return .failed(expected: "module to instantiate", got: error.description)
        }
    }

    /// `(register "name" $i?)`.
    mutating func runRegister(name: String, instance: String?) -> DirectiveOutcome.Status {
        switch resolveInstance(instance) {
        case .failure(let status):
            return status.status
        case .success(let handle):
            switch engine.register(handle, as: name) {
            case .registered: return .passed
            case .unsupported(let reason): return skips.status(unsupported: reason)
            case .failed(let error): return .failed(expected: "registration", got: error.description)
            }
        }
    }

    /// `assert_malformed` / `assert_invalid`: the module must be rejected with an error of `kind`. A text
    /// parse error is malformed; `assert_invalid` additionally requires the module to decode.
    func runAssertRejected(_ module: WastModule, kind: WasmErrorKind, message: String)
        -> (DirectiveOutcome.Status, String?)
    {
        let expected = "\(kind): \(message)"
        do {
            _ = try compile(module)
            return (.failed(expected: expected, got: "module decoded and validated"), nil)
        } catch {
            guard error.kind == kind else { return (.failed(expected: expected, got: error.description), nil) }
            return (.passed, mismatchNote(error, expected: message))
        }
    }

    /// `assert_malformed_custom` / `assert_invalid_custom`: a custom section or custom annotation is bad.
    /// Custom sections and annotations have no semantics, so an engine that does not interpret them
    /// accepts the module; that passes with a note. An error of `kind` passes too; any other fails.
    func runAssertCustom(_ module: WastModule, kind: WasmErrorKind, message: String)
        -> (DirectiveOutcome.Status, String?)
    {
        do {
            _ = try compile(module)
            return (.passed, "custom content not interpreted: module accepted")
        } catch {
            guard error.kind == kind else {
                return (.failed(expected: "\(kind): \(message) (or acceptance)", got: error.description), nil)
            }
            return (.passed, mismatchNote(error, expected: message))
        }
    }

    /// `assert_unlinkable` and `assert_trap (module ...)`: the module must compile, and instantiating it
    /// must fail with an error of `kind`.
    mutating func runAssertInstantiationFailure(_ module: WastModule, kind: WasmErrorKind, message: String)
        -> (DirectiveOutcome.Status, String?)
    {
        let expected = "\(kind): \(message)"
        let compiled: CompiledModule
        do {
            compiled = try compile(module)
        } catch {
            return (.failed(expected: "module to decode and validate, then \(expected)", got: error.description), nil)
        }
        switch engine.instantiate(compiled) {
        case .unsupported(let reason):
            return (skips.status(unsupported: reason), nil)
        case .instantiated:
            return (.failed(expected: expected, got: "module instantiated"), nil)
        case .failed(let error):
            guard error.kind == kind else { return (.failed(expected: expected, got: error.description), nil) }
            return (.passed, mismatchNote(error, expected: message))
        }
    }

    /// Binds an instance slot as the current instance and under its name.
    mutating func bind(_ slot: InstanceSlot, id: String?, isDefinition: Bool) {
        if isDefinition { return }
        current = slot
        if let id { instances[id] = slot }
    }
}
