import TesseraBinary

// Fusion of a multiply into the add or subtract that consumes its result (the pairs and their
// handlers: HandlerTable.fused, generated). The multiply must be the instruction emitted last, and
// its result an operand of this one: then the multiply's code is removed and one fused instruction
// `[h, dst, x, y, other]` computes both (`y` a constant when the multiply was by one).

extension Translator {
    /// Translates binary `instruction` as a fused pair with the multiply just emitted; false (and
    /// nothing emitted) when the shape does not fit.
    mutating func translateFusedProduct(_ instruction: Instruction) -> Bool {
        let height = stack.count - 2
        guard height >= 0, let p = producer, p.end == code.count, p.end - p.start == 4 else { return false }
        // The product is the right operand (on top), or the left one with a local or constant on top.
        let right = p.height == height + 1
        guard right || (p.height == height && !isTemporary(stack[height + 1])),
              stack[p.height] == .slot(natural(p.height)) else { return false }
        for first in [Instruction.f64Mul, .f32Mul, .i32Mul, .i64Mul] {
            guard let handlers = HandlerTable.fused(first, instruction), let multiply = HandlerTable.binary(first),
                  code[p.start] == multiply.rr || code[p.start] == multiply.ri else { continue }
            let byConstant = code[p.start] == multiply.ri
            let x = code[p.start + 2], y = code[p.start + 3]
            // The multiply's operand that came in an accumulator comes so into the fused instruction
            // (its x and y are the multiply's a and b, in the same words).
            let incoming = accumulatorLinks.last.flatMap { $0.consumer == p.start ? $0 : nil }
            dropAccumulatorLinks(from: p.start)
            code.removeSubrange(p.start...)
            while let last = sourceMap.last, last.code >= p.start { sourceMap.removeLast() }
            producer = nil
            let other = right ? stack[height] : stack[height + 1]
            _ = pop()
            _ = pop()
            // A constant goes above the slots the multiply reads (its operands sit at the product's
            // height and the one above).
            let otherSlot = slotOf(other, height: p.height + 2)
            let handler = byConstant ? (right ? handlers.rightRI : handlers.leftRI) : (right ? handlers.right : handlers.left)
            if var link = incoming, code.count == p.start,
               HandlerTable.accumulatorBases[handler]?.inputs.contains(link.input) == true {
                link.consumerWord = handler
                accumulatorLinks.append(link)
            }
            record(emit(word: handler,
                        [Self.word(natural(height)), x, y, Self.word(otherSlot)]))
            return true
        }
        return false
    }

    /// Whether `operand` is a temporary (its value computed by code, not a local or a constant).
    func isTemporary(_ operand: Operand) -> Bool {
        if case .slot(let s) = operand { return s >= tempBase }
        return false
    }

    /// Before emitting the instruction with `handler`: when the instruction emitted last pairs with it
    /// (HandlerTable.adjacent: computed stores, operator chains, add + load, load + branch), switches
    /// that one to the handler running both. The pair runs exactly as the two instructions did: the
    /// second's words stay in the code after the first's, and the tables hold only seconds that no
    /// later fusion removes or rewrites.
    mutating func pairWithPrevious(_ handler: UInt64) {
        guard let p = producer, p.end == code.count,
              let both = HandlerTable.adjacent[HandlerPair(code[p.start], handler)] else { return }
        if let link = accumulatorLinks.last, link.consumer == p.start {
            // The first takes an operand from an accumulator: the pair must too (operator + store pairs
            // have such forms), or the two stay apart and the value goes on in the register.
            guard HandlerTable.accumulatorBases[both]?.inputs.contains(link.input) == true else { return }
            accumulatorLinks[accumulatorLinks.count - 1].consumerWord = both
        }
        code[p.start] = both
        producer = nil
        // The second's own handler word stays in the code but never runs (accumulator links skip it).
        pairedSecond = code.count
    }
}
