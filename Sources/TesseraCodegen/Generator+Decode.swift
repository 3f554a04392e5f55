/// Generates `Sources/TesseraBinary/Generated/Instruction+Decode.swift`.
func generateDecoder(_ table: [InstructionDefinition]) -> String {
    var single: [(UInt8, String)] = []
    var prefixed: [UInt8: [(UInt32, String)]] = [:]
    for def in table {
        for encoding in def.encodings {
            let nullable = encoding == def.nullableEncoding
            let body = def.immediate.decodeBody(def.declaredCaseName, nullable: nullable)
            switch encoding {
            case .byte(let b): single.append((b, body))
            case .prefixed(let p, let sub): prefixed[p, default: []].append((sub, body))
            }
        }
    }
    let prefixes = prefixed.keys.sorted()
    var lines = [
        "public import TesseraTypes",
        "",
        "extension Instruction {",
        "    /// Decodes one instruction at the reader's position. Unknown opcodes are malformed (\"illegal opcode\").",
        "    public static func decode(from reader: inout BinaryReader) throws(WasmError) -> Instruction {",
        "        let start = reader.offset",
        "        let opcode = try reader.readByte()",
        "        switch opcode {",
    ]
    for (b, body) in single.sorted(by: { $0.0 < $1.0 }) {
        lines.append("        case \(hex(b)): \(body)")
    }
    for p in prefixes {
        lines.append("        case \(hex(p)): return try decodePrefixed\(hex(p).dropFirst(2))(from: &reader, start: start)")
    }
    lines += [
        "        default: throw WasmError.malformed(\"illegal opcode \\(hexByte(opcode))\", offset: start)",
        "        }",
        "    }",
    ]
    for p in prefixes {
        lines += [
            "",
            "    static func decodePrefixed\(hex(p).dropFirst(2))(from reader: inout BinaryReader, start: Int) throws(WasmError) -> Instruction {",
            "        let sub = try reader.readU32()",
            "        switch sub {",
        ]
        for (sub, body) in prefixed[p]!.sorted(by: { $0.0 < $1.0 }) {
            lines.append("        case \(hex(sub)): \(body)")
        }
        lines += [
            "        default:",
            "            throw WasmError.malformed(\"illegal opcode \(hex(p).dropFirst(2).lowercased()) \\(String(sub, radix: 16))\", offset: start)",
            "        }",
            "    }",
        ]
    }
    lines += [
        "",
        "    static func hexByte(_ byte: UInt8) -> String {",
        "        let s = String(byte, radix: 16)",
        "        return byte < 16 ? \"0\" + s : s",
        "    }",
        "}",
    ]
    return file(lines)
}
