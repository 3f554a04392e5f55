/// Generates `Sources/TesseraBinary/Generated/Instruction.swift`.
func generateEnum(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "public import TesseraTypes",
        "",
        "/// A WebAssembly instruction with its immediates, one case per instruction of the instruction table.",
        "///",
        "/// Case names are the text mnemonics camel-cased at `.` and `_`. Untyped `select` is `.select`,",
        "/// `select t*` is `.typedSelect`; `ref.test`/`ref.cast` carry the reference type whose nullability",
        "/// selects the binary opcode; memory accesses carry the full 64-bit offset.",
        "public enum Instruction: Hashable, Sendable {",
    ]
    var family: Family?
    for def in uniqueCases(table) {
        if def.family != family {
            family = def.family
            lines.append("    // MARK: \(def.family.rawValue)")
        }
        let encodings = def.encodings.map { $0.bytes.map(hex).joined(separator: " ") }.joined(separator: " / ")
        lines.append("    /// `\(def.name)` (\(encodings))")
        let keyword = def.immediate.isIndirect ? "indirect case" : "case"
        lines.append("    \(keyword) \(def.declaredCaseName)\(def.immediate.payloadDeclaration)")
    }
    lines.append("}")
    return file(lines)
}
