import TesseraTypes
import TesseraBinary

// Vector (SIMD and relaxed-SIMD) instructions. A v128 operand is always a slot pair (local or temporary):
// the operand mirror's constants are one-slot values, so `v128.const` is an instruction that writes its
// two words into a fresh temporary. Scalar operands (shift counts, lane values, addresses) may be
// constants; those are materialised into scratch slots above every operand still to be read, since
// `natural(h)` past the top counts one slot per height while a popped v128 takes two.

extension Translator {
    /// Translates a vector instruction; false when `instruction` is not one.
    mutating func translateSIMDInstruction(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .v128Const(let v):
            recordVector(emit(vConst, nextFree, v.low, v.high))
        case .i8x16Shuffle(let lanes):
            let b = pop(), a = pop()
            let aSlot = vectorSlot(a, scratch: 0), bSlot = vectorSlot(b, scratch: 2)
            recordVector(emit(vShuffle, nextFree, Self.word(aSlot), Self.word(bSlot), lanes.low, lanes.high))
        default:
            guard let form = HandlerTable.vector(instruction) else { return false }
            translateVector(form)
        }
        return true
    }

    /// Pushes the two-slot temporary the just-emitted instruction wrote.
    private mutating func recordVector(_ start: Int) { record(start, width: 2) }

    /// The first slot of a v128 operand. `scratch` is its offset, in slots, above the first free slot
    /// after the instruction's operands were popped (used only if the operand were a constant).
    private mutating func vectorSlot(_ operand: Operand, scratch: Int) -> Int {
        switch operand {
        case .slot(let s): return s
        case .constant(let bits):
            // Not produced for v128 values; kept total: the constant as the low half, zero above.
            let target = natural(stack.count + scratch)
            emit(vConst, Self.word(target), bits, 0)
            return target
        }
    }

    /// The slot of a scalar operand, materialising a constant `scratch` slots above the first free slot.
    private mutating func scalarSlot(_ operand: Operand, scratch: Int) -> Int {
        slotOf(operand, height: stack.count + scratch)
    }

    private mutating func translateVector(_ form: VectorForm) {
        switch form {
        case .unary(let h):
            let a = vectorSlot(pop(), scratch: 0)
            recordVector(emit(word: h, [nextFree, Self.word(a)]))
        case .binary(let h):
            let b = pop(), a = pop()
            let aSlot = vectorSlot(a, scratch: 0), bSlot = vectorSlot(b, scratch: 2)
            recordVector(emit(word: h, [nextFree, Self.word(aSlot), Self.word(bSlot)]))
        case .ternary(let h):
            let c = pop(), b = pop(), a = pop()
            let aSlot = vectorSlot(a, scratch: 0), bSlot = vectorSlot(b, scratch: 2)
            let cSlot = vectorSlot(c, scratch: 4)
            recordVector(emit(word: h, [nextFree, Self.word(aSlot), Self.word(bSlot), Self.word(cSlot)]))
        case .reduce(let h):
            let a = vectorSlot(pop(), scratch: 0)
            record(emit(word: h, [nextFree, Self.word(a)]))
        case .splat(let h):
            let x = scalarSlot(pop(), scratch: 0)
            recordVector(emit(word: h, [nextFree, Self.word(x)]))
        case .shift(let h, let immediate):
            let n = pop()
            let a = vectorSlot(pop(), scratch: 0)
            if case .constant(let bits) = n {
                recordVector(emit(word: immediate, [nextFree, Self.word(a), bits]))
            } else {
                let nSlot = scalarSlot(n, scratch: 2)
                recordVector(emit(word: h, [nextFree, Self.word(a), Self.word(nSlot)]))
            }
        case .extract(let h, let lane):
            let a = vectorSlot(pop(), scratch: 0)
            record(emit(word: h, [nextFree, Self.word(a), UInt64(lane)]))
        case .replace(let h, let lane):
            let x = pop()
            let a = vectorSlot(pop(), scratch: 0)
            let xSlot = scalarSlot(x, scratch: 2)
            recordVector(emit(word: h, [nextFree, Self.word(a), Self.word(xSlot), UInt64(lane)]))
        case .load(let m0, let mx, let memArg):
            let address = scalarSlot(pop(), scratch: 0)
            recordVector(emit(word: memoryHandler(m0, mx, memArg),
                              [nextFree, Self.word(address), memArg.offset, UInt64(memArg.memory)]))
        case .store(let m0, let mx, let memArg):
            let value = pop(), address = pop()
            let aSlot = scalarSlot(address, scratch: 0), vSlot = vectorSlot(value, scratch: 1)
            emit(word: memoryHandler(m0, mx, memArg),
                 [Self.word(aSlot), Self.word(vSlot), memArg.offset, UInt64(memArg.memory)])
        case .loadLane(let m0, let mx, let memArg, let lane):
            let vector = pop(), address = pop()
            let aSlot = scalarSlot(address, scratch: 0), vSlot = vectorSlot(vector, scratch: 1)
            recordVector(emit(word: memoryHandler(m0, mx, memArg),
                              [nextFree, Self.word(aSlot), Self.word(vSlot), memArg.offset, UInt64(lane),
                               UInt64(memArg.memory)]))
        case .storeLane(let m0, let mx, let memArg, let lane):
            let vector = pop(), address = pop()
            let aSlot = scalarSlot(address, scratch: 0), vSlot = vectorSlot(vector, scratch: 1)
            emit(word: memoryHandler(m0, mx, memArg),
                 [Self.word(aSlot), Self.word(vSlot), memArg.offset, UInt64(lane), UInt64(memArg.memory)])
        }
    }

    /// The first free slot (after the operands were popped), where the result goes.
    private var nextFree: UInt64 { Self.word(natural(stack.count)) }

    /// Memory 0 goes through the mp register; any other memory through the instance's memory table.
    private func memoryHandler(_ m0: UInt64, _ mx: UInt64, _ memArg: MemArg) -> UInt64 {
        memArg.memory == 0 ? m0 : mx
    }
}
