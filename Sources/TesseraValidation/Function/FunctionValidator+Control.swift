public import TesseraTypes
import TesseraBinary

// Blocks, branches, calls and returns.

extension FunctionValidator {
    /// The function type of a block type (parameters and results of a block, loop, if or try_table).
    public func signature(of blockType: BlockType) throws(WasmError) -> FunctionType {
        switch blockType {
        case .empty:
            return FunctionType()
        case .value(let t):
            try context.checkValueType(t)
            return FunctionType(parameters: [], results: [t])
        case .typeIndex(let i):
            return try context.requireFunctionType(i)
        }
    }

    mutating func pushFrame(_ kind: ControlFrame.Kind, _ type: FunctionType) {
        frames.append(ControlFrame(kind: kind, parameters: type.parameters, results: type.results,
                                   height: operands.count, isUnreachable: false,
                                   initializationMark: initializationLog.count))
        push(type.parameters)
    }

    /// Enters `block`, `loop` or `if` (popping its condition first).
    mutating func enterBlock(_ kind: ControlFrame.Kind, _ blockType: BlockType) throws(WasmError) {
        let type = try signature(of: blockType)
        if kind == .if { try pop(.i32) }
        try pop(type.parameters)
        pushFrame(kind, type)
    }

    /// Pops the frame's results and checks that nothing else is left in it.
    mutating func popFrameResults() throws(WasmError) {
        let frame = frames[frames.count - 1]
        try pop(frame.results)
        if operands.count != frame.height {
            let extra = operands[frame.height...].map(\.description).joined(separator: " ")
            let results = frame.results.map(\.validationName).joined(separator: " ")
            throw WasmError.invalid("type mismatch: block requires [\(results)] but stack has [\(extra)]")
        }
    }

    /// Forgets the locals initialised inside the frame being left.
    mutating func resetInitializations(to mark: Int) {
        guard initializationLog.count > mark else { return }
        for local in initializationLog[mark...] { initializedLocals.remove(local) }
        initializationLog.removeSubrange(mark...)
    }

    mutating func validateElse() throws(WasmError) {
        guard let frame = frames.last, frame.kind == .if else {
            throw WasmError.invalid("else without matching if")
        }
        try popFrameResults()
        resetInitializations(to: frame.initializationMark)
        frames[frames.count - 1] = ControlFrame(
            kind: .else, parameters: frame.parameters, results: frame.results, height: frame.height,
            isUnreachable: false, initializationMark: frame.initializationMark)
        push(frame.parameters)
    }

    mutating func validateEnd() throws(WasmError) {
        let frame = frames[frames.count - 1]
        try popFrameResults()
        if frame.kind == .if {
            // An `if` without `else` has an implicit empty else branch: parameters flow to results.
            frames[frames.count - 1].isUnreachable = false
            push(frame.parameters)
            try popFrameResults()
        }
        resetInitializations(to: frame.initializationMark)
        frames.removeLast()
        if frames.isEmpty {
            isFinished = true
        } else {
            push(frame.results)
        }
    }

    /// The frame a label refers to.
    func frameIndex(ofLabel depth: UInt32) throws(WasmError) -> Int {
        guard Int(depth) < frames.count else { throw WasmError.invalid("unknown label \(depth)") }
        return frames.count - 1 - Int(depth)
    }

    func labelTypes(_ depth: UInt32) throws(WasmError) -> [ValueType] {
        frames[try frameIndex(ofLabel: depth)].labelTypes
    }

    mutating func validateBr(_ depth: UInt32) throws(WasmError) {
        try pop(try labelTypes(depth))
        markUnreachable()
    }

    mutating func validateBrIf(_ depth: UInt32) throws(WasmError) {
        let types = try labelTypes(depth)
        try pop(.i32)
        try pop(types)
        push(types)
    }

