public import TesseraTypes
public import TesseraBinary

/// A module that passed validation, with the facts derived on the way that instantiation and
/// execution need: canonical type identities, the type of every function, declared references.
public struct ValidatedModule: Sendable {
    public let module: WasmModule
    /// The validation context: index spaces (imports first) and the canonical type table.
    public let context: ModuleContext

    public init(module: WasmModule, context: ModuleContext) {
        self.module = module
        self.context = context
    }

    /// The canonical, module-independent type of every type index.
    public var canonicalTypes: [CanonicalType] { context.types.canonicalTypes }

    /// Dense module-local ids: equal ids mean equal types.
    public var canonicalTypeIDs: [Int] { context.types.canonicalIDs }

    /// The function type of every function index (imports first).
    public var functionTypes: [FunctionType] {
        context.functionTypeIndices.map { typeIndex in
            guard case .function(let f) = context.types.composite(typeIndex) else { preconditionFailure() }
            return f
        }
    }

    /// The canonical type of a function index (for `call_indirect` checks and import matching).
    public func canonicalType(ofFunction index: UInt32) -> CanonicalType {
        context.types.canonicalTypes[Int(context.functionTypeIndices[Int(index)])]
    }

    /// The function type of a function index.
    public func functionType(ofFunction index: UInt32) -> FunctionType {
        context.functionType(ofFunction: index)
    }

    /// The functions that `ref.func` may name inside function bodies.
    public var declaredFunctionReferences: Set<UInt32> { context.declaredFunctions }
}

/// Decodes a module binary, then validates it.
public func validateModule(bytes: [UInt8], features: FeatureSet = .default) throws(WasmError) -> ValidatedModule {
    let module = try WasmModule(decoding: bytes, features: features)
    return try ModuleValidator.validate(module, features: features)
}
