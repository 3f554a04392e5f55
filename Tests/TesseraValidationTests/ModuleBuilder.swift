import TesseraTypes
import TesseraBinary
import TesseraValidation

/// Small helpers to build modules in memory for validation tests.
enum Build {
    static func function(_ parameters: [ValueType] = [], _ results: [ValueType] = []) -> RecGroup {
        RecGroup(types: [SubType(composite: .function(FunctionType(parameters: parameters, results: results)))])
    }

    /// Encodes a body (the final `end` is appended).
    static func body(_ instructions: [Instruction], locals: [LocalRun] = []) -> FunctionBody {
        var bytes: [UInt8] = []
        for i in instructions { i.encode(into: &bytes) }
        Instruction.end.encode(into: &bytes)
        return FunctionBody(localRuns: locals, code: bytes[...])
    }

    /// A module with one function of type `type` (type 0 unless more groups are given).
    static func module(types: [RecGroup] = [], function type: FunctionType = FunctionType(),
                       locals: [LocalRun] = [], _ instructions: [Instruction]) -> WasmModule {
        var m = WasmModule()
        m.recGroups = types + [RecGroup(types: [SubType(composite: .function(type))])]
        m.functions = [UInt32(m.recGroups.count - 1)]
        m.codes = [body(instructions, locals: locals)]
        return m
    }
}

/// The error validation throws, or nil if the module is valid.
func validationError(_ module: WasmModule, features: FeatureSet = .default) -> WasmError? {
    do {
        _ = try ModuleValidator.validate(module, features: features)
        return nil
    } catch {
        return error
    }
}

/// Whether validation fails as invalid with a message starting with `prefix`.
func isInvalid(_ module: WasmModule, _ prefix: String, features: FeatureSet = .default) -> Bool {
    guard let e = validationError(module, features: features) else { return false }
    return e.kind == .invalid && e.message.hasPrefix(prefix)
}

extension RefType {
    static func ref(_ index: UInt32, nullable: Bool = true) -> RefType { RefType(nullable: nullable, .concrete(index)) }
    static func abstract(_ a: AbstractHeapType, nullable: Bool = true) -> RefType { RefType(nullable: nullable, .abstract(a)) }
}
