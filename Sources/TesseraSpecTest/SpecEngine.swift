public import TesseraTypes
public import TesseraText
public import TesseraValidation

/// An opaque handle to a module instance living inside a ``SpecEngine``.
public struct InstanceHandle: Hashable, Sendable {
    public var id: Int

    public init(id: Int) {
        self.id = id
    }
}

/// A module that decoded and validated, ready to be instantiated by an engine.
public struct CompiledModule: Sendable {
    /// The module binary (the text form is already encoded).
    public var bytes: [UInt8]
    /// The result of validation: the module plus the facts an engine needs.
    public var validated: ValidatedModule

    public init(bytes: [UInt8], validated: ValidatedModule) {
        self.bytes = bytes
        self.validated = validated
    }
}

/// What an engine did with a module it was asked to instantiate.
public enum InstantiationOutcome: Sendable {
    case instantiated(InstanceHandle)
    /// Linking or the start function failed (`.unlinkable`, `.trap`, `.exhaustion`).
    case failed(WasmError)
    /// The engine cannot do this (yet); the reason is reported with the skipped directive.
    case unsupported(String)
}

/// What an engine did with an `invoke` or `get` action.
public enum ActionOutcome: Sendable {
    /// The function returned these values (`get` returns exactly one).
    case returned([SpecValue])
    /// The call trapped or ran out of a resource (`.trap`, `.exhaustion`), or the export is unknown.
    case failed(WasmError)
    /// A WebAssembly exception escaped the call.
    case uncaughtException
    case unsupported(String)
}

/// What an engine did with a `register` directive.
public enum RegistrationOutcome: Sendable {
    case registered
    case failed(WasmError)
    case unsupported(String)
}

/// An engine that can instantiate modules and run actions for the spec runner.
///
/// The runner decodes and validates modules itself and hands them over as ``CompiledModule``s; the engine
/// owns instances (and the `spectest` host module and registered names). A new engine is made for each
/// script, so state never leaks between files. Until the interpreter exists, ``NoExecutionEngine`` answers
/// `.unsupported` everywhere and the runner reports those directives as skipped.
public protocol SpecEngine {
    /// Instantiates `module`, resolving its imports against `spectest` and the registered instances.
    mutating func instantiate(_ module: CompiledModule) -> InstantiationOutcome
    /// Makes the exports of `instance` importable under the module name `name`.
    mutating func register(_ instance: InstanceHandle, as name: String) -> RegistrationOutcome
    /// Calls the exported function `export` of `instance`.
    mutating func invoke(_ instance: InstanceHandle, export: String, arguments: [WastValue]) -> ActionOutcome
    /// Reads the exported global `export` of `instance`.
    mutating func get(_ instance: InstanceHandle, export: String) -> ActionOutcome
}

/// The engine used until the interpreter exists: every execution request is unsupported.
public struct NoExecutionEngine: SpecEngine {
    public static let reason = "execution not implemented"

    public init() {}

    public mutating func instantiate(_ module: CompiledModule) -> InstantiationOutcome {
        .unsupported(Self.reason)
    }

    public mutating func register(_ instance: InstanceHandle, as name: String) -> RegistrationOutcome {
        .unsupported(Self.reason)
    }

    public mutating func invoke(_ instance: InstanceHandle, export: String, arguments: [WastValue]) -> ActionOutcome {
        .unsupported(Self.reason)
    }

    public mutating func get(_ instance: InstanceHandle, export: String) -> ActionOutcome {
        .unsupported(Self.reason)
    }
}
