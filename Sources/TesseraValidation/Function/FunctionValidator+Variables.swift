import TesseraTypes
import TesseraBinary

// Locals, globals and the parametric instructions (drop, select).

extension FunctionValidator {
    func local(_ index: UInt32) throws(WasmError) -> ValueType {
        guard let type = locals[index] else { throw WasmError.invalid("unknown local \(index)") }
        return type
    }

    mutating func markInitialized(_ index: UInt32, _ type: ValueType) {
        guard hasNonDefaultableLocals, !type.isDefaultable else { return }
        if initializedLocals.insert(index).inserted { initializationLog.append(index) }
    }

    mutating func validateLocalGet(_ index: UInt32) throws(WasmError) {
        let type = try local(index)
        if !type.isDefaultable && !initializedLocals.contains(index) && index >= functionType.parameters.count {
            throw WasmError.invalid("uninitialized local \(index)")
        }
        push(type)
    }

    mutating func validateLocalSet(_ index: UInt32, tee: Bool) throws(WasmError) {
        let type = try local(index)
        try pop(type)
        markInitialized(index, type)
        if tee { push(type) }
    }

    func checkGlobal(_ index: UInt32) throws(WasmError) -> GlobalType {
        guard Int(index) < visibleGlobals else { throw WasmError.invalid("unknown global \(index)") }
        return context.globals[Int(index)]
    }

    mutating func validateGlobalGet(_ index: UInt32) throws(WasmError) {
        let global = try checkGlobal(index)
        if isConstantExpression && global.isMutable {
            throw WasmError.invalid("constant expression required")
        }
        push(global.valueType)
    }

    mutating func validateGlobalSet(_ index: UInt32) throws(WasmError) {
        let global = try checkGlobal(index)
        if !global.isMutable { throw WasmError.invalid("immutable global \(index)") }
        try pop(global.valueType)
    }

    mutating func validateSelect(_ types: [ValueType]?) throws(WasmError) {
        if let types {
            guard types.count == 1 else { throw WasmError.invalid("invalid result arity") }
            let t = types[0]
            try context.checkValueType(t)
            try pop(.i32)
            try pop(t)
            try pop(t)
            push(t)
            return
        }
        try pop(.i32)
        let first = try popAny()
        let second = try popAny()
        func isNumericOrVector(_ operand: OperandType) -> Bool {
            switch operand {
            case .unknown: true
            case .bottomReference: false
            case .value(let v): !v.isReference
            }
        }
        guard isNumericOrVector(first), isNumericOrVector(second) else {
            throw WasmError.invalid("type mismatch: select without a type needs numeric or vector operands")
        }
        switch (first, second) {
        case (.unknown, _):
            operands.append(second)
        case (_, .unknown):
            operands.append(first)
        default:
            guard first == second else {
                throw WasmError.invalid("type mismatch: select operands \(second) and \(first) differ")
            }
            operands.append(first)
        }
    }
}