    mutating func validateBrTable(_ table: BrTable) throws(WasmError) {
        try pop(.i32)
        let defaultTypes = try labelTypes(table.defaultTarget)
        let arity = defaultTypes.count
        // Each distinct frame is checked once, however many targets name it.
        var checked = table.targets.count > 8 ? [Bool](repeating: false, count: frames.count) : []
        for target in table.targets {
            let frame = try frameIndex(ofLabel: target)
            let types = frames[frame].labelTypes
            guard types.count == arity else {
                throw WasmError.invalid("type mismatch: br_table targets have different arities")
            }
            if !checked.isEmpty {
                if checked[frame] { continue }
                checked[frame] = true
            }
            try peek(types)
        }
        try pop(defaultTypes)
        markUnreachable()
    }

    mutating func validateReturn() throws(WasmError) {
        try pop(functionType.results)
        markUnreachable()
    }

    // MARK: Calls

    func checkFunctionIndex(_ index: UInt32) throws(WasmError) {
        if Int(index) >= context.functionTypeIndices.count {
            throw WasmError.invalid("unknown function \(index)")
        }
    }

    mutating func applyCall(_ type: FunctionType, tail: Bool) throws(WasmError) {
        try pop(type.parameters)
        if tail {
            // The callee's results must be usable as the caller's.
            guard context.types.isSubtype(type.results, of: functionType.results) else {
                throw WasmError.invalid("type mismatch: tail call results do not match the function's results")
            }
            markUnreachable()
        } else {
            push(type.results)
        }
    }

    mutating func validateCall(_ function: UInt32, tail: Bool) throws(WasmError) {
        try checkFunctionIndex(function)
        try applyCall(context.functionType(ofFunction: function), tail: tail)
    }

    mutating func validateCallIndirect(typeIndex: UInt32, tableIndex: UInt32, tail: Bool) throws(WasmError) {
        try checkTable(tableIndex)
        guard context.types.isSubtype(context.tables[Int(tableIndex)].elementType, of: .funcref) else {
            throw WasmError.invalid("type mismatch: call_indirect on a table of non-function references")
        }
        let type = try context.requireFunctionType(typeIndex)
        try pop(context.addressType(ofTable: tableIndex))
        try applyCall(type, tail: tail)
    }

    mutating func validateCallRef(typeIndex: UInt32, tail: Bool) throws(WasmError) {
        let type = try context.requireFunctionType(typeIndex)
        try pop(.ref(RefType(nullable: true, .concrete(typeIndex))))
        try applyCall(type, tail: tail)
    }

    // MARK: Exceptions

    func checkTag(_ index: UInt32) throws(WasmError) {
        if Int(index) >= context.tagTypeIndices.count { throw WasmError.invalid("unknown tag \(index)") }
    }

    mutating func validateThrow(_ tag: UInt32) throws(WasmError) {
        try checkTag(tag)
        try pop(context.functionType(ofTag: tag).parameters)
        markUnreachable()
    }

    mutating func validateThrowRef() throws(WasmError) {
        try pop(.exnref)
        markUnreachable()
    }

    mutating func validateTryTable(_ blockType: BlockType, _ catches: [Catch]) throws(WasmError) {
        let type = try signature(of: blockType)
        try pop(type.parameters)
        // Catch labels are resolved outside the try_table's own frame.
        for clause in catches {
            let labelTypes = try labelTypes(clause.label)
            var carried: [ValueType]
            switch clause {
            case .catch(let tag, _), .catchRef(let tag, _):
                try checkTag(tag)
                carried = context.functionType(ofTag: tag).parameters
            case .catchAll, .catchAllRef:
                carried = []
            }
            switch clause {
            case .catchRef, .catchAllRef: carried.append(.ref(RefType(nullable: false, .exception)))
            case .catch, .catchAll: break
            }
            guard context.types.isSubtype(carried, of: labelTypes) else {
                throw WasmError.invalid("type mismatch: catch clause does not match its label")
            }
        }
        pushFrame(.tryTable, type)
    }
}
