/// Pairs of operators fused into one handler when the first one's result is an operand of the
/// second (a multiply feeding an add or a subtract: dot products, n-body updates, matrix kernels,
/// `base + i * size` addresses). Each pair gets two handlers, one per operand position of the product,
/// so no algebraic identity is assumed: the handler performs exactly the two operations, for floats
/// with two roundings (never a fused multiply-add).
let fusedPairs: [(first: String, second: String)] = [
    ("f32.mul", "f32.add"), ("f32.mul", "f32.sub"),
    ("f64.mul", "f64.add"), ("f64.mul", "f64.sub"),
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

    /// The product is the second operator's left operand.
    var leftHandler: String { stem + "Left" }
    /// The product is the second operator's right operand.
    var rightHandler: String { stem + "Right" }
    /// The same two with a constant multiplier (the product of a slot and an immediate).
    var leftImmediateHandler: String { stem + "LeftRI" }
    var rightImmediateHandler: String { stem + "RightRI" }
}

/// Generates `Sources/TesseraRuntime/Generated/Handlers+Fused.swift`: the handlers of the fused pairs.
func generateFusedHandlers(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "// Fused handlers: a multiply whose result is an operand of an add or subtract, [h, dst, a, b, c].",
        "// Left: dst = (a * b) op c; Right: dst = c op (a * b); …RI: b is the constant itself. The shapes live in",
        "// Interpreter/Handlers+FusedShapes.swift.",
        "",
    ]
    for names in fusedPairs {
        let pair = FusedPair(names, in: table)
        for (name, shape) in [(pair.leftHandler, "fusedLeft"), (pair.rightHandler, "fusedRight"),
                              (pair.leftImmediateHandler, "fusedLeftRI"), (pair.rightImmediateHandler, "fusedRightRI")] {
            lines.append(
                "@inline(__always) func \(name)(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { "
                    + "\(shape)(pc, fp, mp, ip, { \(pair.first.closure) }, { \(pair.second.closure) }) }")
        }
    }
    lines += [
        "",
        "// Loop closers: an `i32.add` (slot + immediate: addThen…, slot + slot: addSlotThen…) followed directly by",
        "// a conditional branch, [h, dst, a, b, branch operands…]: the add runs, then the branch handler on the",
        "// words from word 4 (its offset is relative to word 3). Plain and interrupt-checked branch forms; the",
        "// shapes are addImmediateThen and addSlotThen.",
    ]
    for pair in addThenBranchPairs(table) {
        lines.append("@inline(__always) func \(pair.name)(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { "
                     + "\(pair.shape)(pc, fp, mp, ip, \(pair.branch)) }")
    }
    lines += [
        "",
        "// Stores of a computed value: the operator (or fused pair) that computed it, then the store at the next",
        "// instruction's words, in one handler (the continuation of the operator's shape is the store).",
    ]
    for pair in thenStorePairs(table) {
        lines.append("@inline(__always) func \(pair.name)(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { "
                     + "\(pair.shape)(pc, fp, mp, ip, \(pair.closures), then: \(pair.store)) }")
    }
    lines += [
        "",
        "// Bit-mixing chains (hashes, ciphers, checksums): an i32 operator, then one of the operators no later",
        "// fusion removes (so the second's words stay where the first's handler runs them), in one handler.",
    ]
    for pair in operatorPairs(table) {
        lines.append("@inline(__always) func \(pair.name)(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { "
                     + "\(pair.shape)(pc, fp, mp, ip, { \(pair.closure) }, then: \(pair.second)) }")
    }
    lines += [
        "",
        "// Loads after an `i32.add` (an address or index kept in a local): the add, then the load at the next",
        "// instruction's words, in one handler.",
    ]
    for pair in addThenLoadPairs(table) {
        lines.append("@inline(__always) func \(pair.name)(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { "
                     + "\(pair.shape)(pc, fp, mp, ip, { \(pair.closure) }, then: \(pair.load)) }")
    }
    lines += [
        "",
        "// Branches on a loaded value: a memory-0 load, then the conditional branch at the next instruction's",
        "// words (`while (p)`, `if (p->key != k)`), in one handler.",
    ]
    for pair in loadThenBranchPairs(table) {
        lines.append("@inline(__always) func \(pair.name)(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP) -> PC? { "
                     + "load(FastMemory.self, pc, fp, mp, ip, \(pair.load.arguments), then: \(pair.branch)) }")
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

/// Every operator pair in both operand forms of each: the fused handler, the first's shape and
/// closure, its handler and the second's handler.
func operatorPairs(_ table: [InstructionDefinition])
    -> [(name: String, shape: String, closure: String, first: String, second: String)]
{
    func named(_ name: String) -> ScalarOperator {
        guard let def = table.first(where: { $0.name == name }), let op = ScalarOperator(def),
              op.execution.shape == .binary else { preconditionFailure("\(name): a pair needs binary operators") }
        return op
    }
    let seconds = operatorPairSeconds.map(named).flatMap { [$0.def.caseName + "RR", $0.def.caseName + "RI"] }
    return operatorPairFirsts.map(named).flatMap { op in
        [("RR", "binaryRR"), ("RI", "binaryRI")].flatMap { (form, shape) in
            seconds.map { second in
                let first = op.def.caseName + form
                return (first + "Then" + second.prefix(1).uppercased() + second.dropFirst(), shape, op.closure, first, second)
            }
        }
    }
}

/// The `i32.add` forms (slot + immediate, slot + slot) a following memory-0 load (fast form) fuses with.
func addThenLoadPairs(_ table: [InstructionDefinition])
    -> [(name: String, shape: String, closure: String, add: String, load: String)]
{
    guard let def = table.first(where: { $0.name == "i32.add" }), let add = ScalarOperator(def) else {
        preconditionFailure("i32.add: no execution")
    }
    let loads = branchedLoads.map(\.handler) + ["i64Load"]
    return [("i32AddRI", "binaryRI"), ("i32AddRR", "binaryRR")].flatMap { (first, shape) in
        loads.map { (first + "Then" + $0.prefix(1).uppercased() + $0.dropFirst(), shape, add.closure, first, $0) }
    }
}

/// The branches that fuse after a load: on zero / non-zero, and the compare-and-branch handlers of
/// the common i32 comparisons; plain forms only. (An interrupt-checked back-edge would give the
/// handler a second slow path beside the load's trap, and LLVM then turns its tail jump into a call.)
func loadThenBranchPairs(_ table: [InstructionDefinition])
    -> [(name: String, load: (handler: String, arguments: String), branch: String)]
{
    var branches = ["brIfZero", "brIfNonZero"]
    let compares = ["i32.eq", "i32.ne", "i32.lt_s", "i32.lt_u", "i32.gt_s", "i32.gt_u"]
    for op in addThenBranchCompares(table) where compares.contains(op.def.name) {
        let branch = op.branchHandlers!
        branches += [branch.rr, branch.ri]
    }
    return branchedLoads.flatMap { load in
        branches.map { branch in
            (load.handler + "Then" + branch.prefix(1).uppercased() + branch.dropFirst(), load, branch)
        }
    }
}

/// An operator handler fused with the store of its result.
struct ThenStorePair {
    /// The fused handler, the operator's handler and shape, its closures, the store handler.
    let name: String
    let first: String
    let shape: String
    let closures: String
    let store: String
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

/// Every (operator form, store) pair with its fused handler: binary operators in both operand forms,
/// and the fused multiply-add pairs in their four forms.
func thenStorePairs(_ table: [InstructionDefinition]) -> [ThenStorePair] {
    func named(_ name: String) -> ScalarOperator {
        guard let def = table.first(where: { $0.name == name }), let op = ScalarOperator(def),
              op.execution.shape == .binary else { preconditionFailure("\(name): a store pair needs a binary operator") }
        return op
    }
    func pair(_ first: String, _ shape: String, _ closures: String, _ store: String) -> ThenStorePair {
        ThenStorePair(name: first + "Then" + store.prefix(1).uppercased() + store.dropFirst(), first: first,
                      shape: shape, closures: closures, store: store)
    }
    var pairs: [ThenStorePair] = []
    for (names, stores) in thenStoreOperators {
        for op in names.map(named) {
            for store in stores {
                pairs.append(pair(op.def.caseName + "RR", "binaryRR", "{ \(op.closure) }", store))
                pairs.append(pair(op.def.caseName + "RI", "binaryRI", "{ \(op.closure) }", store))
            }
        }
    }
    for names in fusedPairs {
        let fused = FusedPair(names, in: table)
        let store = ["Double", "UInt64"].contains(fused.first.operandType) ? "store64" : "store32"
        let closures = "{ \(fused.first.closure) }, { \(fused.second.closure) }"
        for (first, shape) in [(fused.leftHandler, "fusedLeft"), (fused.rightHandler, "fusedRight"),
                               (fused.leftImmediateHandler, "fusedLeftRI"), (fused.rightImmediateHandler, "fusedRightRI")] {
            pairs.append(pair(first, shape, closures, store))
        }
    }
    return pairs
}

/// The branch forms a preceding `i32.add` (slot + immediate) fuses into: the compare-and-branch
/// handlers of i32 comparisons, plain and interrupt-checked (metered code keeps the two instructions).
let addThenBranchLimits = ["", "Checked"]

/// The i32 comparisons with fused compare-and-branch handlers.
func addThenBranchCompares(_ table: [InstructionDefinition]) -> [ScalarOperator] {
    table.compactMap(ScalarOperator.init).filter { $0.branchHandlers != nil && $0.operandType == "UInt32" }
}

/// Every loop-closer pair: the fused handler, its shape, the add's and the branch's handlers. The
/// branches: on zero / non-zero and every i32 compare-and-branch, each plain and interrupt-checked.
func addThenBranchPairs(_ table: [InstructionDefinition])
    -> [(name: String, shape: String, add: String, branch: String)]
{
    var branches: [String] = []
    for suffix in addThenBranchLimits { branches += ["brIfNonZero" + suffix, "brIfZero" + suffix] }
    for op in addThenBranchCompares(table) {
        let branch = op.branchHandlers!
        for suffix in addThenBranchLimits { branches += [branch.rr + suffix, branch.ri + suffix] }
    }
    let adds = [("addThen", "addImmediateThen", "i32AddRI"), ("addSlotThen", "addSlotThen", "i32AddRR")]
    return adds.flatMap { (prefix, shape, add) in
        branches.map { (prefix + $0.prefix(1).uppercased() + $0.dropFirst(), shape, add, $0) }
    }
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
        "    static let addThenBranch: [HandlerPair: UInt64] = [",
    ]
    for pair in addThenBranchPairs(table) {
        lines.append("        HandlerPair(w(\(pair.add)), w(\(pair.branch))): w(\(pair.name)),")
    }
    lines += ["    ]", ""]
    lines += [
        "    /// The handler computing a value and storing it (Handlers+Fused.swift), by the operator's and the",
        "    /// store's handlers.",
        "    static let thenStore: [HandlerPair: UInt64] = [",
    ]
    for pair in thenStorePairs(table) {
        lines.append("        HandlerPair(w(\(pair.first)), w(\(pair.store))): w(\(pair.name)),")
    }
    lines += [
        "    ]",
        "",
        "    /// The handler running two adjacent i32 operators (Handlers+Fused.swift), by their handlers.",
        "    static let operatorPair: [HandlerPair: UInt64] = [",
    ]
    for pair in operatorPairs(table) {
        lines.append("        HandlerPair(w(\(pair.first)), w(\(pair.second))): w(\(pair.name)),")
    }
    lines += [
        "    ]",
        "",
        "    /// The handler adding and then loading (Handlers+Fused.swift), by the add's and the load's handlers.",
        "    static let addThenLoad: [HandlerPair: UInt64] = [",
    ]
    for pair in addThenLoadPairs(table) {
        lines.append("        HandlerPair(w(\(pair.add)), w(\(pair.load))): w(\(pair.name)),")
    }
    lines += [
        "    ]",
        "",
        "    /// The handler loading a value and branching on it (Handlers+Fused.swift), by the load's and the",
        "    /// branch's handlers.",
        "    static let loadThenBranch: [HandlerPair: UInt64] = [",
    ]
    for pair in loadThenBranchPairs(table) {
        lines.append("        HandlerPair(w(\(pair.load.handler)), w(\(pair.branch))): w(\(pair.name)),")
    }
    lines += ["    ]", "}"]
    return file(lines)
}
