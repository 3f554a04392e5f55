import TesseraTypes
import TesseraBinary

// The per-instruction translation. Instructions without an implementation yet translate to a
// "not yet supported" trap; the code after them in the same block is then unreachable.

extension Translator {
    mutating func translate(_ instruction: Instruction) {
        if !reachable {
            skipUnreachable(instruction)
            return
        }
        chargeFuel(for: instruction)
        switch instruction {
        case .nop: break
        case .unreachable:
            emit(unreachable)
            reachable = false
        case .block(let t): enterBlock(.block, t)
        case .loop(let t): enterBlock(.loop, t)
        case .if(let t): translateIf(t)
        case .else: translateElse()
        case .end: translateEnd()
        case .br(let d): translateBr(d)
        case .brIf(let d): translateBrIf(d)
        case .brTable(let t): translateBrTable(t)
        case .return: emitReturn()
        case .call(let f): translateCall(f)
        case .returnCall(let f): translateReturnCall(f)
        case .callIndirect(let typeIndex, let tableIndex): translateCallIndirect(typeIndex, tableIndex, tail: false)
        case .returnCallIndirect(let typeIndex, let tableIndex): translateCallIndirect(typeIndex, tableIndex, tail: true)
        case .drop: _ = pop()
        case .select, .typedSelect: translateSelect()
        case .localGet(let i): push(.slot(localSlot(Int(i))), width: localWidth(Int(i)))
        case .localSet(let i): translateLocalSet(Int(i), tee: false)
        case .localTee(let i): translateLocalSet(Int(i), tee: true)
        case .globalGet(let g):
            let dst = natural(stack.count)
            let wide = context.globals[Int(g)].valueType == .v128
            record(emit(wide ? globalGet2 : globalGet, Self.word(dst), UInt64(g)), width: wide ? 2 : 1)
        case .globalSet(let g):
            let wide = context.globals[Int(g)].valueType == .v128
            let value = slotOf(pop(), height: stack.count)
            emit(wide ? globalSet2 : globalSet, Self.word(value), UInt64(g))
        case .i32Const(let v): push(.constant(UInt64(UInt32(bitPattern: v))))
        case .i64Const(let v): push(.constant(UInt64(bitPattern: v)))
        case .f32Const(let bits): push(.constant(UInt64(bits)))
        case .f64Const(let bits): push(.constant(bits))
        case .refNull: push(.constant(0))
        case .refFunc(let f):
            record(emit(refFunc, Self.word(natural(stack.count)), UInt64(f)))
        case .refIsNull: translateUnary(refIsNull, nil)
        default:
            if let handlers = HandlerTable.binary(instruction) {
                if translateFusedProduct(instruction) { return }
                translateBinary(instruction, handlers)
            } else if let handler = HandlerTable.unary(instruction) {
                translateUnary(word: handler, instruction == .i32Eqz ? instruction : nil)
            } else if translateFamilies(instruction) {
                return
            } else {
                emit(notSupported)
                reachable = false
            }
        }
    }

    /// The instruction families kept in their own files; each returns false for instructions that are
    /// not its own.
    mutating func translateFamilies(_ instruction: Instruction) -> Bool {
        translateExceptionInstruction(instruction) || translateReferenceInstruction(instruction)
            || translateMemoryInstruction(instruction) || translateTableInstruction(instruction) || translateSIMDInstruction(instruction)
            || translateGCInstruction(instruction)
    }

    /// Tracks block structure in dead code until the enclosing block's `else`/`end`.
    mutating func skipUnreachable(_ instruction: Instruction) {
        switch instruction {
        case .block, .loop, .if, .tryTable: unreachableDepth += 1
        case .else where unreachableDepth == 0: translateElse()
        case .end:
            if unreachableDepth > 0 { unreachableDepth -= 1 } else { translateEnd() }
        default: break
        }
    }

    /// Pushes the temporary the instruction at `start` just wrote at `natural(stack.count)`.
    mutating func record(_ start: Int, compare: Instruction? = nil, immediate: Bool = false, width: Int = 1) {
        pushTemporary(width: width)
        let previous = producer.flatMap { $0.end == start ? ($0.start, $0.end) : nil }
        producer = Producer(start: start, end: code.count, height: stack.count - 1, previous: previous,
                            compare: compare, isImmediate: immediate)
    }

    mutating func translateUnary(_ handler: Handler, _ compare: Instruction?) {
        translateUnary(word: handlerWord(handler), compare)
    }

    mutating func translateUnary(word handler: UInt64, _ compare: Instruction?) {
        let operand = pop()
        let a = slotOf(operand, height: stack.count)
        let dst = natural(stack.count)
        linkAccumulator(operand, height: stack.count, consumer: handler, input: 2)
        record(emit(word: handler, [Self.word(dst), Self.word(a)]), compare: compare)
    }

