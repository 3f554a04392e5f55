import TesseraTypes
import TesseraBinary

// Memory instructions: loads, stores, size, grow, fill, copy.

extension Translator {
    /// Translates a memory instruction; false when `instruction` is not one this file handles.
    mutating func translateMemoryInstruction(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .memorySize(0) where isPlainMemory0:
            record(emit(memorySize, Self.word(natural(stack.count))))
        case .memoryGrow(0) where isPlainMemory0:
            translateUnary(memoryGrow, nil)
        case .memoryFill(0) where isPlainMemory0: translateTernary(memoryFill)
        case .memoryCopy(0, 0) where isPlainMemory0: translateTernary(memoryCopy)
        default:
            guard let access = HandlerTable.memory(instruction), access.memArg.memory == 0, isPlainMemory0 else {
                return false
            }
            translateMemory(access.handler, isStore: access.isStore, offset: access.memArg.offset)
        }
        return true
    }

    /// Whether memory 0 exists and is a 32-bit memory (the only kind the current handlers address).
    var isPlainMemory0: Bool {
        guard let memory = context.memories.first else { return false }
        return !memory.limits.is64
    }

    mutating func translateMemory(_ handler: UInt64, isStore: Bool, offset: UInt64) {
        if isStore {
            let value = pop(), address = pop()
            let height = stack.count
            let aSlot = slotOf(address, height: height)
            let vSlot = slotOf(value, height: height + 1)
            emit(word: handler, [Self.word(aSlot), Self.word(vSlot), offset])
        } else {
            let address = slotOf(pop(), height: stack.count)
            record(emit(word: handler, [Self.word(natural(stack.count)), Self.word(address), offset]))
        }
    }
}
