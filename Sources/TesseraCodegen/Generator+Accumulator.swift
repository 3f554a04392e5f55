/// Generates `Sources/TesseraRuntime/Generated/Handlers+Accumulator.swift`: the accumulator forms
/// (Interpreter/Handlers+AccumulatorShapes.swift) of every non-trapping scalar operator, fast load and fast
/// store, named `<plain handler>_<operand sources>_<result sink>` with S slot, I immediate, X the
/// integer accumulator, F the float accumulator.
func generateAccumulatorHandlers(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "// Accumulator forms: the plain handler's instruction with one operand from an accumulator and/or",
        "// the result to one. Shapes: Interpreter/Handlers+AccumulatorShapes.swift.",
        "",
    ]
    for form in accumulatorForms(table) {
        lines.append(handlerDefinition(form.name, form.body))
    }
    lines += [
        "",
        "// Loaded operands: a load whose value the next instruction takes from an accumulator, run in one",
        "// handler with it (the load's form continues into the consumer's form, whose words stay in place).",
        "",
    ]
    for pair in loadedOperandPairs(table) {
        lines.append(handlerDefinition(pair.name, pair.body))
    }
    return file(lines)
}

/// The loads whose accumulator forms (address from a slot, or a slot plus a constant) pair with the
/// next instruction, and the operators that take the loaded value: integer arithmetic and bit mixing on
/// loaded words, and f64 arithmetic on loaded doubles.
let loadedOperandLoads = ["i32Load", "i32Load16S", "i32Load16U", "i32Load8U", "i64Load"]
let loadedOperandOperators = ["i32.add", "i32.mul", "i32.and", "i32.xor", "i64.add", "i64.xor",
                              "f64.add", "f64.sub", "f64.mul"]

/// Every (load form, consumer form) pair, as an adjacent pair of the two forms: the consumer takes the
/// loaded value in the accumulator of its kind, from either operand word of the slot/slot form or the
/// slot word of the slot/immediate form, and writes its slot or an accumulator (f64 results also both,
/// for a local read next).
func loadedOperandPairs(_ table: [InstructionDefinition]) -> [AdjacentPair] {
    let bases = Dictionary(uniqueKeysWithValues: accumulatorBases(table).map { ($0.name, $0) })
    let forms = accumulatorForms(table)
    let operators = loadedOperandOperators.map { binaryOperator($0, in: table) }
    // Not the operator + store pairs: with the load's and the store's trap paths in one handler, LLVM
    // no longer turns the dispatch into a tail jump (a call per instruction: the native stack overflows).
    let consumerBases = Set(operators.flatMap { op in operandForms(op).map(\.handler) })
    let consumers = forms.filter { form in
        guard consumerBases.contains(form.base), form.input != 0 else { return false }
        return !form.keepsSlot || form.result == .F
    }
    var pairs: [AdjacentPair] = []
    for load in loadedOperandLoads {
        for base in [load, load + "AddI"].map({ bases[$0]! }) {
            // The load's forms with its operands from slots and its value to an accumulator only.
            for loadForm in forms where loadForm.base == base.name && loadForm.input == 0 && !loadForm.keepsSlot {
                guard let kind = loadForm.result else { continue }
                // Integer loads feed operators of their width (i64.load: the i64 ones); f64 loads the f64 ones.
                let prefix = kind == .F ? "f64" : load == "i64Load" ? "i64" : "i32"
                for consumer in consumers where consumer.inputKind == kind && consumer.base.hasPrefix(prefix) {
                    pairs.append(AdjacentPair(loadForm.name, consumer.name,
                                              body: base.body(base.operands(0, nil).sources, kind.sink, consumer.name)))
                }
            }
        }
    }
    return pairs
}

