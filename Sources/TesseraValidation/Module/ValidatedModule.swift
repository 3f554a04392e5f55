public import TesseraTypes
public import TesseraBinary

/// A module that passed validation, with the facts derived on the way that instantiation and
/// execution need: canonical type identities, the type of every function, declared references.
public struct ValidatedModule: Sendable {
    /// The module as decoded.
    public let module: WasmModule
    /// The validation context: index spaces (imports first) and the canonical type table.
    public let context: ModuleContext

    /// The function type of every function index (imports first).
    public let functionTypes: [FunctionType]

    /// Wraps a module with the context its validation produced.
    public init(module: WasmModule, context: ModuleContext) {
        self.module = module
        self.context = context
        self.functionTypes = context.functionTypeIndices.map { typeIndex in
            guard case .function(let f) = context.types.composite(typeIndex) else {
                preconditionFailure("function type index validated to be a function type")
            }
            return f
        }
    }

    /// The canonical, module-independent type of every type index.
    public var canonicalTypes: [CanonicalType] { context.types.canonicalTypes }

    /// Dense module-local ids: equal ids mean equal types.
    public var canonicalTypeIDs: [Int] { context.types.canonicalIDs }

    /// The canonical type of a function index (for `call_indirect` checks and import matching).
    public func canonicalType(ofFunction index: UInt32) -> CanonicalType {
        context.types.canonicalTypes[Int(context.functionTypeIndices[Int(index)])]
    }

    /// The function type of a function index.
    public func functionType(ofFunction index: UInt32) -> FunctionType {
        functionTypes[Int(index)]
    }

    /// The functions that `ref.func` may name inside function bodies.
    public var declaredFunctionReferences: Set<UInt32> { context.declaredFunctions }
}

/// Decodes a module binary, then validates it.
public func validateModule(bytes: [UInt8], features: FeatureSet = .default) throws(WasmError) -> ValidatedModule {
    let module = try WasmModule(decoding: bytes, features: features)
    return try ModuleValidator.validate(module, features: features)
}
