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
    }

    /// Before emitting the instruction `handler` at `code.count`: when its operand word `input`, popped
    /// as `operand` from stack height `height`, is the result the instruction emitted last just wrote,
    /// records the pair.
    mutating func linkAccumulator(_ operand: Operand, height: Int, consumer handler: UInt64, input: Int) {
        guard let p = producer, p.end == code.count, p.height == height, p.start != pairedSecond, operand == .slot(natural(height)),
              isTemporary(operand),
              let from = HandlerTable.accumulatorBases[code[p.start]], from.hasResult, from.words == p.end - p.start,
              code[p.start + 1] == Self.word(natural(height)),
              let to = HandlerTable.accumulatorBases[handler], to.inputs.contains(input) else { return }
        if let out = from.resultKind, let into = to.inputKind, out != into { return }
        accumulatorLinks.append(AccumulatorLink(producer: p.start, producerWord: code[p.start], consumer: code.count,
                                                consumerWord: handler, input: input))
    }

    /// Forgets the links into code from `start` on (about to be removed).
    mutating func dropAccumulatorLinks(from start: Int) {
        while let last = accumulatorLinks.last, last.consumer >= start { accumulatorLinks.removeLast() }
    }

    /// Switches the linked instructions to their accumulator forms (when the function is translated).
    mutating func applyAccumulatorLinks() {
        var links = accumulatorLinks.filter {
            $0.consumer < code.count && code[$0.producer] == $0.producerWord && code[$0.consumer] == $0.consumerWord
        }
        // Each instruction: the operand it takes from an accumulator, and where its result goes.
        var forms: [Int: (input: Int, inputKind: AccumulatorKind?, result: AccumulatorKind?)] = [:]
        var resolved = false
        while !resolved {
            forms = [:]
            for link in links {
                let from = HandlerTable.accumulatorBases[link.producerWord]!
                let to = HandlerTable.accumulatorBases[link.consumerWord]!
                let kind = from.resultKind ?? to.inputKind ?? .int
                forms[link.producer, default: (0, nil, nil)].result = kind
                forms[link.consumer, default: (0, nil, nil)].input = link.input
                forms[link.consumer, default: (0, nil, nil)].inputKind = kind
            }
            resolved = true
            // A combination without a form (none today: every base has all of them) unlinks its pairs.
            for (start, form) in forms where HandlerTable.accumulatorForms[
                AccumulatorForm(base: code[start], input: form.input, inputKind: form.inputKind, result: form.result)] == nil {
                links.removeAll { $0.producer == start || $0.consumer == start }
                resolved = false
            }
        }
        for (start, form) in forms {
            code[start] = HandlerTable.accumulatorForms[
                AccumulatorForm(base: code[start], input: form.input, inputKind: form.inputKind, result: form.result)]!
        }
        accumulatorLinks = []
    }
}