/// Generates `Sources/TesseraRuntime/Generated/HandlerTable+Accumulator.swift`: the plain handlers that
/// have accumulator forms, and the forms by (plain handler, input, result).
func generateAccumulatorHandlerTable(_ table: [InstructionDefinition]) -> String {
    // Rows in array literals, read by a loop: one statement per entry in a single initializer took the
    // optimizer minutes (its time grows faster than the statement count).
    var lines = [
        "// The accumulator forms of each plain handler, for the translator (Translator+Accumulator.swift).",
        "",
        "extension HandlerTable {",
        "    /// The plain handlers that have accumulator forms.",
        "    static let accumulatorBases = HandlerMap(accumulatorBaseRows.map { row in",
        "        (w(row.handler), AccumulatorBase(words: row.words, inputs: (2...4).filter { row.inputs & (1 << $0) != 0 },",
        "                                         inputKind: row.inputKind, hasResult: row.hasResult, resultKind: row.resultKind))",
        "    })",
        "",
        "    /// Each accumulator form by its plain handler, the operand word it takes from an accumulator (0:",
        "    /// none) and the accumulator its result goes to.",
        "    static let accumulatorForms = HandlerMap(accumulatorFormRows.map { row in",
        "        (AccumulatorForm(base: w(row.base), input: row.input, inputKind: row.inputKind, result: row.result,",
        "                         keepsSlot: row.keepsSlot), w(row.form))",
        "    })",
        "",
        "    /// The bases: handler, words, operand words that may come from an accumulator (a bit each), the",
        "    /// accumulator they come in, whether there is a result and the accumulator it goes to.",
        "    private static let accumulatorBaseRows: [(handler: Handler, words: Int, inputs: UInt8, inputKind: AccumulatorKind?,",
        "                                              hasResult: Bool, resultKind: AccumulatorKind?)] = [",
    ]
    for base in accumulatorBases(table) + accumulatorPairForms(table).bases {
        let mask = base.inputs.reduce(0) { $0 | (1 << $1) }
        lines.append("        (\(base.name), \(base.words), \(mask), \(kindExpression(base.inputKind)), \(base.hasResult), "
                     + "\(kindExpression(base.resultKind))),")
    }
    lines += [
        "    ]",
        "",
        "    /// The forms: base, operand word from an accumulator (0: none), its accumulator, the result's",
        "    /// accumulator (nil: the slot only), whether the slot is written too, and the form's handler.",
        "    private static let accumulatorFormRows: [(base: Handler, input: Int, inputKind: AccumulatorKind?,",
        "                                              result: AccumulatorKind?, keepsSlot: Bool, form: Handler)] = [",
    ]
    for form in accumulatorForms(table) {
        lines.append("        (\(form.base), \(form.input), \(kindExpression(form.inputKind)), \(kindExpression(form.result)), "
                     + "\(form.keepsSlot), \(form.name)),")
    }
    lines += [
        "    ]",
        "",
        "    /// The handler running a load form and the consumer form after it, by the two.",
        "    static let loadedOperand = HandlerMap(loadedOperandRows.map { row in",
        "        (HandlerPair(w(row.load), w(row.consumer)), w(row.pair))",
        "    })",
        "",
        "    private static let loadedOperandRows: [(load: Handler, consumer: Handler, pair: Handler)] = [",
    ]
    for pair in loadedOperandPairs(table) {
        lines.append("        (\(pair.first), \(pair.second), \(pair.name)),")
    }
    lines += ["    ]", "}"]
    return file(lines)
}

/// An accumulator: `X` (integers and f32 bits) or `F` (f64).
enum AccumulatorLetter: String {
    case X, F

    /// The accumulator values of a value type travel in.
    init(_ valueType: String) { self = valueType == "f64" ? .F : .X }

    var source: String { self == .X ? "FromAcc" : "FromFAcc" }
    var sink: String { self == .X ? "ToAcc" : "ToFAcc" }
    var slotAndSink: String { self == .X ? "ToSlotAndAcc" : "ToSlotAndFAcc" }
    var kind: String { self == .X ? ".int" : ".float" }
}

/// The `then:` argument of a shape call continuing into an adjacency pair's second handler.
func continuation(_ then: String?) -> String { then.map { ", then: \($0)" } ?? "" }

func kindExpression(_ letter: AccumulatorLetter?) -> String { letter?.kind ?? "nil" }

/// A plain handler with accumulator forms.
struct AccumulatorBaseDefinition {
    let name: String
    let words: Int
    let inputs: [Int]
    /// nil: either accumulator (the bits of a store's value).
    let inputKind: AccumulatorLetter?
    let hasResult: Bool
    /// nil: either accumulator (the bits of a load's value).
    let resultKind: AccumulatorLetter?

    /// Emits the form's body for the operand sources (by word), the result sink and the continuation
    /// (`then:`, for adjacency pairs; nil: dispatch).
    let body: (_ sources: [Int: String], _ sink: String, _ then: String?) -> String
    /// The word holding a constant operand, if any (named `I` in the forms).
    var immediateWord: Int? = nil
    /// Whether the result may go to its slot and an accumulator at once (a local the next instruction
    /// reads). Not for compares: a condition is consumed by a branch or a select, not kept in a local.
    var slotAndAccumulator = true
}

extension AccumulatorBaseDefinition {
    /// The source of each operand word when word `input` (0: none) comes in accumulator `kind`, and the
    /// operand letters of the form's name (S slot, I immediate, X/F accumulator).
    func operands(_ input: Int, _ kind: AccumulatorLetter?) -> (sources: [Int: String], letters: String) {
        var sources: [Int: String] = [:]
        var letters = ""
        for word in 2...4 {
            if input == word, let kind {
                sources[word] = kind.source
                letters += kind.rawValue
            } else if inputs.contains(word) {
                sources[word] = "FromSlot"
                letters += "S"
            } else if immediateWord == word {
                letters += "I"
            }
        }
        return (sources, letters)
    }
}

