/// Generates `Sources/TesseraText/Generated/Instruction+Parse.swift`.
func generateParser(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "public import TesseraTypes",
        "public import TesseraBinary",
        "",
        "extension Instruction {",
        "    /// Parses the immediates of the plain (unfolded) instruction named `mnemonic` through `p`;",
        "    /// nil when the mnemonic is not an instruction.",
        "    public static func parse<P: InstructionImmediateParser>(",
        "        mnemonic: String, _ p: inout P",
        "    ) throws(WasmError) -> Instruction? {",
        "        switch mnemonic {",
    ]
    var done = Set<String>()
    for def in table where !done.contains(def.name) {
        done.insert(def.name)
        let sameName = table.filter { $0.name == def.name }
        if sameName.count > 1 {
            // `select`: typed when result types follow.
            guard let typed = sameName.first(where: { $0.immediate == .typedSelect }),
                let untyped = sameName.first(where: { $0.immediate == .none })
            else { fatalError("ambiguous mnemonic \(def.name)") }
            lines.append("        case \"\(def.name)\":")
            lines.append("            if let types = try p.parseSelectResultTypes() { return .\(typed.declaredCaseName)(types) }")
            lines.append("            return .\(untyped.declaredCaseName)")
        } else {
            lines.append("        case \"\(def.name)\":")
            for statement in def.immediate.parseBody(def.declaredCaseName, naturalAlignment: def.naturalAlignment)
                .split(separator: ";")
            {
                lines.append("            " + statement.trimmingLeadingSpaces())
            }
        }
    }
    lines += ["        default: return nil", "        }", "    }", "}"]
    return file(lines)
}

extension Substring {
    func trimmingLeadingSpaces() -> String { String(drop(while: { $0 == " " })) }
}
