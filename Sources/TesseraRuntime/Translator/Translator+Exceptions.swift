import TesseraTypes
import TesseraBinary

// Exceptions: try_table, throw, throw_ref. The try tables and the unwinder's walk over them are
// described in Runtime/Exceptions/Store+Unwind.swift; the handlers are in Handlers+Exceptions.swift.
//
// A try_table becomes `tryTable [h, body offset, parent link, clause count, clauses…]` followed by one
// pad per clause, then the body. The open try_table's label keeps the instruction's code index in
// `loopStart`; every instruction that can throw ends in a try link to the innermost one.

extension Translator {
    /// Translates an exception instruction; false when `instruction` is not one this file handles.
    mutating func translateExceptionInstruction(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .tryTable(let blockType, let catches): translateTryTable(blockType, catches)
        case .throw(let tag):
            let type = context.functionType(ofTag: tag)
            let base = takeArguments(type.parameters.count)
            emitWithTryLink(throwTag, UInt64(tag), Self.word(base))
            reachable = false
        case .throwRef:
            let reference = slotOf(pop(), height: stack.count)
            emitWithTryLink(throwRef, Self.word(reference))
            reachable = false
        default: return false
        }
        return true
    }

    /// The try link of the word at code index `index`: the offset to the innermost open try_table's
    /// instruction, 0 when there is none.
    func tryLink(at index: Int) -> UInt64 {
        guard let label = labels.last(where: { $0.kind == .tryTable }) else { return 0 }
        return Self.offset(label.loopStart - index)
    }

    /// Emits an instruction that can throw: its operands, then its try link.
    @discardableResult
    mutating func emitWithTryLink(_ handler: Handler, _ operands: UInt64...) -> Int {
        let start = emit(word: handlerWord(handler), operands + [0])
        code[code.count - 1] = tryLink(at: code.count - 1)
        return start
    }

    mutating func translateTryTable(_ blockType: BlockType, _ catches: [Catch]) {
        producer = nil
        let start = code.count
        // The clauses' labels are relative to the context outside the try_table: its label is not
        // pushed yet.
        var words: [UInt64] = [0, tryLink(at: start + 2), UInt64(catches.count)]
        for clause in catches {
            switch clause {
            case .catch(let tag, let label): words += [UInt64(tag) + 1, Self.word(catchTarget(label)), 0, 0]
            case .catchRef(let tag, let label):
                words += [UInt64(tag) + 1, Self.word(catchTarget(label)), CatchFlags.reference, 0]
            case .catchAll(let label): words += [0, Self.word(catchTarget(label)), 0, 0]
            case .catchAllRef(let label): words += [0, Self.word(catchTarget(label)), CatchFlags.reference, 0]
            }
        }
        emit(word: handlerWord(tryTable), words)
        for (k, clause) in catches.enumerated() {
            code[start + 4 + 4 * k + 3] = Self.offset(code.count - start)
            emitCatchPad(clause.label)
        }
        code[start + 1] = Self.offset(code.count - start)
        enterBlock(.tryTable, blockType)
        labels[labels.count - 1].loopStart = start
    }

    /// Where a catch clause branching to `depth` gets its values: the label's natural slots, as a
    /// branch would put them, or the result slots for the function's label.
    func catchTarget(_ depth: UInt32) -> Int {
        let index = labels.count - 1 - Int(depth)
        return labels[index].kind == .function ? 0 : tempBase + labels[index].slotHeight
    }

    /// A clause's pad: a branch to its label (the values are in place), or a return.
    mutating func emitCatchPad(_ depth: UInt32) {
        if Int(depth) == labels.count - 1 {
            emit(returnFrom, Self.word(headerSlot))
        } else {
            emitJump(to: depth)
        }
    }
}
