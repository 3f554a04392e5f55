import TesseraTypes
import TesseraBinary

// Table instructions: get, set, size, grow, fill, copy, init, elem.drop, for any table index and both
// index types (the handlers' layouts are in Handlers+Table.swift).

extension Translator {
    /// Translates a table instruction; false when `instruction` is not one this file handles.
    mutating func translateTableInstruction(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .tableGet(let t):
            let index = slotOf(pop(), height: stack.count)
            record(emit(tableGet, Self.word(natural(stack.count)), Self.word(index), UInt64(t)))
        case .tableSet(let t):
            let value = pop(), index = pop()
            let height = stack.count
            let iSlot = slotOf(index, height: height)
            let vSlot = slotOf(value, height: height + 1)
            emit(tableSet, Self.word(iSlot), Self.word(vSlot), UInt64(t))
        case .tableSize(let t):
            record(emit(tableSize, Self.word(natural(stack.count)), UInt64(t)))
        case .tableGrow(let t):
            let delta = pop(), initial = pop()
            let height = stack.count
            let iSlot = slotOf(initial, height: height)
            let dSlot = slotOf(delta, height: height + 1)
            record(emit(tableGrow, Self.word(natural(height)), Self.word(iSlot), Self.word(dSlot), UInt64(t),
                        failureResult(is64: context.tables[Int(t)].limits.is64)))
        case .tableFill(let t): translateBulk(tableFill, [UInt64(t)])
        case .tableCopy(let dst, let src): translateBulk(tableCopy, [UInt64(dst), UInt64(src)])
        case .tableInit(let segment, let t): translateBulk(tableInit, [UInt64(t), UInt64(segment)])
        case .elemDrop(let segment): emit(elemDrop, UInt64(segment))
        default: return false
        }
        return true
    }
}
