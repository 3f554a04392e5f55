public import TesseraTypes

/// Everything function bodies and constant expressions are validated against: the spec's context C.
///
/// Index spaces put imports first. The validator builds it from a `WasmModule`; the translator reads
/// the same facts (function types, global types, canonical type ids) without re-deriving them. A final
/// class with constant properties, so the per-instruction paths reach it through one pointer.
public final class ModuleContext: Sendable {
    /// The validated types with their canonical identities.
    public let types: TypeContext
    /// The type index of every function (imported, then defined).
    public let functionTypeIndices: [UInt32]
    /// Table types (imported, then defined).
    public let tables: [TableType]
    /// Memory types (imported, then defined).
    public let memories: [MemoryType]
    /// Global types (imported, then defined).
    public let globals: [GlobalType]
    /// The type index of every tag (imported, then defined).
    public let tagTypeIndices: [UInt32]
    /// The reference type of every element segment.
    public let elementTypes: [RefType]
    /// The number of data segments that `memory.init`/`data.drop` may name (the data count section's
    /// value when present, else the number of data segments).
    public let dataSegmentCount: Int
    /// The functions a `ref.func` inside a function body may name (the spec's C.refs).
    public let declaredFunctions: Set<UInt32>
    /// How many functions are imported (defined functions follow).
    public let importedFunctionCount: Int
    /// How many globals are imported (defined globals follow).
    public let importedGlobalCount: Int
    /// The features validation accepted.
    public let features: FeatureSet

    init(_ b: ModuleContextBuilder) {
        types = b.types
        functionTypeIndices = b.functionTypeIndices
        tables = b.tables
        memories = b.memories
        globals = b.globals
        tagTypeIndices = b.tagTypeIndices
        elementTypes = b.elementTypes
        dataSegmentCount = b.dataSegmentCount
        declaredFunctions = b.declaredFunctions
        importedFunctionCount = b.importedFunctionCount
        importedGlobalCount = b.importedGlobalCount
        features = b.features
    }

    /// The function type of a function index (which must be in bounds).
    @inline(__always)
    public func functionType(ofFunction index: UInt32) -> FunctionType {
        guard case .function(let f) = types.composite(functionTypeIndices[Int(index)]) else {
            preconditionFailure("function type index validated to be a function type")
        }
        return f
    }

    /// The function type of a tag (which must be in bounds).
    public func functionType(ofTag index: UInt32) -> FunctionType {
        guard case .function(let f) = types.composite(tagTypeIndices[Int(index)]) else {
            preconditionFailure("tag type index validated to be a function type")
        }
        return f
    }

    /// The address type of a memory (i64 for memory64).
    @inline(__always)
    public func addressType(ofMemory index: UInt32) -> ValueType {
        memories[Int(index)].limits.is64 ? .i64 : .i32
    }

    /// The address type of a table (i64 for table64).
    @inline(__always)
    public func addressType(ofTable index: UInt32) -> ValueType {
        tables[Int(index)].limits.is64 ? .i64 : .i32
    }

    func checkTypeIndex(_ index: UInt32) throws(WasmError) { try types.checkTypeIndex(index) }
    func checkHeapType(_ heap: HeapType) throws(WasmError) { try types.checkHeapType(heap) }
    func checkValueType(_ type: ValueType) throws(WasmError) { try types.checkValueType(type) }
    func requireFunctionType(_ index: UInt32) throws(WasmError) -> FunctionType {
        try types.requireFunctionType(index)
    }
}

/// The context under construction: index spaces filled from imports and definitions.
struct ModuleContextBuilder {
    var types: TypeContext
    var functionTypeIndices: [UInt32] = []
    var tables: [TableType] = []
    var memories: [MemoryType] = []
    var globals: [GlobalType] = []
    var tagTypeIndices: [UInt32] = []
    var elementTypes: [RefType] = []
    var dataSegmentCount: Int = 0
    var declaredFunctions: Set<UInt32> = []
    var importedFunctionCount = 0
    var importedGlobalCount = 0
    let features: FeatureSet

    init(types: TypeContext, features: FeatureSet) {
        self.types = types
        self.features = features
    }
}

// MARK: - Well-formedness of types in the module's context

extension TypeContext {
    func checkTypeIndex(_ index: UInt32) throws(WasmError) {
        if Int(index) >= count { throw WasmError.invalid("unknown type \(index)") }
    }

    func checkHeapType(_ heap: HeapType) throws(WasmError) {
        if case .concrete(let i) = heap { try checkTypeIndex(i) }
    }

    func checkValueType(_ type: ValueType) throws(WasmError) {
        if case .ref(let r) = type { try checkHeapType(r.heapType) }
    }

    /// The function type a type index denotes, or an error if it is unknown or not a function type.
    func requireFunctionType(_ index: UInt32) throws(WasmError) -> FunctionType {
        try checkTypeIndex(index)
        guard case .function(let f) = composite(index) else {
            throw WasmError.invalid("type mismatch: type \(index) is not a function type")
        }
        return f
    }
}
