import TesseraTypes
import TesseraBinary
import TesseraValidation

// Import matching (the spec's external type subtyping): a provided value fits an import when its kind
// agrees and its current type matches the declared one.

extension Store {
    func checkImport(_ declared: Import, _ provided: Extern, module: Module, functionIndex: Int) throws(WasmError) {
        let mismatch = WasmError(.unlinkable, "incompatible import type for \"\(declared.module)\" \"\(declared.name)\"")
        switch (declared.descriptor, provided) {
        case (.function, .function(let f)):
            // Function types match by declared subtyping of their store-wide identities.
            let expected = typeID(TypeKey(module.validated.canonicalType(ofFunction: UInt32(functionIndex))))
            guard f.store === self, typeID(f.entry.pointee.typeID, isSubtypeOf: expected) else { throw mismatch }
        case (.memory(let type), .memory(let m)):
            let s = m.storage.pointee
            guard s.is64 == type.limits.is64, s.pageSizeLog2 == type.pageSizeLog2,
                  Self.limitsMatch(current: s.pages, maximum: s.declaredMaximum, type.limits) else { throw mismatch }
        case (.global(let type), .global(let g)):
            // Immutable globals are covariant; mutable ones need equivalent types.
            guard g.store === self, g.type.isMutable == type.isMutable,
                  valueTypeMatches(g.type.valueType, in: g.typeContext, type.valueType,
                                   in: module.validated.context.types, exact: type.isMutable) else { throw mismatch }
        case (.tag(let type), .tag(let t)):
            guard tagMatches(t, type, of: module) else { throw mismatch }
        case (.table(let type), .table(let t)):
            let s = t.storage.pointee
            guard t.type.limits.is64 == type.limits.is64,
                  Self.limitsMatch(current: UInt64(s.count), maximum: t.type.limits.max, type.limits),
                  elementTypesMatch(type.elementType, of: module, t.type.elementType, s.elementTypeID) else {
                throw mismatch
            }
        default:
            throw mismatch
        }
    }

    /// Limits subtyping with the provided value's current size: at least the declared minimum, and a
    /// maximum at most the declared one when one is declared.
    static func limitsMatch(current: UInt64, maximum: UInt64?, _ declared: Limits) -> Bool {
        guard current >= declared.min else { return false }
        guard let declaredMax = declared.max else { return true }
        guard let maximum else { return false }
        return maximum <= declaredMax
    }

    /// Table element types must be equivalent (tables are mutable): equal abstract types, or concrete
    /// types with the same store-wide identity, with the same nullability.
    func elementTypesMatch(_ declared: RefType, of module: Module, _ provided: RefType, _ providedID: Int) -> Bool {
        guard declared.isNullable == provided.isNullable else { return false }
        switch (declared.heapType, provided.heapType) {
        case (.abstract(let a), .abstract(let b)): return a == b
        case (.concrete(let i), .concrete):
            return typeID(TypeKey(module.validated.canonicalTypes[Int(i)])) == providedID
        default: return false
        }
    }
}