    mutating func translateBinary(_ instruction: Instruction, _ handlers: (rr: UInt64, ri: UInt64)) {
        let b = pop(), a = pop()
        let isCompare = HandlerTable.compareBranch(instruction) != nil
        let height = stack.count
        if case .constant(let bits) = b {
            let aSlot = slotOf(a, height: height)
            pairWithPrevious(handlers.ri)
            linkAccumulator(a, height: height, consumer: handlers.ri, input: 2)
            record(emit(word: handlers.ri, [Self.word(natural(height)), Self.word(aSlot), bits]),
                   compare: isCompare ? instruction : nil, immediate: true)
            return
        }
        if case .constant(let bits) = a, let ir = HandlerTable.binaryConstantLeft(instruction) {
            let bSlot = slotOf(b, height: height + 1)
            linkAccumulator(b, height: height + 1, consumer: ir, input: 3)
            record(emit(word: ir, [Self.word(natural(height)), bits, Self.word(bSlot)]))
            return
        }
        let aSlot = slotOf(a, height: height)
        let bSlot = slotOf(b, height: height + 1)
        pairWithPrevious(handlers.rr)
        if !linkAccumulator(b, height: height + 1, consumer: handlers.rr, input: 3) {
            linkAccumulator(a, height: height, consumer: handlers.rr, input: 2)
        }
        record(emit(word: handlers.rr, [Self.word(natural(height)), Self.word(aSlot), Self.word(bSlot)]),
               compare: isCompare ? instruction : nil)
    }

    mutating func translateTernary(_ handler: Handler) {
        let c = pop(), b = pop(), a = pop()
        let height = stack.count
        let aSlot = slotOf(a, height: height)
        let bSlot = slotOf(b, height: height + 1)
        let cSlot = slotOf(c, height: height + 2)
        emit(handler, Self.word(aSlot), Self.word(bSlot), Self.word(cSlot))
    }

    mutating func translateSelect() {
        let c = pop(), (b, w) = popWide(), a = pop()
        let height = stack.count
        // Constants are one-slot values; scratch slots for them start above two-slot values.
        let aSlot = slotOf(a, height: height)
        let bSlot = slotOf(b, height: height + w)
        let cSlot = slotOf(c, height: height + 2 * w)
        record(emit(w == 2 ? select2 : select, Self.word(natural(height)), Self.word(aSlot), Self.word(bSlot),
                    Self.word(cSlot)), width: w)
    }

    mutating func translateLocalSet(_ index: Int, tee: Bool) {
        let local = localSlot(index), w = localWidth(index)
        if stack.last == .constant(0), isStillZero(index) {
            // Storing zero into a declared local that is still zero (calls zero declared locals).
            _ = pop()
            if tee { push(.slot(local), width: w) }
            return
        }
        if index >= parameterCount { writtenLocals.insert(index) }
        let isReferenced = stack.dropLast().contains(.slot(local))
        if let p = topIsFreshProduct(), !isReferenced {
            // Fuse: the producer writes the local directly (and stays the last instruction, for the
            // loop-closing branch fusion).
            code[p.start + 1] = Self.word(local)
            _ = pop()
            producer?.height = -1
        } else {
            let value = pop()
            preserveLocal(index)
            move(value, to: local, width: w)
            if tee, !isTemporary(value) {
                // `local.get a; local.tee b`: readers keep reading `a`, so they wait on neither the copy
                // nor a store-to-load forward through `b` (pointer chasing: `at = p; p = *at`); a constant
                // stays a constant, which readers take as an immediate.
                push(value, width: w)
                return
            }
        }
        if tee { push(.slot(local), width: w) }
    }

    /// Whether declared local `index` certainly still holds its initial zero here: no instruction
    /// translated so far writes it, and no enclosing loop can bring a later write back before this
    /// point (outside loops, code runs in translation order; returns end the path).
    func isStillZero(_ index: Int) -> Bool {
        index >= parameterCount && !writtenLocals.contains(index) && !labels.contains { $0.kind == .loop }
    }

    // MARK: - Calls

    /// Moves the top `count` operands into their natural slots and pops them; returns the first slot.
    mutating func takeArguments(_ count: Int) -> Int {
        materializeTop(count)
        truncate(to: stack.count - count)
        return natural(stack.count)
    }

    mutating func translateCall(_ function: UInt32) {
        let type = context.functionType(ofFunction: function)
        let base = takeArguments(type.parameters.count)
        emitWithTryLink(directCallHandler(function), UInt64(function), Self.word(base))
        for t in type.results { pushTemporary(t) }
        producer = nil
    }

    mutating func translateReturnCall(_ function: UInt32) {
        let type = context.functionType(ofFunction: function)
        let base = takeArguments(type.parameters.count)
        emit(directReturnCallHandler(function), UInt64(function), Self.word(base), Self.word(headerSlot))
        reachable = false
    }

    /// `call_indirect` / `return_call_indirect` (and their forms for 64-bit tables).
    mutating func translateCallIndirect(_ typeIndex: UInt32, _ tableIndex: UInt32, tail: Bool) {
        guard let type = context.types.functionType(typeIndex) else { preconditionFailure("validated") }
        let is64 = context.tables[Int(tableIndex)].limits.is64
        // The element index goes to its own natural slot (above the arguments) before they move.
        let elementSlot = slotOf(pop(), height: stack.count)
        let base = takeArguments(type.parameters.count)
        let operands = [UInt64(typeIndex), UInt64(tableIndex), Self.word(base), Self.word(elementSlot)]
        if tail {
            emit(word: handlerWord(is64 ? returnCallIndirect64 : returnCallIndirect), operands + [Self.word(headerSlot)])
            reachable = false
        } else {
            emit(word: handlerWord(is64 ? callIndirect64 : callIndirect), operands + [0])
            code[code.count - 1] = tryLink(at: code.count - 1)
            for t in type.results { pushTemporary(t) }
            producer = nil
        }
    }
}
