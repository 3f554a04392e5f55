/// Pairs of operators fused into one handler when the first one's result is an operand of the
/// second (a multiply feeding an add or a subtract: dot products, n-body updates, matrix kernels,
/// `base + i * size` addresses; or another multiply: products of three factors, `dx * mass * mag`). Each pair gets two handlers, one per operand position of the product,
/// so no algebraic identity is assumed: the handler performs exactly the two operations, for floats
/// with two roundings (never a fused multiply-add).
let fusedPairs: [(first: String, second: String)] = [
    ("f32.mul", "f32.add"), ("f32.mul", "f32.sub"),
    ("f64.mul", "f64.add"), ("f64.mul", "f64.sub"), ("f64.mul", "f64.mul"),
    ("i32.mul", "i32.add"), ("i32.mul", "i32.sub"),
    ("i64.mul", "i64.add"),
]

/// A fused pair's operators and handler names.
struct FusedPair {
    let first: ScalarOperator
    let second: ScalarOperator

    init(_ names: (first: String, second: String), in table: [InstructionDefinition]) {
        func find(_ name: String) -> ScalarOperator {
            guard let def = table.first(where: { $0.name == name }), let op = ScalarOperator(def),
                op.execution.shape == .binary
            else { preconditionFailure("\(name): a fused pair needs two binary operators") }
            return op
        }
        first = find(names.first)
        second = find(names.second)
        precondition(first.operandType == second.operandType && first.resultType == second.operandType,
                     "\(names): the first result must be the second's operand type")
    }

    private var stem: String {
        "fused" + first.def.caseName.prefix(1).uppercased() + first.def.caseName.dropFirst()
            + second.def.caseName.prefix(1).uppercased() + second.def.caseName.dropFirst()
    }

    /// Whether the second operator is commutative (add, multiply): then `c op (a * b)` is the same
    /// computation as `(a * b) op c`, and the right forms are the left ones. (Separate handlers compiled
    /// to identical code, which LLVM merged into one body reached through two extra jumps.)
    var secondIsCommutative: Bool { ["add", "mul"].contains(second.def.name.split(separator: ".").last) }

    /// The product is the second operator's left operand.
    var leftHandler: String { stem + "Left" }
    /// The product is the second operator's right operand.
    var rightHandler: String { secondIsCommutative ? leftHandler : stem + "Right" }
    /// The same two with a constant multiplier (the product of a slot and an immediate).
    var leftImmediateHandler: String { stem + "LeftRI" }
    var rightImmediateHandler: String { secondIsCommutative ? leftImmediateHandler : stem + "RightRI" }

    /// The distinct handlers: name, shape (Handlers+FusedShapes.swift), whether the product is the right
    /// operand, whether the multiplier is a constant.
    var handlers: [(name: String, shape: String, right: Bool, immediate: Bool)] {
        var all = [(leftHandler, "fusedLeft", false, false), (leftImmediateHandler, "fusedLeftRI", false, true)]
        if !secondIsCommutative {
            all += [(rightHandler, "fusedRight", true, false), (rightImmediateHandler, "fusedRightRI", true, true)]
        }
        return all
    }
}

/// Generates `Sources/TesseraRuntime/Generated/Handlers+Fused.swift`: the handlers of the fused pairs.
func generateFusedHandlers(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "// Fused handlers: a multiply whose result is an operand of an add or subtract, [h, dst, a, b, c].",
        "// Left: dst = (a * b) op c; Right: dst = c op (a * b) (add and multiply: the left form serves both); …RI:",
        "// b is the constant itself. The shapes live in",
        "// Interpreter/Handlers+FusedShapes.swift.",
        "",
    ]
    for names in fusedPairs {
        let pair = FusedPair(names, in: table)
        for (name, shape, _, _) in pair.handlers {
            lines.append(handlerDefinition(
                name, "\(shape)(pc, fp, mp, ip, acc, facc, { \(pair.first.closure) }, { \(pair.second.closure) })"))
        }
    }
    for family in [loopClosers(table)] + continuedPairFamilies(table) {
        lines += [""] + family.comment.map { "// " + $0 }
        for pair in family.pairs {
            lines.append(handlerDefinition(pair.name, pair.body))
        }
    }
    return file(lines)
}

