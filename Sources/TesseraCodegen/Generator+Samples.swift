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
    lines.append("]")
    return file(lines)
}
