import Testing
import TesseraCodegen

/// The generated runtime file at `path`, as `generateAll()` produces it.
private func generated(_ path: String) -> String {
    generateAll().first { $0.path == "Sources/TesseraRuntime/Generated/\(path)" }?.contents ?? ""
}

/// The names each line of `text` declares with `func NAME(` or references with `w(NAME)`.
private func names(in text: String, after marker: String, until end: Character) -> [String] {
    var result: [String] = []
    var rest = Substring(text)
    while let start = rest.firstRange(of: marker) {
        rest = rest[start.upperBound...]
        guard let stop = rest.firstIndex(of: end) else { break }
        result.append(String(rest[..<stop]))
        rest = rest[stop...]
    }
    return result
}

@Test func everyScalarOperatorHasAnExecution() {
    for def in instructionTable {
        let scalar = [.numeric, .conversion].contains(def.family) && !def.name.hasSuffix(".const")
        #expect((def.execution != nil) == scalar, "\(def.name): execution only for scalar operators")
    }
}

@Test func handlerTableReferencesOnlyGeneratedHandlers() {
    let defined = Set(names(in: generated("Handlers+Numeric.swift"), after: "func ", until: "("))
    let table = generated("HandlerTable+Numeric.swift")
    // Compare-and-branch handlers are listed in their four forms: `select(limit, [plain…, metered…])`.
    let branchForms = names(in: table, after: "select(limit, [", until: "]")
        .flatMap { $0.split(separator: ", ").map(String.init) }
    let referenced = names(in: table, after: "w(", until: ")") + branchForms
    // 222 plain handlers, 26 of them the slot/immediate forms of float operators (14 binary, 12
    // comparisons); 20 compare-and-branch pairs gain checked, metered and metered-checked forms: 3 × 40;
    // 12 non-commutative operators have a constant-left (…IR) form.
    #expect(defined.count == 222 + 26 + 120 + 12)
    #expect(referenced.count == 222 + 26 + 120 + 12 + 4)  // plus copySlot for the four reinterpretations
    for name in referenced where name != "copySlot" {
        #expect(defined.contains(name), "\(name) is referenced but not generated")
    }
    #expect(Set(referenced.filter { $0 != "copySlot" }) == defined, "a generated handler is unreachable")
}

@Test func everyHandlerIsInlinedAndFullyResolved() {
    let handlers = generated("Handlers+Numeric.swift")
    for line in handlers.split(separator: "\n") where !line.hasPrefix("//") {
        #expect(line.hasPrefix("@inline(__always) func "), "not an inlined handler: \(line)")
        #expect(line.hasSuffix(" } }"))
        #expect(!line.contains("$"), "unresolved placeholder: \(line)")
    }
}

@Test func handlersFollowTheOperandTypesOfTheSignature() {
    let handlers = Set(generated("Handlers+Numeric.swift").split(separator: "\n").map(String.init))
    let prefix = "@inline(__always) func "
    let args = "(_ pc: PC, _ fp: FP, _ mp: RawMP, _ ip: RawIP, _ acc: UInt64, _ facc: Double) -> PC? { "
    let expected = [
        "i64AddRI\(args)binaryRI(pc, fp, mp, ip, acc, facc) { (a: UInt64, b: UInt64) -> UInt64 in a &+ b } }",
        "f32AddRR\(args)binaryRR(pc, fp, mp, ip, acc, facc) { (a: Float, b: Float) -> Float in a + b } }",
        "brIfI32LtSRI\(args)branchCompareRI(pc, fp, mp, ip, acc, facc) { (a: UInt32, b: UInt32) -> Bool in "
            + "IntOps.signed(a) < IntOps.signed(b) } }",
        "f64CopysignRR\(args)binaryRR(pc, fp, mp, ip, acc, facc) { (a: UInt64, b: UInt64) -> UInt64 in "
            + "(a & ~0x8000_0000_0000_0000) | (b & 0x8000_0000_0000_0000) } }",
        "i32DivURI\(args)trappingRI(pc, fp, mp, ip, acc, facc) { (a: UInt32, b: UInt32) in IntOps.divU(a, b) } }",
        "i64Eqz\(args)unary(pc, fp, mp, ip, acc, facc) { (a: UInt64) -> UInt32 in a == 0 ? 1 : 0 } }",
        "f32Neg\(args)unary(pc, fp, mp, ip, acc, facc) { (a: Float) -> UInt64 in a.negBits } }",
        "i64ExtendI32S\(args)unary(pc, fp, mp, ip, acc, facc) { (a: UInt32) -> UInt64 in "
            + "UInt64(bitPattern: Int64(Int32(bitPattern: a))) } }",
        "i32TruncF64S\(args)trappingUnary(pc, fp, mp, ip, acc, facc) { (a: Double) -> (UInt32, TrapCode) in "
            + "let (r, t) = FloatOps.truncate(a, to: Int32.self); return (UInt32(bitPattern: r), t) } }",
    ]
    for line in expected {
        #expect(handlers.contains(prefix + line), "missing: \(line)")
    }
    // Floats have slot/immediate variants (a constant operand stays in the code) but no
    // compare-and-branch ones.
    let defined = names(in: handlers.joined(separator: "\n"), after: "func ", until: "(")
    #expect(defined.contains("f32AddRI") && defined.contains("f64EqRI") && !defined.contains("brIfF64EqRR"))
}

@Test func handlerTableSortsOperatorsByShape() {
    let table = generated("HandlerTable+Numeric.swift")
    #expect(table.contains("        case .i32Add: (w(i32AddRR), w(i32AddRI))\n"))
    #expect(table.contains("        case .f64Min: (w(f64MinRR), w(f64MinRI))\n"))
    #expect(table.contains("        case .i64RemS: (w(i64RemSRR), w(i64RemSRI))\n"))
    #expect(table.contains("        case .f32ReinterpretI32: w(copySlot)\n"))
    #expect(table.contains("        case .i32TruncSatF32U: w(i32TruncSatF32U)\n"))
    #expect(table.contains("        case .i64GeU:\n            select(limit, [brIfI64GeURR, brIfI64GeURI, "
        + "brIfI64GeURRChecked, brIfI64GeURIChecked, brIfI64GeURRMetered, brIfI64GeURIMetered, "
        + "brIfI64GeURRMeteredChecked, brIfI64GeURIMeteredChecked])\n"))
    let branches = table.split(separator: "\n").filter { $0.contains("select(limit, [brIf") }
    #expect(branches.count == 20)  // the ten integer comparisons of i32 and i64
}