/// One accumulator form of a plain handler.
struct AccumulatorFormDefinition {
    let name: String
    let base: String
    let input: Int
    let inputKind: AccumulatorLetter?
    let result: AccumulatorLetter?
    /// The result goes to its slot as well (a local the next instruction reads).
    let keepsSlot: Bool
    let body: String
}

/// The fast loads with accumulator forms: handler, element type and extension (Handlers+Memory.swift),
/// and whether the loaded bits may be an f64 (`f64.load` runs `i64Load`).
let accumulatorLoads: [(handler: String, arguments: String, mayBeF64: Bool)] = [
    ("i32Load", "UInt32.self, Extend.u32", false), ("i64Load", "UInt64.self, Extend.u64", true),
    ("i32Load8S", "Int8.self, Extend.s8to32", false), ("i32Load8U", "UInt8.self, Extend.u8", false),
    ("i32Load16S", "Int16.self, Extend.s16to32", false), ("i32Load16U", "UInt16.self, Extend.u16", false),
    ("i64Load8S", "Int8.self, Extend.s8to64", false), ("i64Load16S", "Int16.self, Extend.s16to64", false),
    ("i64Load32S", "Int32.self, Extend.s32to64", false),
]

/// The fast stores with accumulator forms: handler, element type, and whether the value may be an f64.
let accumulatorStores: [(handler: String, type: String, mayBeF64: Bool)] = [
    ("store8", "UInt8", false), ("store16", "UInt16", false), ("store32", "UInt32", false), ("store64", "UInt64", true),
]

func accumulatorBases(_ table: [InstructionDefinition]) -> [AccumulatorBaseDefinition] {
    var bases: [AccumulatorBaseDefinition] = []
    for op in scalarOperators(table) {
        let input = AccumulatorLetter(op.operand), result = AccumulatorLetter(op.result)
        switch op.execution.shape {
        case .binary, .compare:
            let closure = op.closure, keeps = op.execution.shape != .compare
            bases.append(AccumulatorBaseDefinition(
                name: op.def.caseName + "RR", words: 4, inputs: [2, 3], inputKind: input, hasResult: true,
                resultKind: result,
                body: { s, d, t in "accBinary(pc, fp, mp, ip, acc, facc, \(s[2]!).self, \(s[3]!).self, \(d).self, { \(closure) }\(continuation(t)))" },
                slotAndAccumulator: keeps))
            bases.append(AccumulatorBaseDefinition(
                name: op.def.caseName + "RI", words: 4, inputs: [2], inputKind: input, hasResult: true,
                resultKind: result,
                body: { s, d, t in "accBinary(pc, fp, mp, ip, acc, facc, \(s[2]!).self, FromImmediate.self, \(d).self, { \(closure) }\(continuation(t)))" },
                immediateWord: 3, slotAndAccumulator: keeps))
            if let ir = op.immediateSlotHandler {
                bases.append(AccumulatorBaseDefinition(
                    name: ir, words: 4, inputs: [3], inputKind: input, hasResult: true, resultKind: result,
                    body: { s, d, t in "accBinary(pc, fp, mp, ip, acc, facc, FromImmediate.self, \(s[3]!).self, \(d).self, { \(closure) }\(continuation(t)))" },
                    immediateWord: 2, slotAndAccumulator: keeps))
            }
        case .unary:
            let closure = op.closure
            bases.append(AccumulatorBaseDefinition(
                name: op.def.caseName, words: 3, inputs: [2], inputKind: input, hasResult: true, resultKind: result,
                body: { s, d, _ in "accUnary(pc, fp, mp, ip, acc, facc, \(s[2]!).self, \(d).self) { \(closure) }" }))
        case .trappingUnary, .trappingBinary, .copy:
            continue
        }
    }
    for load in accumulatorLoads {
        bases.append(AccumulatorBaseDefinition(
            name: load.handler, words: 4, inputs: [2], inputKind: .X, hasResult: true,
            resultKind: load.mayBeF64 ? nil : .X,
            body: { s, d, t in "accLoad(pc, fp, mp, ip, acc, facc, \(s[2]!).self, \(d).self, \(load.arguments)\(continuation(t)))" }))
    }
    for names in fusedPairs {
        let pair = FusedPair(names, in: table)
        let kind = AccumulatorLetter(pair.first.operand)
        let closures = "{ \(pair.first.closure) }, { \(pair.second.closure) }"
        for (name, _, right, immediate) in pair.handlers {
            bases.append(AccumulatorBaseDefinition(
                name: name, words: 5, inputs: immediate ? [2, 4] : [2, 3, 4], inputKind: kind, hasResult: true,
                resultKind: kind,
                body: { s, d, t in
                    "accFused(pc, fp, mp, ip, acc, facc, \(s[2]!).self, \(immediate ? "FromImmediate" : s[3]!).self, "
                        + "\(s[4]!).self, \(d).self, right: \(right), \(closures)\(continuation(t)))"
                },
                immediateWord: immediate ? 3 : nil))
        }
    }
    for load in accumulatorLoads {
        for (suffix, form) in [("AddI", "FastMemoryAddImmediate"), ("AddR", "FastMemoryAddSlot")] {
            bases.append(AccumulatorBaseDefinition(
                name: load.handler + suffix, words: 5, inputs: [], inputKind: nil, hasResult: true,
                resultKind: load.mayBeF64 ? nil : .X,
                body: { _, d, t in "accLoad(\(form).self, pc, fp, mp, ip, acc, facc, \(d).self, \(load.arguments)\(continuation(t)))" }))
        }
    }
    for store in accumulatorStores {
        bases.append(AccumulatorBaseDefinition(
            name: store.handler, words: 4, inputs: [2], inputKind: store.mayBeF64 ? nil : .X, hasResult: false,
            resultKind: nil,
            body: { s, _, _ in "accStore(pc, fp, mp, ip, acc, facc, \(s[2]!).self, \(store.type).self)" }))
    }
    return bases
}

