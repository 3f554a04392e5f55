// Accumulator links (Interpreter/Handlers+AccumulatorShapes.swift): when an instruction's operand is the
// fresh result of the instruction emitted just before it (nothing in between, no branch target in
// between: block boundaries reset `producer`), the value can travel in an accumulator register. The
// translator records each such pair as it emits the consumer and switches both handler words to their
// accumulator forms when the function is done, so every other fusion (which looks at plain handler
// words) sees exactly the code it saw before. A link whose instructions a later fusion rewrote or
// removed is dropped.

extension Translator {
    /// A producer → consumer pair whose value may go through an accumulator.
    struct AccumulatorLink {
        var producer: Int
        var producerWord: UInt64
        var consumer: Int
        var consumerWord: UInt64
        /// The consumer's operand word that reads the producer's result.
        var input: Int
        /// The producer writes its slot too (others read it later).
        var keepsSlot: Bool
    }

    /// Before emitting the instruction `handler` at `code.count`: when its operand word `input`, popped
    /// as `operand` from stack height `height`, reads the slot the instruction emitted last just wrote,
    /// records the pair and returns true. A temporary only this instruction reads need not be written
    /// at all; a local (the last instruction's result went to it by `local.set`/`local.tee` fusion) is
    /// written and handed over as well.
    @discardableResult
    mutating func linkAccumulator(_ operand: Operand, height: Int, consumer handler: UInt64, input: Int) -> Bool {
        guard let p = producer, p.end == code.count, p.start != pairedSecond, case .slot(let s) = operand,
              let from = HandlerTable.accumulatorBases[code[p.start]], from.hasResult, from.words == p.end - p.start,
              code[p.start + 1] == Self.word(s),
              let to = HandlerTable.accumulatorBases[handler], to.inputs.contains(input) else { return false }
        if let out = from.resultKind, let into = to.inputKind, out != into { return false }
        let onlyReader = p.height == height && s == natural(height) && isTemporary(operand)
        accumulatorLinks.append(AccumulatorLink(producer: p.start, producerWord: code[p.start], consumer: code.count,
                                                consumerWord: handler, input: input, keepsSlot: !onlyReader))
        return true
    }

    /// Forgets the links into code from `start` on (about to be removed).
    mutating func dropAccumulatorLinks(from start: Int) {
        while let last = accumulatorLinks.last, last.consumer >= start { accumulatorLinks.removeLast() }
    }

    /// Switches the linked instructions to their accumulator forms (when the function is translated).
    mutating func applyAccumulatorLinks() {
        guard !accumulatorLinks.isEmpty else { return }
        var links = accumulatorLinks.filter {
            $0.consumer < code.count && code[$0.producer] == $0.producerWord && code[$0.consumer] == $0.consumerWord
        }
        // Links are recorded as consumers are emitted (and dropped from the end), so they are in code
        // order, one per consumer; a producer is the instruction just before its consumer, so an
        // instruction is the consumer of one link and the producer of the next at most.
        // Each linked instruction, in code order: the operand it takes from an accumulator, and where its
        // result goes.
        var forms: [(start: Int, form: AccumulatorForm)] = []
        var resolved = false
        while !resolved {
            forms.removeAll(keepingCapacity: true)
            for link in links {
                let from = HandlerTable.accumulatorBases[link.producerWord]!
                let to = HandlerTable.accumulatorBases[link.consumerWord]!
                let kind: AccumulatorKind = from.resultKind ?? to.inputKind ?? .int
                if let last = forms.last, last.start == link.producer {
                    forms[forms.count - 1].form = AccumulatorForm(base: last.form.base, input: last.form.input,
                                                                  inputKind: last.form.inputKind, result: kind,
                                                                  keepsSlot: link.keepsSlot)
                } else {
                    forms.append((link.producer, AccumulatorForm(base: link.producerWord, input: 0, inputKind: nil,
                                                                 result: kind, keepsSlot: link.keepsSlot)))
                }
                forms.append((link.consumer, AccumulatorForm(base: link.consumerWord, input: link.input, inputKind: kind,
                                                             result: nil)))
            }
            resolved = true
            // A combination without a form (a compare's result kept in its slot as well) unlinks its pairs.
            for (start, form) in forms where HandlerTable.accumulatorForms[form] == nil {
                links.removeAll { $0.producer == start || $0.consumer == start }
                resolved = false
            }
        }
        for (start, form) in forms { code[start] = HandlerTable.accumulatorForms[form]! }
        // A load and the instruction taking its value: one handler runs both (the consumer's words,
        // handler word included, stay where they are: nothing else jumps to them).
        for link in links {
            if let pair = HandlerTable.loadedOperand[HandlerPair(code[link.producer], code[link.consumer])] {
                code[link.producer] = pair
            }
        }
        accumulatorLinks = []
    }
}
