import TesseraTypes
import TesseraBinary

// Reference instructions: ref.null/is_null/func/eq/as_non_null, br_on_null/non_null, casts, i31 and
// the extern/any conversions.

extension FunctionValidator {
    mutating func validateRefNull(_ heap: HeapType) throws(WasmError) {
        try context.checkHeapType(heap)
        push(.ref(RefType(nullable: true, heap)))
    }

    mutating func validateRefIsNull() throws(WasmError) {
        _ = try popReference()
        push(.i32)
    }

    mutating func validateRefFunc(_ function: UInt32) throws(WasmError) {
        try checkFunctionIndex(function)
        if !isConstantExpression && !context.declaredFunctions.contains(function) {
            throw WasmError.invalid("undeclared function reference")
        }
        push(.ref(RefType(nullable: false, .concrete(context.functionTypeIndices[Int(function)]))))
    }

    mutating func validateRefEq() throws(WasmError) {
        let eqref = ValueType.ref(RefType(nullable: true, .abstract(.eq)))
        try pop([eqref, eqref])
        push(.i32)
    }

    /// Pushes a non-null version of a popped reference (bottom when the operand was unknown).
    mutating func pushNonNull(_ reference: RefType?) {
        if let reference {
            push(.ref(RefType(nullable: false, reference.heapType)))
        } else {
            operands.append(.bottomReference)
        }
    }

    mutating func validateRefAsNonNull() throws(WasmError) {
        pushNonNull(try popReference())
    }

    mutating func validateBrOnNull(_ depth: UInt32) throws(WasmError) {
        let types = try labelTypes(depth)
        let reference = try popReference()
        try pop(types)
        push(types)
        pushNonNull(reference)
    }

    mutating func validateBrOnNonNull(_ depth: UInt32) throws(WasmError) {
        let types = try labelTypes(depth)
        guard let last = types.last, last.isReference else {
            throw WasmError.invalid("type mismatch: br_on_non_null needs a label ending in a reference type")
        }
        let reference = try popReference()
        pushNonNull(reference)
        try pop(types)
        push(Array(types.dropLast()))
    }

    /// ref.test and ref.cast: the operand must be in the target's hierarchy.
    mutating func validateCast(_ target: RefType, isTest: Bool) throws(WasmError) {
        try context.checkHeapType(target.heapType)
        let top = context.types.top(of: target.heapType)
        try pop(.ref(RefType(nullable: true, .abstract(top))))
        push(isTest ? .i32 : .ref(target))
    }

    /// br_on_cast (`onFailure` false) and br_on_cast_fail.
    mutating func validateBrOnCast(label: UInt32, from source: RefType, to target: RefType,
                                   onFailure: Bool) throws(WasmError)
    {
        try context.checkHeapType(source.heapType)
        try context.checkHeapType(target.heapType)
        guard context.types.isSubtype(target, of: source) else {
            throw WasmError.invalid("type mismatch: cast target is not a subtype of the source type")
        }
        let types = try labelTypes(label)
        guard let last = types.last, last.isReference else {
            throw WasmError.invalid("type mismatch: br_on_cast needs a label ending in a reference type")
        }
        // The type of references that fail the cast: the source minus null if the target admits null.
        let difference = RefType(nullable: source.isNullable && !target.isNullable, source.heapType)
        try pop(.ref(source))
        push(.ref(onFailure ? difference : target))
        try pop(types)
        push(Array(types.dropLast()))
        push(.ref(onFailure ? target : difference))
    }

    mutating func validateAnyConvertExtern(toAny: Bool) throws(WasmError) {
        let from: AbstractHeapType = toAny ? .extern : .any
        let to: AbstractHeapType = toAny ? .any : .extern
        let operand = try pop(.ref(RefType(nullable: true, .abstract(from))))
        let nullable: Bool
        if case .value(.ref(let r)) = operand { nullable = r.isNullable } else { nullable = false }
        push(.ref(RefType(nullable: nullable, .abstract(to))))
    }

    mutating func validateRefI31() throws(WasmError) {
        try pop(.i32)
        push(.ref(RefType(nullable: false, .abstract(.i31))))
    }

    mutating func validateI31Get() throws(WasmError) {
        try pop(.ref(RefType(nullable: true, .abstract(.i31))))
        push(.i32)
    }
}
