/// Generates `Sources/TesseraBinary/Generated/Instruction+Info.swift`.
func generateInfo(_ table: [InstructionDefinition]) -> String {
    let cases = uniqueCases(table)
    var lines = [
        "public import TesseraTypes",
        "",
        "extension Instruction {",
        "    /// The text-format mnemonic (`select` for both untyped and typed select).",
        "    public var textName: String {",
        "        switch self {",
    ]
    for def in cases {
        lines.append("        case .\(def.declaredCaseName): \"\(def.name)\"")
    }
    lines += ["        }", "    }", ""]

    lines += [
        "    /// The features that must all be enabled for the instruction (empty for the MVP).",
        "    public var feature: FeatureSet {",
        "        switch self {",
    ]
    lines += groupedSwitch(cases, defaultValue: "[]") { def in
        def.features.isEmpty ? nil : "[" + def.features.map { ".\($0)" }.joined(separator: ", ") + "]"
    }
    lines += ["        }", "    }", ""]

    lines += [
        "    /// log2 of the natural alignment in bytes, for memory accesses; nil otherwise.",
        "    public var naturalAlignment: UInt32? {",
        "        switch self {",
    ]
    lines += groupedSwitch(cases, defaultValue: "nil") { def in def.naturalAlignment.map { "\($0)" } }
    lines += ["        }", "    }", ""]

    var signatureNames: [Signature: String] = [:]
    var signatureOrder: [Signature] = []
    for def in cases {
        if let s = def.signature, signatureNames[s] == nil {
            signatureNames[s] = signatureName(s)
            signatureOrder.append(s)
        }
    }
    lines += [
        "    /// The operand and result types when the opcode alone fixes them: numeric, conversion, SIMD,",
        "    /// atomic and memory-access instructions; nil for control, variable, parametric, reference, table",
        "    /// and GC instructions. For memory accesses the first parameter is the address and is written",
        "    /// `i32`: it takes the address type of the accessed memory (i64 for a 64-bit memory).",
        "    public var fixedSignature: (parameters: [ValueType], results: [ValueType])? {",
        "        switch self {",
    ]
    lines += groupedSwitch(cases, defaultValue: "nil") { def in
        def.signature.map { "InstructionSignatures.\(signatureNames[$0]!)" }
    }
    lines += ["        }", "    }", "}", "", "/// Shared signature values, so `fixedSignature` never allocates.", "enum InstructionSignatures {"]
    for s in signatureOrder {
        let params = s.parameters.map(valueTypeExpression).joined(separator: ", ")
        let results = s.results.map(valueTypeExpression).joined(separator: ", ")
        lines.append(
            "    static let \(signatureNames[s]!): (parameters: [ValueType], results: [ValueType]) = ([\(params)], [\(results)])")
    }
    lines.append("}")
    return file(lines)
}

/// A switch body that groups the cases by their value; cases without a value fall to `default`.
func groupedSwitch(
    _ cases: [InstructionDefinition], defaultValue: String, value: (InstructionDefinition) -> String?
) -> [String] {
    var groups: [String: [String]] = [:]
    var order: [String] = []
    var hasDefault = false
    for def in cases {
        guard let v = value(def) else {
            hasDefault = true
            continue
        }
        if groups[v] == nil { order.append(v) }
        groups[v, default: []].append(".\(def.declaredCaseName)")
    }
    var lines: [String] = []
    for v in order {
        let names = groups[v]!
        var line = "        case "
        var first = true
        for name in names {
            let piece = (first ? "" : ", ") + name
            if line.count + piece.count > 110 {
                lines.append(line + ",")
                line = "            " + name
            } else {
                line += piece
            }
            first = false
        }
        lines.append(line + ":")
        lines.append("            \(v)")
    }
    if hasDefault { lines += ["        default:", "            \(defaultValue)"] }
    return lines
}

func signatureName(_ s: Signature) -> String {
    let p = s.parameters.isEmpty ? "none" : s.parameters.joined(separator: "_")
    let r = s.results.isEmpty ? "none" : s.results.joined(separator: "_")
    return "\(p)__\(r)"
}
