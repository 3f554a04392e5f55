/// Generates `Sources/TesseraBinary/Generated/Instruction+Encode.swift`.
func generateEncoder(_ table: [InstructionDefinition]) -> String {
    var lines = [
        "import TesseraTypes",
        "",
        "extension Instruction {",
        "    /// Appends the binary encoding of the instruction (shortest LEB128 forms).",
        "    public func encode(into bytes: inout [UInt8]) {",
        "        var writer = BinaryWriter(bytes: [])",
        "        swap(&writer.bytes, &bytes)",
        "        encode(to: &writer)",
        "        swap(&writer.bytes, &bytes)",
        "    }",
        "",
        "    /// Appends the binary encoding of the instruction to a writer.",
        "    public func encode(to w: inout BinaryWriter) {",
        "        switch self {",
    ]
    for def in uniqueCases(table) {
        lines.append("        case .\(def.declaredCaseName)\(def.immediate.bindingPattern):")
        if def.immediate == .castType, let nullable = def.nullableEncoding,
            case .prefixed(let p, let sub) = def.encoding, case .prefixed(_, let nsub) = nullable
        {
            lines.append("            w.writeByte(\(hex(p)))")
            lines.append("            w.writeU32(a.isNullable ? \(nsub) : \(sub))")
        } else {
            switch def.encoding {
            case .byte(let b):
                lines.append("            w.writeByte(\(hex(b)))")
            case .prefixed(let p, let sub):
                lines.append("            w.writeByte(\(hex(p)))")
                lines.append("            w.writeU32(\(sub))")
            }
        }
        for statement in def.immediate.encodeBody {
            lines.append("            \(statement)")
        }
    }
    lines += ["        }", "    }", "}"]
    return file(lines)
}
