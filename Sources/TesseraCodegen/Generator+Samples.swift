/// Generates `Tests/CodegenTests/Generated/InstructionSamples.swift`: representative instances of every
/// instruction case, with their mnemonic, for round-trip tests.
func generateSamples(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "import TesseraTypes",
        "import TesseraBinary",
        "",
        "/// Representative instances of every `Instruction` case, with the table's text name and encodings.",
        "let instructionSamples: [(name: String, opcodes: [[UInt8]], instruction: Instruction)] = [",
    ]
    for def in uniqueCases(table) {
        let opcodes = "[" + def.encodings.map { "[" + $0.bytes.map(hex).joined(separator: ", ") + "]" }
            .joined(separator: ", ") + "]"
        for arguments in def.immediate.sampleArguments {
            lines.append(
                "    (\"\(def.name)\", \(opcodes), \(def.immediate.construct(def.declaredCaseName, arguments))),")
        }
    }
    lines += [
        "]",
        "",
        "/// Every `FeatureSet(rawValue:)` literal of `Instruction.feature`, with the members it stands for.",
        "let featureLiterals: [(literal: FeatureSet, members: FeatureSet)] = [",
    ]
    var seen = Set<[String]>()
    for def in uniqueCases(table) where !def.features.isEmpty && seen.insert(def.features).inserted {
        let raw = String(featureRawValue(def.features), radix: 16, uppercase: true)
        let members = def.features.map { ".\($0)" }.joined(separator: ", ")
        lines.append("    (FeatureSet(rawValue: 0x\(raw)), [\(members)]),")
    }
    lines.append("]")
    return file(lines)
}
