import TesseraTypes
import TesseraBinary

// Memory instructions: loads, stores, size, grow, fill, copy, init, data.drop, for any memory index
// and both address types (the handlers' layouts are in Handlers+Memory.swift and
// Handlers+MemoryBulk.swift).

extension Translator {
    /// Translates a memory instruction; false when `instruction` is not one this file handles.
    mutating func translateMemoryInstruction(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .memorySize(let m):
            record(emit(memorySize, Self.word(natural(stack.count)), UInt64(m)))
        case .memoryGrow(let m):
            let delta = slotOf(pop(), height: stack.count)
            record(emit(memoryGrow, Self.word(natural(stack.count)), Self.word(delta), UInt64(m),
                        failureResult(is64: context.memories[Int(m)].limits.is64)))
        case .memoryFill(let m): translateBulk(memoryFill, [UInt64(m)])
        case .memoryCopy(let dst, let src): translateBulk(memoryCopy, [UInt64(dst), UInt64(src)])
        case .memoryInit(let segment, let m): translateBulk(memoryInit, [UInt64(m), UInt64(segment)])
        case .dataDrop(let segment): emit(dataDrop, UInt64(segment))
        default:
            guard let access = HandlerTable.memory(instruction) else { return false }
            translateMemoryAccess(fast: access.fast, any: access.any, isStore: access.isStore, access.memArg,
                                  fused: HandlerTable.memoryAddressAdd(instruction),
                                  storeImmediate: HandlerTable.memoryStoreImmediate(instruction))
        }
        return true
    }

    /// What `memory.grow` / `table.grow` return on failure: -1 of the address type.
    func failureResult(is64: Bool) -> UInt64 { is64 ? .max : UInt64(UInt32.max) }

    /// Emits a load (`[h, dst, address, offset(, memory)]`) or store (`[h, address, value, offset(,
    /// memory)]`): the fast form for memory 0 when it is 32-bit (its offsets then fit 32 bits, so
    /// address + offset cannot overflow), else the form for any memory. A load's result is
    /// `resultWidth` slots wide (2 for v128 loads). A fast store of a constant holds the constant in its
    /// value word (`storeImmediate`'s forms).
    mutating func translateMemoryAccess(fast: UInt64, any: UInt64, isStore: Bool, _ memArg: MemArg,
                                        resultWidth: Int = 1, fused: (immediate: UInt64, slot: UInt64)? = nil,
                                        storeImmediate: (fast: UInt64, addImmediate: UInt64, addSlot: UInt64)? = nil) {
        let isFast = memArg.memory == 0 && !context.memories[0].limits.is64 && memArg.offset <= UInt64(UInt32.max)
        // An address the `i32.add` just before computed: the access performs the add itself.
        let add = isFast && fused != nil ? takeAddressAdd(height: stack.count - (isStore ? 2 : 1)) : nil
        let handler = add.map { $0.immediate ? fused!.immediate : fused!.slot } ?? (isFast ? fast : any)
        let tail = add.map { [memArg.offset, $0.b] } ?? (isFast ? [memArg.offset] : [memArg.offset, UInt64(memArg.memory)])
        if isStore {
            let value = pop(), address = pop()
            let height = stack.count
            let aSlot = add?.a ?? slotOf(address, height: height)
            if isFast, let forms = storeImmediate, case .constant(let bits) = value {
                let h = add.map { $0.immediate ? forms.addImmediate : forms.addSlot } ?? forms.fast
                emit(word: h, [Self.word(aSlot), bits] + tail)
                return
            }
            // A constant value goes above the slots the fused add may read.
            let vSlot = slotOf(value, height: height + (add == nil ? 1 : 2))
            // The operator computing the value just before runs the store itself.
            pairWithPrevious(handler)
            linkAccumulator(value, height: height + 1, consumer: handler, input: 2)
            emit(word: handler, [Self.word(aSlot), Self.word(vSlot)] + tail)
        } else {
            let address = pop()
            let aSlot = add?.a ?? slotOf(address, height: stack.count)
            // An `i32.add` just before (into a local, or not the address) runs the load itself.
            pairWithPrevious(handler)
            linkAccumulator(address, height: stack.count, consumer: handler, input: 2)
            record(emit(word: handler, [Self.word(natural(stack.count)), Self.word(aSlot)] + tail), width: resultWidth)
        }
    }

    /// When the entry at `height` is the fresh result of the last instruction and that is an `i32.add`,
    /// removes the add and returns its operands: slot `a`, and `b` as an immediate or a slot.
    mutating func takeAddressAdd(height: Int) -> (a: Int, b: UInt64, immediate: Bool)? {
        guard height >= 0, let p = producer, p.end == code.count, p.height == height,
              stack[height] == .slot(natural(height)), p.end - p.start == 4 else { return nil }
        let immediate: Bool
        switch code[p.start] {
        case handlerWord(i32AddRI): immediate = true
        case handlerWord(i32AddRR): immediate = false
        default: return nil
        }
        let a = Int(truncatingIfNeeded: code[p.start + 2]), b = code[p.start + 3]
        dropAccumulatorLinks(from: p.start)
        code.removeSubrange(p.start...)
        while let last = sourceMap.last, last.code >= p.start { sourceMap.removeLast() }
        producer = nil
        return (a, b, immediate)
    }

    /// Emits `[h, a, b, c, immediates…]` for an instruction that pops three one-slot operands and
    /// pushes nothing (fill, copy, init of memories and tables).
    mutating func translateBulk(_ handler: Handler, _ immediates: [UInt64]) {
        let c = pop(), b = pop(), a = pop()
        let height = stack.count
        let aSlot = slotOf(a, height: height)
        let bSlot = slotOf(b, height: height + 1)
        let cSlot = slotOf(c, height: height + 2)
        emit(word: handlerWord(handler), [Self.word(aSlot), Self.word(bSlot), Self.word(cSlot)] + immediates)
    }
}