/// Every form of every base: at most one operand from an accumulator, the result to its slot or an
/// accumulator, never all plain (that is the base itself).
func accumulatorForms(_ table: [InstructionDefinition]) -> [AccumulatorFormDefinition] {
    var forms: [AccumulatorFormDefinition] = []
    for base in accumulatorBases(table) {
        let inputChoices: [(word: Int, kind: AccumulatorLetter?)] =
            [(0, nil)] + base.inputs.flatMap { word in
                (base.inputKind.map { [$0] } ?? [.X, .F]).map { (word, Optional($0)) }
            }
        let kinds: [AccumulatorLetter] = base.resultKind.map { [$0] } ?? [.X, .F]
        let resultChoices: [(kind: AccumulatorLetter?, keepsSlot: Bool)] =
            !base.hasResult ? [(nil, false)]
                : [(nil, false)] + kinds.map { ($0, false) } + (base.slotAndAccumulator ? kinds.map { ($0, true) } : [])
        for input in inputChoices {
            for result in resultChoices where input.word != 0 || result.kind != nil {
                let (sources, letters) = base.operands(input.word, input.kind)
                let sink = result.kind.map { result.keepsSlot ? $0.slotAndSink : $0.sink } ?? "ToSlot"
                let resultLetters = (result.keepsSlot ? "S" : "") + (result.kind?.rawValue ?? "S")
                let name = base.name + (letters.isEmpty ? "" : "_" + letters) + (base.hasResult ? "_" + resultLetters : "")
                forms.append(AccumulatorFormDefinition(
                    name: name, base: base.name, input: input.word, inputKind: input.kind, result: result.kind,
                    keepsSlot: result.keepsSlot, body: base.body(sources, sink, nil)))
            }
        }
    }
    return forms + accumulatorPairForms(table).forms
}

/// The operator + store pairs (Generator+Fused.swift) whose operator takes an operand from an
/// accumulator: so a value can arrive in a register and still be stored by the pair. Each pair is a
/// base (no result) with one form per operand word and accumulator.
func accumulatorPairForms(_ table: [InstructionDefinition]) -> (bases: [AccumulatorBaseDefinition], forms: [AccumulatorFormDefinition]) {
    let operators = Dictionary(uniqueKeysWithValues: accumulatorBases(table).map { ($0.name, $0) })
    var bases: [AccumulatorBaseDefinition] = []
    var forms: [AccumulatorFormDefinition] = []
    for pair in thenStorePairs(table) {
        guard let first = operators[pair.first] else { preconditionFailure("\(pair.first): no accumulator forms") }
        bases.append(AccumulatorBaseDefinition(name: pair.name, words: first.words, inputs: first.inputs,
                                               inputKind: first.inputKind, hasResult: false, resultKind: nil,
                                               body: first.body, immediateWord: first.immediateWord))
        for word in first.inputs {
            for kind in first.inputKind.map({ [$0] }) ?? [.X, .F] {
                let (sources, letters) = first.operands(word, kind)
                forms.append(AccumulatorFormDefinition(
                    name: pair.name + "_" + letters, base: pair.name, input: word, inputKind: kind, result: nil,
                    keepsSlot: false, body: first.body(sources, "ToSlot", pair.second)))
            }
        }
    }
    return (bases, forms)
}
