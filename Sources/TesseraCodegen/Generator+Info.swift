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
        "    /// The features that must all be enabled for the instruction (empty for the MVP). The raw values",
        "    /// are computed by the generator, so the getter is a plain switch that never allocates.",
        "    public var feature: FeatureSet {",
        "        switch self {",
    ]
    lines += groupedSwitch(cases, defaultValue: "FeatureSet(rawValue: 0)") { def in
        def.features.isEmpty ? nil : featureSetLiteral(def.features)
    }
    lines += ["        }", "    }", ""]
    lines += immediateAccessors(cases)

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

/// The bit of each `FeatureSet` member, mirroring `Sources/TesseraTypes/FeatureSet.swift` (the generated
/// samples check every literal against the named members, so a drift fails `CodegenTests`).
let featureBits: [String: Int] = [
    "signExtension": 0, "saturatingFloatToInt": 1, "multiValue": 2, "bulkMemory": 3, "referenceTypes": 4,
    "simd": 5, "relaxedSimd": 6, "tailCall": 7, "extendedConst": 8, "multiMemory": 9, "memory64": 10,
    "exceptions": 11, "functionReferences": 12, "gc": 13, "threads": 14, "customPageSizes": 15,
    "wideArithmetic": 16,
]

/// The raw value of the feature set with the named members.
func featureRawValue(_ features: [String]) -> UInt32 {
    features.reduce(0) { bits, name in
        guard let bit = featureBits[name] else { fatalError("unknown feature \(name) in the instruction table") }
        return bits | 1 << UInt32(bit)
    }
}

/// A `FeatureSet(rawValue:)` literal for the named members, with the names as a comment.
func featureSetLiteral(_ features: [String]) -> String {
    let raw = String(featureRawValue(features), radix: 16, uppercase: true)
    return "FeatureSet(rawValue: 0x\(raw))  // " + features.map { ".\($0)" }.joined(separator: ", ")
}

/// `memoryArgument` and `laneImmediate`: the memory-argument and lane payloads, for code that treats the
/// instructions of a kind alike (the validator's memory checks).
func immediateAccessors(_ cases: [InstructionDefinition]) -> [String] {
    var lines = [
        "    /// The memory argument of a load, store, SIMD memory access or atomic, with the lane index of",
        "    /// `v128.loadN_lane`/`v128.storeN_lane`; nil for every other instruction.",
        "    public var memoryArgument: (memArg: MemArg, lane: UInt8?)? {",
        "        switch self {",
    ]
    lines += caseList(cases.filter { $0.immediate == .memArg }, binding: "(let m)")
    lines.append("            return (m, nil)")
    lines += caseList(cases.filter { $0.immediate == .memArgLane }, binding: "(let m, let lane)")
    lines += ["            return (m, lane)", "        default:", "            return nil", "        }", "    }", ""]
    lines += [
        "    /// The lane index of `extract_lane`/`replace_lane`; nil for every other instruction (the lane of",
        "    /// `v128.loadN_lane`/`v128.storeN_lane` is in `memoryArgument`).",
        "    public var laneImmediate: UInt8? {",
        "        switch self {",
    ]
    lines += caseList(cases.filter { $0.immediate == .lane }, binding: "(let lane)")
    lines += ["            return lane", "        default:", "            return nil", "        }", "    }", ""]
    return lines
}

/// `case .a(let x), .b(let x), …:` wrapped at 110 columns.
func caseList(_ cases: [InstructionDefinition], binding: String) -> [String] {
    var lines: [String] = []
    var line = "        case "
    for (i, def) in cases.enumerated() {
        let piece = (i == 0 ? "" : ", ") + ".\(def.declaredCaseName)\(binding)"
        if line.count + piece.count > 110 {
            lines.append(line + ",")
            line = "            .\(def.declaredCaseName)\(binding)"
        } else {
            line += piece
        }
    }
    lines.append(line + ":")
    return lines
}
