import TesseraTypes
import TesseraBinary

/// Text-format renderings of types for `inspect`.
enum TypeText {
    static func valueType(_ type: ValueType) -> String {
        switch type {
        case .i32: "i32"
        case .i64: "i64"
        case .f32: "f32"
        case .f64: "f64"
        case .v128: "v128"
        case .ref(let r): refType(r)
        }
    }

    static func refType(_ type: RefType) -> String {
        if type.isNullable, case .abstract(let abstract) = type.heapType, let short = shorthand(abstract) {
            return short
        }
        return "(ref \(type.isNullable ? "null " : "")\(heapType(type.heapType)))"
    }

    static func shorthand(_ type: AbstractHeapType) -> String? {
        switch type {
        case .function: "funcref"
        case .extern: "externref"
        case .any: "anyref"
        case .eq: "eqref"
        case .i31: "i31ref"
        case .structure: "structref"
        case .array: "arrayref"
        case .exception: "exnref"
        case .none: "nullref"
        case .noExtern: "nullexternref"
        case .noFunction: "nullfuncref"
        case .noException: "nullexnref"
        }
    }

    static func heapType(_ type: HeapType) -> String {
        switch type {
        case .abstract(let abstract): abstract.textName
        case .concrete(let index): String(index)
        }
    }

    static func storageType(_ type: StorageType) -> String {
        switch type {
        case .i8: "i8"
        case .i16: "i16"
        case .value(let v): valueType(v)
        }
    }

    static func field(_ field: FieldType) -> String {
        let storage = storageType(field.storage)
        return field.isMutable ? "(mut \(storage))" : storage
    }

    static func functionType(_ type: FunctionType) -> String {
        var s = "(func"
        if !type.parameters.isEmpty { s += " (param " + type.parameters.map(valueType).joined(separator: " ") + ")" }
        if !type.results.isEmpty { s += " (result " + type.results.map(valueType).joined(separator: " ") + ")" }
        return s + ")"
    }

    static func composite(_ type: CompositeType) -> String {
        switch type {
        case .function(let f): functionType(f)
        case .structure(let fields):
            fields.isEmpty ? "(struct)" : "(struct " + fields.map { "(field \(field($0)))" }.joined(separator: " ") + ")"
        case .array(let element): "(array \(field(element)))"
        }
    }

    static func subType(_ type: SubType) -> String {
        let body = composite(type.composite)
        if type.isFinal && type.supertypes.isEmpty { return body }
        var s = "(sub "
        if type.isFinal { s += "final " }
        s += type.supertypes.map(String.init).map { $0 + " " }.joined()
        return s + body + ")"
    }

    static func limits(_ limits: Limits) -> String {
        var s = limits.is64 ? "i64 " : ""
        s += String(limits.min)
        if let max = limits.max { s += " \(max)" }
        if limits.isShared { s += " shared" }
        return s
    }

    static func kind(_ kind: ExternalKind) -> String {
        switch kind {
        case .function: "func"
        case .table: "table"
        case .memory: "memory"
        case .global: "global"
        case .tag: "tag"
        }
    }

    static func importDescriptor(_ descriptor: ImportDescriptor) -> String {
        switch descriptor {
        case .function(let typeIndex): "(func (type \(typeIndex)))"
        case .table(let t): "(table \(limits(t.limits)) \(refType(t.elementType)))"
        case .memory(let m):
            "(memory \(limits(m.limits))" + (m.pageSizeLog2 == 16 ? "" : " (pagesize \(1 << Int(m.pageSizeLog2)))") + ")"
        case .global(let g): "(global " + (g.isMutable ? "(mut \(valueType(g.valueType)))" : valueType(g.valueType)) + ")"
        case .tag(let t): "(tag (type \(t.typeIndex)))"
        }
    }
}