/// The memory-0 loads (fast form) a branch on the loaded value fuses with, with the element type and
/// extension their handlers in Interpreter/Handlers+Memory.swift pass to the `load` shape.
let branchedLoads: [(handler: String, arguments: String)] = [
    ("i32Load", "UInt32.self, Extend.u32"), ("i32Load8U", "UInt8.self, Extend.u8"),
    ("i32Load8S", "Int8.self, Extend.s8to32"), ("i32Load16U", "UInt16.self, Extend.u16"),
    ("i32Load16S", "Int16.self, Extend.s16to32"),
]

/// The first operators of the bit-mixing pairs, and the second ones: bitwise operators, shifts, rotates
/// and subtraction, which no fusion removes after they are emitted (adds, multiplies, compares and
/// copies can be).
let operatorPairFirsts = ["i32.add", "i32.xor", "i32.and", "i32.or", "i32.rotl", "i32.shl", "i32.shr_u"]
let operatorPairSeconds = ["i32.xor", "i32.and", "i32.or", "i32.rotl", "i32.shr_u", "i32.shl", "i32.sub"]

/// A handler running two adjacent instructions: its name and body, and the handlers of the two.
struct AdjacentPair {
    let name: String
    let body: String
    let first: String
    let second: String

    /// The pair named `<first>Then<Second>`.
    init(_ first: String, _ second: String, body: String) {
        self.init(name: first + "Then" + second.prefix(1).uppercased() + second.dropFirst(), body: body,
                  first: first, second: second)
    }

    init(name: String, body: String, first: String, second: String) {
        self.name = name
        self.body = body
        self.first = first
        self.second = second
    }
}

/// A family of adjacent pairs: the comment heading its handlers, and its pairs.
struct PairFamily {
    let comment: [String]
    let pairs: [AdjacentPair]
}

/// The binary operator `name` (a precondition: it exists and is binary).
func binaryOperator(_ name: String, in table: [InstructionDefinition]) -> ScalarOperator {
    guard let def = table.first(where: { $0.name == name }), let op = ScalarOperator(def),
          op.execution.shape == .binary else { preconditionFailure("\(name): a pair needs a binary operator") }
    return op
}

/// The slot/slot and slot/immediate forms of a binary operator: (handler, shape).
func operandForms(_ op: ScalarOperator) -> [(handler: String, shape: String)] {
    [(op.def.caseName + "RR", "binaryRR"), (op.def.caseName + "RI", "binaryRI")]
}

/// The pairs whose first instruction's shape continues into the second's handler, which stays in the
/// code after it (the translator looks them up in one table, HandlerTable.adjacent).
func continuedPairFamilies(_ table: [InstructionDefinition]) -> [PairFamily] {
    [
        PairFamily(comment: [
            "Stores of a computed value: the operator (or fused pair) that computed it, then the store at the next",
            "instruction's words, in one handler (the continuation of the operator's shape is the store).",
        ], pairs: thenStorePairs(table)),
        PairFamily(comment: [
            "Bit-mixing chains (hashes, ciphers, checksums): an i32 operator, then one of the operators no later",
            "fusion removes (so the second's words stay where the first's handler runs them), in one handler.",
        ], pairs: operatorPairs(table)),
        PairFamily(comment: [
            "Loads after an `i32.add` (an address or index kept in a local): the add, then the load at the next",
            "instruction's words, in one handler.",
        ], pairs: addThenLoadPairs(table)),
        PairFamily(comment: [
            "Branches on a loaded value: a memory-0 load, then the conditional branch at the next instruction's",
            "words (`while (p)`, `if (p->key != k)`), in one handler.",
        ], pairs: loadThenBranchPairs(table)),
    ]
}

/// Every operator pair in both operand forms of the first.
func operatorPairs(_ table: [InstructionDefinition]) -> [AdjacentPair] {
    let seconds = operatorPairSeconds.map { binaryOperator($0, in: table) }.flatMap { operandForms($0).map(\.handler) }
    return operatorPairFirsts.map { binaryOperator($0, in: table) }.flatMap { op in
        operandForms(op).flatMap { first in
            seconds.map { AdjacentPair(first.handler, $0, body: "\(first.shape)(pc, fp, mp, ip, acc, facc, { \(op.closure) }, then: \($0))") }
        }
    }
}

