import TesseraTypes
import TesseraText

/// An instance name's binding in a running script.
enum InstanceSlot {
    case live(InstanceHandle)
    /// No instance exists: instantiation was skipped (reason) or its module failed (reason says so).
    case unavailable(reason: String)
}

/// The state of one script run: the engine, the instances and the module definitions by name.
struct ScriptExecution {
    var engine: any SpecEngine
    let features: FeatureSet
    /// Whether an unsupported directive is skipped or failed.
    let skips: SkipRule
    /// The most recent module instance (the target of actions without a module name).
    var current: InstanceSlot?
    var instances: [String: InstanceSlot] = [:]
    var definitions: [String: CompiledModule] = [:]
    var lastDefinition: CompiledModule?
    /// Instances whose state lacks the effect of a directive skipped for GC, with that directive's line.
    var gcIncompleteInstances: [InstanceHandle: Int] = [:]

    init(engine: any SpecEngine, features: FeatureSet, skips: SkipRule) {
        self.engine = engine
        self.features = features
        self.skips = skips
    }

    mutating func run(_ directive: WastDirective) -> DirectiveOutcome {
        let status: DirectiveOutcome.Status
        var note: String?
        switch directive.kind {
        case .module(let module):
            status = runModule(module, line: directive.line)
        case .moduleInstance(let instance, let definition):
            status = runModuleInstance(instance: instance, definition: definition, line: directive.line)
        case .register(let name, let instance):
            status = runRegister(name: name, instance: instance)
        case .action(let action):
            status = runAction(action)
        case .assertReturn(let action, let expected):
            status = runAssertReturn(action, expected)
        case .assertTrap(let action, let message):
            (status, note) = runAssertFailure(action, kind: .trap, message: message)
        case .assertExhaustion(let action, let message):
            (status, note) = runAssertFailure(action, kind: .exhaustion, message: message)
        case .assertException(let action):
            status = runAssertException(action)
        case .assertTrapModule(let module, let message):
            (status, note) = runAssertInstantiationFailure(module, kind: .trap, message: message)
        case .assertUnlinkable(let module, let message):
            (status, note) = runAssertInstantiationFailure(module, kind: .unlinkable, message: message)
        case .assertMalformed(let module, let message):
            (status, note) = runAssertRejected(module, kind: .malformed, message: message)
        case .assertInvalid(let module, let message):
            (status, note) = runAssertRejected(module, kind: .invalid, message: message)
        case .assertMalformedCustom(let module, let message):
            (status, note) = runAssertCustom(module, kind: .malformed, message: message)
        case .assertInvalidCustom(let module, let message):
            (status, note) = runAssertCustom(module, kind: .invalid, message: message)
        }
        let final = applyGCState(status, kind: directive.kind, line: directive.line)
        return DirectiveOutcome(line: directive.line, kind: directive.kind.name, status: final, note: note)
    }

    /// Assembles (text modules), decodes and validates a script module.
    func compile(_ module: WastModule) throws(WasmError) -> CompiledModule {
        let bytes = try Toolchain.binary(of: module, features: features)
        let validated = try Toolchain.validate(bytes, features: features)
        return CompiledModule(bytes: bytes, validated: validated)
    }
}

/// Whether an error message satisfies an assertion's expected text: the spec runners match by prefix.
func messageMatches(_ message: String, expected: String) -> Bool {
    message.hasPrefix(expected)
}

/// A note for an error of the right kind whose message is not the expected one (nil when it matches).
func mismatchNote(_ error: WasmError, expected: String) -> String? {
    messageMatches(error.message, expected: expected)
        ? nil : "expected message \"\(expected)\", got \"\(error.message)\""
}
