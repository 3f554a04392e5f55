import TesseraTypes
import TesseraBinary

// GC struct and array instructions.

extension FunctionValidator {
    func structFields(_ typeIndex: UInt32) throws(WasmError) -> [FieldType] {
        try context.checkTypeIndex(typeIndex)
        guard case .structure(let fields) = context.types.composite(typeIndex) else {
            throw WasmError.invalid("type mismatch: type \(typeIndex) is not a struct type")
        }
        return fields
    }

    func arrayElement(_ typeIndex: UInt32) throws(WasmError) -> FieldType {
        try context.checkTypeIndex(typeIndex)
        guard case .array(let element) = context.types.composite(typeIndex) else {
            throw WasmError.invalid("type mismatch: type \(typeIndex) is not an array type")
        }
        return element
    }

    func field(_ typeIndex: UInt32, _ fieldIndex: UInt32) throws(WasmError) -> FieldType {
        let fields = try structFields(typeIndex)
        guard Int(fieldIndex) < fields.count else { throw WasmError.invalid("unknown field \(fieldIndex)") }
        return fields[Int(fieldIndex)]
    }

    /// `get` needs an unpacked field, `get_s`/`get_u` a packed one.
    func checkPacking(_ field: FieldType, signed: Bool?) throws(WasmError) {
        if signed == nil && field.storage.isPacked {
            throw WasmError.invalid("type mismatch: field is packed, use a _s or _u variant")
        }
        if signed != nil && !field.storage.isPacked {
            throw WasmError.invalid("type mismatch: field is not packed")
        }
    }

    func nullableRef(_ typeIndex: UInt32) -> ValueType {
        .ref(RefType(nullable: true, .concrete(typeIndex)))
    }

    // MARK: Structs

    mutating func validateStructNew(_ typeIndex: UInt32, defaults: Bool) throws(WasmError) {
        let fields = try structFields(typeIndex)
        if defaults {
            if !context.types.hasDefaultableFields[Int(typeIndex)] {
                throw WasmError.invalid("type mismatch: struct type \(typeIndex) has non-defaultable fields")
            }
        } else {
            // Field by field from the last, stopping at an unreachable frame's base.
            var i = fields.count
            while i > 0 && (operands.count > baseHeight || !isUnreachable) {
                i -= 1
                try pop(fields[i].storage.unpacked)
            }
        }
        push(.ref(RefType(nullable: false, .concrete(typeIndex))))
    }

    mutating func validateStructGet(_ typeIndex: UInt32, _ fieldIndex: UInt32, signed: Bool?) throws(WasmError) {
        let f = try field(typeIndex, fieldIndex)
        try checkPacking(f, signed: signed)
        try pop(nullableRef(typeIndex))
        push(f.storage.unpacked)
    }

    mutating func validateStructSet(_ typeIndex: UInt32, _ fieldIndex: UInt32) throws(WasmError) {
        let f = try field(typeIndex, fieldIndex)
        if !f.isMutable { throw WasmError.invalid("immutable field \(fieldIndex)") }
        try pop([nullableRef(typeIndex), f.storage.unpacked])
    }

    // MARK: Arrays

    func requireMutable(_ element: FieldType) throws(WasmError) {
        if !element.isMutable { throw WasmError.invalid("immutable array") }
    }

    /// Data segments initialise arrays of numbers or vectors (packed included).
    func requireNumericOrVector(_ element: FieldType) throws(WasmError) {
        if case .value(let v) = element.storage, v.isReference {
            throw WasmError.invalid("array type is not numeric or vector")
        }
    }

    func requireElementSegment(_ index: UInt32, for element: FieldType) throws(WasmError) {
        let segmentType = try checkElementSegment(index)
        guard case .value(let v) = element.storage, context.types.isSubtype(.ref(segmentType), of: v) else {
            throw WasmError.invalid("type mismatch: element segment does not match the array type")
        }
    }

    mutating func validateArrayNew(_ typeIndex: UInt32, defaults: Bool) throws(WasmError) {
        let element = try arrayElement(typeIndex)
        if defaults {
            if !context.types.hasDefaultableFields[Int(typeIndex)] {
                throw WasmError.invalid("type mismatch: array type \(typeIndex) has a non-defaultable element")
            }
            try pop(.i32)
        } else {
            try pop([element.storage.unpacked, .i32])
        }
        push(.ref(RefType(nullable: false, .concrete(typeIndex))))
    }

    mutating func validateArrayNewFixed(_ typeIndex: UInt32, count: UInt32) throws(WasmError) {
        let element = try arrayElement(typeIndex)
        let type = element.storage.unpacked
        // Bounded by the stack, not by the (attacker-chosen) count.
        let available = operands.count - baseHeight
        if Int(count) > available && !isUnreachable { throw mismatch(requires: [type]) }
        for _ in 0..<Swift.min(Int(count), available) { try pop(type) }
        push(.ref(RefType(nullable: false, .concrete(typeIndex))))
    }

    mutating func validateArrayNewData(_ typeIndex: UInt32, data: UInt32) throws(WasmError) {
        let element = try arrayElement(typeIndex)
        try requireNumericOrVector(element)
        try checkDataSegment(data)
        try pop([.i32, .i32])
        push(.ref(RefType(nullable: false, .concrete(typeIndex))))
    }

    mutating func validateArrayNewElem(_ typeIndex: UInt32, element segment: UInt32) throws(WasmError) {
        let element = try arrayElement(typeIndex)
        try requireElementSegment(segment, for: element)
        try pop([.i32, .i32])
        push(.ref(RefType(nullable: false, .concrete(typeIndex))))
    }

    mutating func validateArrayGet(_ typeIndex: UInt32, signed: Bool?) throws(WasmError) {
        let element = try arrayElement(typeIndex)
        try checkPacking(element, signed: signed)
        try pop([nullableRef(typeIndex), .i32])
        push(element.storage.unpacked)
    }

    mutating func validateArraySet(_ typeIndex: UInt32) throws(WasmError) {
        let element = try arrayElement(typeIndex)
        try requireMutable(element)
        try pop([nullableRef(typeIndex), .i32, element.storage.unpacked])
    }

    mutating func validateArrayLen() throws(WasmError) {
        try pop(.ref(RefType(nullable: true, .abstract(.array))))
        push(.i32)
    }

    mutating func validateArrayFill(_ typeIndex: UInt32) throws(WasmError) {
        let element = try arrayElement(typeIndex)
        try requireMutable(element)
        try pop([nullableRef(typeIndex), .i32, element.storage.unpacked, .i32])
    }

    mutating func validateArrayCopy(destination: UInt32, source: UInt32) throws(WasmError) {
        let d = try arrayElement(destination)
        let s = try arrayElement(source)
        try requireMutable(d)
        guard context.types.storageMatches(s.storage, d.storage) else {
            throw WasmError.invalid("array types do not match")
        }
        try pop([nullableRef(destination), .i32, nullableRef(source), .i32, .i32])
    }

    mutating func validateArrayInitData(_ typeIndex: UInt32, data: UInt32) throws(WasmError) {
        let element = try arrayElement(typeIndex)
        try requireMutable(element)
        try requireNumericOrVector(element)
        try checkDataSegment(data)
        try pop([nullableRef(typeIndex), .i32, .i32, .i32])
    }

    mutating func validateArrayInitElem(_ typeIndex: UInt32, element segment: UInt32) throws(WasmError) {
        let element = try arrayElement(typeIndex)
        try requireMutable(element)
        try requireElementSegment(segment, for: element)
        try pop([nullableRef(typeIndex), .i32, .i32, .i32])
    }
}