/// The `i32.add` forms (slot + immediate, slot + slot) with each memory-0 load (fast form) after them.
func addThenLoadPairs(_ table: [InstructionDefinition]) -> [AdjacentPair] {
    let add = binaryOperator("i32.add", in: table)
    let loads = branchedLoads.map(\.handler) + ["i64Load"]
    return operandForms(add).flatMap { first in
        loads.map { AdjacentPair(first.handler, $0, body: "\(first.shape)(pc, fp, mp, ip, acc, facc, { \(add.closure) }, then: \($0))") }
    }
}

/// The branches that fuse after a load: on zero / non-zero, and the compare-and-branch handlers of
/// the common i32 comparisons. The plain forms continue into the branch's handler; the
/// interrupt-checked ones (a search loop's back-edge: `while (p && p->key != k)`) run in
/// `loadThenCheckedBranch`, whose two slow paths share one call site so that LLVM keeps the tail jump.
func loadThenBranchPairs(_ table: [InstructionDefinition]) -> [AdjacentPair] {
    // (handler, words, condition on the branch's words `q`)
    var branches: [(handler: String, words: Int, condition: String)] = [
        ("brIfZero", 3, "UInt32(truncatingIfNeeded: f[slot(q, 1)]) == 0"),
        ("brIfNonZero", 3, "UInt32(truncatingIfNeeded: f[slot(q, 1)]) != 0"),
    ]
    let compares = ["i32.eq", "i32.ne", "i32.lt_s", "i32.lt_u", "i32.gt_s", "i32.gt_u"]
    for op in addThenBranchCompares(table) where compares.contains(op.def.name) {
        let branch = op.branchHandlers!, t = op.operandType
        branches += [
            (branch.rr, 4, "{ \(op.closure) }(\(t)(slot: f[slot(q, 1)]), \(t)(slot: f[slot(q, 2)]))"),
            (branch.ri, 4, "{ \(op.closure) }(\(t)(slot: f[slot(q, 1)]), \(t)(slot: q[2]))"),
        ]
    }
    return branchedLoads.flatMap { load in
        branches.flatMap { branch in [
            AdjacentPair(load.handler, branch.handler,
                         body: "load(FastMemory.self, pc, fp, mp, ip, acc, facc, \(load.arguments), then: \(branch.handler))"),
            AdjacentPair(load.handler, branch.handler + "Checked",
                         body: "loadThenCheckedBranch(pc, fp, mp, ip, acc, facc, \(load.arguments), branchWords: \(branch.words)) "
                             + "{ q, f in \(branch.condition) }"),
        ] }
    }
}

/// The operators whose result a store takes directly, by result type, and the plain stores (memory 0,
/// 32-bit addresses) of that type's widths.
let thenStoreOperators: [(names: [String], stores: [String])] = [
    (["i32.add", "i32.sub", "i32.mul", "i32.and", "i32.or", "i32.xor", "i32.shl", "i32.shr_s", "i32.shr_u",
      "i32.rotl", "i32.rotr"], ["store32", "store8", "store16"]),
    (["i64.add", "i64.sub", "i64.mul", "i64.and", "i64.or", "i64.xor", "i64.shl", "i64.shr_u"], ["store64"]),
    (["f32.add", "f32.sub", "f32.mul", "f32.div"], ["store32"]),
    (["f64.add", "f64.sub", "f64.mul", "f64.div"], ["store64"]),
]

/// Every (operator form, store) pair: binary operators in both operand forms, and the fused
/// multiply-add pairs in their four forms.
func thenStorePairs(_ table: [InstructionDefinition]) -> [AdjacentPair] {
    var pairs: [AdjacentPair] = []
    for (names, stores) in thenStoreOperators {
        for op in names.map({ binaryOperator($0, in: table) }) {
            for first in operandForms(op) {
                pairs += stores.map {
                    AdjacentPair(first.handler, $0, body: "\(first.shape)(pc, fp, mp, ip, acc, facc, { \(op.closure) }, then: \($0))")
                }
            }
        }
    }
    for names in fusedPairs {
        let fused = FusedPair(names, in: table)
        let store = ["Double", "UInt64"].contains(fused.first.operandType) ? "store64" : "store32"
        let closures = "{ \(fused.first.closure) }, { \(fused.second.closure) }"
        for (first, shape, _, _) in fused.handlers {
            pairs.append(AdjacentPair(first, store, body: "\(shape)(pc, fp, mp, ip, acc, facc, \(closures), then: \(store))"))
        }
    }
    return pairs
}

/// The branch forms a preceding `i32.add` fuses into: plain and interrupt-checked (metered code keeps
/// the two instructions).
let addThenBranchLimits = ["", "Checked"]

/// The i32 comparisons with fused compare-and-branch handlers.
func addThenBranchCompares(_ table: [InstructionDefinition]) -> [ScalarOperator] {
    table.compactMap(ScalarOperator.init).filter { $0.branchHandlers != nil && $0.operandType == "UInt32" }
}

/// The loop closers: an `i32.add` (addThen…: slot + immediate, addSlotThen…: slot + slot) and a branch
/// on zero / non-zero or any i32 compare-and-branch, each plain and interrupt-checked. Their layout
/// differs from the continued pairs' (the branch's words follow the add's three), so the translator
/// looks them up in their own table, HandlerTable.addThenBranch.
func loopClosers(_ table: [InstructionDefinition]) -> PairFamily {
    var branches: [String] = []
    for suffix in addThenBranchLimits { branches += ["brIfNonZero" + suffix, "brIfZero" + suffix] }
    for op in addThenBranchCompares(table) {
        let branch = op.branchHandlers!
        for suffix in addThenBranchLimits { branches += [branch.rr + suffix, branch.ri + suffix] }
    }
    let adds = [("addThen", "addImmediateThen", "i32AddRI"), ("addSlotThen", "addSlotThen", "i32AddRR")]
    let pairs = adds.flatMap { (prefix, shape, add) in
        branches.map {
            AdjacentPair(name: prefix + $0.prefix(1).uppercased() + $0.dropFirst(),
                         body: "\(shape)(pc, fp, mp, ip, acc, facc, \($0))", first: add, second: $0)
        }
    }
    return PairFamily(comment: [
        "Loop closers: an `i32.add` (slot + immediate: addThen…, slot + slot: addSlotThen…) followed directly by",
        "a conditional branch, [h, dst, a, b, branch operands…]: the add runs, then the branch handler on the",
        "words from word 4 (its offset is relative to word 3). Plain and interrupt-checked branch forms; the",
        "shapes are addImmediateThen and addSlotThen.",
    ], pairs: pairs)
}

/// Generates `Sources/TesseraRuntime/Generated/HandlerTable+Fused.swift`: the translator's lookup of
/// a fused pair's handlers.
func generateFusedHandlerTable(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "// The fused handlers of each operator pair, for the translator.",
        "",
        "import TesseraBinary",
        "",
        "extension HandlerTable {",
        "    /// The handlers fusing `first` into `second` (left: the product is `second`'s left operand; …RI:",
        "    /// the multiplier is a constant).",
        "    static func fused(_ first: Instruction, _ second: Instruction)",
        "        -> (left: UInt64, right: UInt64, leftRI: UInt64, rightRI: UInt64)?",
        "    {",
        "        switch (first, second) {",
    ]
    for names in fusedPairs {
        let pair = FusedPair(names, in: table)
        lines.append("        case (.\(pair.first.def.declaredCaseName), .\(pair.second.def.declaredCaseName)): "
                     + "(w(\(pair.leftHandler)), w(\(pair.rightHandler)), w(\(pair.leftImmediateHandler)), "
                     + "w(\(pair.rightImmediateHandler)))")
    }
    lines += ["        default: nil", "        }", "    }", ""]
    lines += [
        "    /// The handler of an `i32.add` fused into the conditional branch after it (Handlers+Fused.swift), by",
        "    /// the add's and the branch's handlers.",
        "    static let addThenBranch: HandlerMap<HandlerPair, UInt64> = [",
    ]
    lines += loopClosers(table).pairs.map { "        HandlerPair(w(\($0.first)), w(\($0.second))): w(\($0.name))," }
    lines += [
        "    ]",
        "",
        "    /// The handler running two adjacent instructions, the second's words left after the first's",
        "    /// (Handlers+Fused.swift: computed stores, operator chains, add + load, load + branch), by their",
        "    /// handlers.",
        "    static let adjacent: HandlerMap<HandlerPair, UInt64> = [",
    ]
    lines += continuedPairFamilies(table).flatMap(\.pairs).map {
        "        HandlerPair(w(\($0.first)), w(\($0.second))): w(\($0.name)),"
    }
    lines += ["    ]", "}"]
    return file(lines)
}
